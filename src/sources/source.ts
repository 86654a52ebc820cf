/**
 * A source's name, spelled as its value of the GraphQL `Source` enum. Its own module, since nearly
 * every layer names sources (errors, transport, schema, people, reports) and none of them should
 * have to import the upstream error type to do so. The values are those of the registry
 * (`sources/index.ts`); a test build may register one more (test/demo-source).
 */
export type Source = 'ENNEO' | 'SOCIALBOARDS' | 'TRACKER';

/**
 * How messages name a source: its label ("Yandex Tracker") and the variables that switch it on.
 * Each source declares its own in `sources/<name>/identity.ts`, which its module and client import,
 * so a source's words are known before it can fail, and shared code (errors, transport) asks here
 * instead of keeping a table of every source.
 */
export interface SourceIdentity {
  source: Source;
  /** How messages name it: "enneo", "Socialboards", "Yandex Tracker". */
  label: string;
  /** The variables that switch it on, named by SOURCE_NOT_CONFIGURED ("ENNEO_URL and ENNEO_TOKEN"). */
  variables: string;
}

const identities = new Map<Source, SourceIdentity>();

/** Declares a source's identity (once per source; a second, different one is a programming error). */
export function defineSource(identity: SourceIdentity): SourceIdentity {
  const known = identities.get(identity.source);
  if (known && (known.label !== identity.label || known.variables !== identity.variables)) {
    throw new Error(`source ${identity.source} is defined twice`);
  }
  identities.set(identity.source, identity);
  return identity;
}

/** A source's label; its enum value if it declared none (never the case for a registered source). */
export function sourceLabel(source: Source): string {
  return identities.get(source)?.label ?? source;
}

/** The variables that configure a source. */
export function sourceVariables(source: Source): string {
  return identities.get(source)?.variables ?? `the ${source} variables`;
}
