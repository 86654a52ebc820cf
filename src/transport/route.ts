/**
 * A route written once: `GET /ticket/{id}` is the label metrics, logs and errors show, and — with
 * its `{name}` parameters filled in through `encodeURIComponent` — the method and path of the
 * request. A parameter the template names but `params` lacks is a programming error.
 */
export function routeRequest(
  route: string,
  params: Readonly<Record<string, string | number>> = {},
): { method: 'GET' | 'POST'; route: string; path: string } {
  const space = route.indexOf(' ');
  const method = route.slice(0, space);
  if (method !== 'GET' && method !== 'POST') throw new Error(`route ${route} has no GET or POST method`);
  const path = route.slice(space + 1).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${route} needs the parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return { method, route, path };
}
