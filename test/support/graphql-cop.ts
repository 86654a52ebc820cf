/**
 * graphql-cop's probes (github.com/dolevf/graphql-cop, `lib/tests/`), written again from their
 * descriptions as the project's own checks: each sends what graphql-cop sends and reports
 * whether graphql-cop would flag the server. `true` means "found".
 */

export const PROBES = [
  'aliasOverloading',
  'batchQueries',
  'directiveOverloading',
  'fieldDuplication',
  'fieldSuggestions',
  'circularIntrospection',
  'introspection',
  'graphiql',
  'getMethod',
  'getBasedMutation',
  'postBasedCsrf',
  'traceMode',
  'unhandledErrors',
] as const;
export type Probe = (typeof PROBES)[number];

type Json = Record<string, unknown> & {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
};

export async function runGraphqlCop(url: string, headers: Record<string, string> = {}): Promise<Record<Probe, boolean>> {
  const post = async (body: unknown, type = 'application/json') => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const get = async (query: string, accept = 'application/json') => {
    const response = await fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { ...headers, accept } });
    return { status: response.status, text: await response.text() };
  };
  const json = (text: string): Json | Json[] | undefined => {
    try {
      return JSON.parse(text) as Json | Json[];
    } catch {
      return undefined;
    }
  };
  const one = (text: string): Json => {
    const parsed = json(text);
    return parsed && !Array.isArray(parsed) ? parsed : {};
  };
  const hasData = (text: string, field: string) => one(text).data?.[field] != null;

  const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ');
  const nested = '__schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } }';

  const [
    alias,
    batch,
    directives,
    duplicates,
    suggestions,
    circular,
    introspection,
    graphiql,
    getMethod,
    getMutation,
    csrf,
    trace,
    unhandled,
  ] = await Promise.all([
    post({ query: `query cop { ${aliases} }` }),
    post(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' }))),
    post({ query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' }),
    post({ query: `query cop { ${'__typename \n'.repeat(500)} }` }),
    post({ query: 'query cop { __schema { directive } }' }),
    post({ query: `query cop { ${nested} }` }),
    post({ query: 'query cop { __schema { types { name fields { name } } } }' }),
    fetch(url, { headers: { ...headers, accept: 'text/html' } }).then(async (r) => ({ status: r.status, text: await r.text() })),
    get('query cop { __typename }'),
    get('mutation cop { __typename }'),
    post(`query=${encodeURIComponent('query cop { __typename }')}`, 'application/x-www-form-urlencoded'),
    post({ query: 'query cop { __typename }' }),
    post({ query: 'qwerty cop { abc }' }),
  ]);

  const batchAnswer = json(batch.text);
  const leaks = (text: string) => /stacktrace|"exception"/i.test(text);
  return {
    aliasOverloading: hasData(alias.text, 'alias100'),
    batchQueries: Array.isArray(batchAnswer) && batchAnswer.length >= 10,
    directiveOverloading: one(directives.text).errors?.length === 10,
    fieldDuplication: hasData(duplicates.text, '__typename'),
    fieldSuggestions: (one(suggestions.text).errors ?? []).some((e) => /Did you mean/.test(e.message ?? '')),
    circularIntrospection: hasData(circular.text, '__schema'),
    introspection: hasData(introspection.text, '__schema'),
    graphiql: /graphiql/i.test(graphiql.text),
    getMethod: getMethod.status === 200 && hasData(getMethod.text, '__typename'),
    getBasedMutation: hasData(getMutation.text, '__typename'),
    postBasedCsrf: hasData(csrf.text, '__typename'),
    traceMode:
      Boolean(one(trace.text).extensions) ||
      (one(trace.text).errors ?? []).some((e) => e.extensions?.tracing) ||
      leaks(trace.text),
    unhandledErrors: (one(unhandled.text).errors ?? []).some((e) => e.extensions?.exception) || leaks(unhandled.text),
  };
}
