import { IDENTITY as ENNEO } from './enneo/identity.js';
import { IDENTITY as SOCIALBOARDS } from './socialboards/identity.js';
import { IDENTITY as TRACKER } from './tracker/identity.js';

/**
 * How messages name a source: its value of the GraphQL `Source` enum, its label ("Yandex
 * Tracker") and the variables that switch it on. Each source declares its own in
 * `sources/<name>/identity.ts` (a file that imports nothing), and this module — the `Source` enum —
 * collects them, so shared code (errors, transport, schema, people, reports) can name any source
 * without importing its folder, and without depending on which modules happen to be loaded.
 */
export interface SourceIdentity {
  source: string;
  /** How messages name it: "enneo", "Socialboards", "Yandex Tracker". */
  label: string;
  /** The variables that switch it on, named by SOURCE_NOT_CONFIGURED ("ENNEO_URL and ENNEO_TOKEN"). */
  variables: string;
}

const BUILT_IN = [ENNEO, SOCIALBOARDS, TRACKER] as const;

/**
 * A source's name, spelled as its value of the GraphQL `Source` enum. The values are those of the
 * identities above, in the registry's order (`sources/index.ts`); a test build may register one
 * more (test/demo-source), with `defineSource` for its words.
 */
export type Source = (typeof BUILT_IN)[number]['source'];

const identities = new Map<string, SourceIdentity>(BUILT_IN.map((identity) => [identity.source, identity]));

/** Declares the identity of a source a test build adds (a second, different one is a programming error). */
export function defineSource(identity: SourceIdentity): void {
  const known = identities.get(identity.source);
  if (known && (known.label !== identity.label || known.variables !== identity.variables)) {
    throw new Error(`source ${identity.source} is defined twice`);
  }
  identities.set(identity.source, identity);
}

/** A source's label; its enum value for a source that declared none. */
export function sourceLabel(source: Source): string {
  return identities.get(source)?.label ?? source;
}

/** The variables that configure a source. */
export function sourceVariables(source: Source): string {
  return identities.get(source)?.variables ?? `the ${source} variables`;
}
