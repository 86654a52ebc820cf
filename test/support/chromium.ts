import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type ExtractOptions, extract } from 'tar-fs';

/**
 * Where the browser tests get Chromium, so that `npm ci && npm test` needs nothing but Node:
 *
 * 1. From npm: `@sparticuz/chromium` carries a headless Chromium for Linux x64 in the package
 *    (`bin/chromium.br`). The binary links libc, libgcc, libexpat and NSS (libnss3, libnspr4);
 *    the package carries the last ones too, as `bin/al2023.tar.br` (meant for Amazon Linux), so
 *    they go first on the browser's `LD_LIBRARY_PATH` and a machine without them runs it as well.
 *    Fonts likewise: with no font at all Chromium's renderer aborts (Skia's fontconfig port), so
 *    the browser gets the package's Open Sans (`bin/fonts.tar.br`) through its own fonts.conf.
 * 2. Else, when present, the system's Chromium at {@link SYSTEM_CHROMIUM} (Debian's package):
 *    on other platforms, or should the npm one fail to start.
 *
 * Unpacked here rather than by the package's `executablePath()`: that writes `<tmpdir>/chromium`
 * in place, shared by every checkout on the machine and reused as soon as it exists, so a first
 * run cut short (Ctrl-C, or a failing sibling archive) leaves a truncated browser that crashes in
 * every later run. Here each version is unpacked once into `node_modules/.cache`, under a
 * temporary name renamed into place when complete.
 */

/** Debian's `chromium` package, the fallback. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** A browser ready to launch: what playwright's `executablePath` and `env` options take. */
export interface ChromiumBinary {
  executablePath: string;
  env: NodeJS.ProcessEnv;
}

interface Candidate {
  name: string;
  /** Why it cannot be used on this machine, or undefined when it can. */
  unavailable: string | undefined;
  prepare(): Promise<ChromiumBinary>;
}

const NPM_CHROMIUM: Candidate = {
  name: '@sparticuz/chromium (npm)',
  unavailable:
    process.platform === 'linux' && process.arch === 'x64'
      ? undefined
      : `it carries Linux x64 only, not ${process.platform} ${process.arch}`,
  async prepare() {
    const root = await unpackNpmChromium();
    const libraries = join(root, 'lib');
    const inherited = process.env.LD_LIBRARY_PATH;
    return {
      executablePath: join(root, 'chromium'),
      env: {
        ...process.env,
        LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries,
        FONTCONFIG_FILE: join(root, 'fonts.conf'),
      },
    };
  },
};

const SYSTEM: Candidate = {
  name: `system Chromium (${SYSTEM_CHROMIUM})`,
  unavailable: existsSync(SYSTEM_CHROMIUM) ? undefined : 'not installed',
  prepare: async () => ({ executablePath: SYSTEM_CHROMIUM, env: process.env }),
};

/** Fontconfig's configuration for the unpacked fonts: absolute paths, fontconfig's cache beside them. */
function fontsConf(root: string): string {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${xml(join(root, 'fonts'))}</dir>
  <cachedir>${xml(join(root, 'fonts-cache'))}</cachedir>
</fontconfig>
`;
}

/**
 * Unpacks the package's browser and libraries into `node_modules/.cache/sparticuz-chromium/<version>`
 * unless there already, and returns that directory. Done in a sibling directory renamed into place,
 * so the directory exists only complete, and two runs at once each unpack and one rename wins.
 */
async function unpackNpmChromium(): Promise<string> {
  // The exports map names only the entry (build/cjs/index.cjs); bin/ and package.json are two levels up.
  const packageRoot = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const cache = fileURLToPath(new URL('../../node_modules/.cache/sparticuz-chromium/', import.meta.url));
  const target = join(cache, version);
  if (existsSync(target)) return target;

  await mkdir(cache, { recursive: true });
  const staging = await mkdtemp(join(cache, `${version}.unpacking-`));
  try {
    const unpack = (archive: string, destination: NodeJS.WritableStream) =>
      pipeline(createReadStream(join(packageRoot, 'bin', archive)), createBrotliDecompress(), destination);
    // Owned by whoever runs this, not by the archive's uid (which root would otherwise chown to).
    const untar: ExtractOptions & { chown: boolean } = {
      chown: false,
      // The package's own fonts.conf names /tmp/fonts; ours below names where they are here.
      ignore: (name) => name === join(staging, 'fonts.conf'),
    };
    await Promise.all([
      unpack('chromium.br', createWriteStream(join(staging, 'chromium'), { mode: 0o755 })),
      // lib/: libnss3, libnspr4, libexpat and what NSS loads beside them.
      unpack('al2023.tar.br', extract(staging, untar)),
      // fonts/Open_Sans/*.ttf
      unpack('fonts.tar.br', extract(staging, untar)),
      // Names the directory as it will be once renamed into place.
      writeFile(join(staging, 'fonts.conf'), fontsConf(target)),
    ]);
    await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
      // Another run finished first: its copy is as good as ours.
      if (!existsSync(target)) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return target;
}

/**
 * Calls `launch` with the first Chromium that starts: the npm one, then the system one. When none
 * does, throws naming each and why — the browser test fails, it is never skipped.
 */
export async function launchChromium<T>(launch: (browser: ChromiumBinary) => Promise<T>): Promise<T> {
  const reasons: string[] = [];
  for (const candidate of [NPM_CHROMIUM, SYSTEM]) {
    if (candidate.unavailable) {
      reasons.push(`${candidate.name}: ${candidate.unavailable}`);
      continue;
    }
    try {
      return await launch(await candidate.prepare());
    } catch (error) {
      reasons.push(`${candidate.name}: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`${reasons.at(-1)}\n(trying the next Chromium)`);
    }
  }
  throw new Error(`No Chromium could be started for the browser test:\n${reasons.join('\n')}`);
}
