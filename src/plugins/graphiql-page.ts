import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * The GraphiQL page is ~9 MB of HTML (every asset inlined, so it works offline). It is rendered
 * once, compressed once (brotli and gzip), and served with a strong `ETag` so a browser revalidates
 * with a 304 instead of downloading it again. Yoga still decides when GraphiQL is shown (a GET to
 * `/graphql` accepting HTML, GraphiQL enabled); this only swaps in the prepared body.
 */

/**
 * GraphiQL 5 (as bundled by @graphql-yoga/render-graphiql) leaves a stale `translateX` on every
 * example tab but the last, applied while the tab has focus: mouse-down focuses the tab, it jumps
 * sideways, mouse-up lands elsewhere and the first click on it is lost. Tabs never need a
 * transform when they are not being dragged, so the page pins them in place.
 */
const TAB_FIX = '<style>.graphiql-tab{transform:none!important}</style>';

interface PreparedPage {
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export interface GraphiQLPage {
  /** Pass to yoga as `renderGraphiQL`: renders on first use only (a string once rendered). */
  render(options: object): string | Promise<string>;
  plugin: Plugin;
}

/**
 * `renderer` may load the renderer on first use (a dynamic import): @graphql-yoga/render-graphiql
 * holds the whole page as source text, 45 MiB of RSS once imported — a cost a gateway that never
 * serves GraphiQL (production without GRAPHIQL=1), or has not served it yet, need not pay.
 */
export function createGraphiQLPage(renderer: (options: object) => string | Promise<string>): GraphiQLPage {
  let html: string | undefined;
  let rendering: Promise<string> | undefined;
  let prepared: Promise<PreparedPage> | undefined;

  const keep = (page: string) => (html = page.replace('</head>', `${TAB_FIX}</head>`));
  const render = (options: object): string | Promise<string> => {
    if (html !== undefined) return html;
    if (rendering) return rendering;
    const page = renderer(options);
    return typeof page === 'string' ? keep(page) : (rendering = page.then(keep));
  };

  async function prepare(page: string): Promise<PreparedPage> {
    const identity = Buffer.from(page, 'utf8');
    const [br, gz] = await Promise.all([
      // Quality 5 of 11: most of the gain at a fraction of the time; it runs once per process, on the first page view.
      promisify(brotliCompress)(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      promisify(gzip)(identity, { level: 9 }),
    ]);
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
    return { etag, identity, br, gzip: gz };
  }

  const plugin: Plugin = {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || html === undefined || response.status !== 200) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      prepared ??= prepare(html);
      const page = await prepared;
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=utf-8',
        etag: page.etag,
        // Cacheable, but always revalidated: a new gateway version brings a new page.
        'cache-control': 'no-cache',
        vary: 'Accept, Accept-Encoding',
      };
      const requestId = response.headers.get('x-request-id');
      if (requestId) headers['x-request-id'] = requestId;
      const match = request.headers.get('if-none-match');
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag)) {
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const accepted = acceptedEncodings(request.headers.get('accept-encoding'));
      const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
      const body = encoding ? page[encoding] : page.identity;
      if (encoding) headers['content-encoding'] = encoding;
      headers['content-length'] = String(body.length);
      setResponse(
        new fetchAPI.Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { status: 200, headers }),
      );
    },
  };
  return { render, plugin };
}

/** Codings the client accepts (`q=0` means refused). */
function acceptedEncodings(header: string | null): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}
