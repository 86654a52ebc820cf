import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION } from '../src/graphiql-examples.js';
import { spawnGateway, type SpawnedGateway } from './support/spawn-gateway.js';

/**
 * The gateway process as `npm start` runs it (`tsx src/index.ts`, PORT=0): it prints where GraphiQL
 * is, serves an offline GraphiQL page with the default operation, liveness and sandbox data, and
 * stops cleanly on SIGTERM. (With SANDBOX=0 and ENNEO_* set it serves that enneo instead:
 * test/operations/shutdown.test.ts, whose gateway process is configured so.)
 */

const SANDBOX_MESSAGE = /built-in simulators/;

const children: SpawnedGateway[] = [];

/** Starts the gateway process with only the given variables; resolves once it printed its URL. */
async function startGateway(vars: Record<string, string>): Promise<SpawnedGateway> {
  const gateway = await spawnGateway(vars);
  children.push(gateway);
  return gateway;
}

async function graphqlPost(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

const SHOWCASE_TITLE = '{ ticket(source: ENNEO, key: "8842") { key title } }';

afterAll(async () => {
  await Promise.all(children.map((gateway) => gateway.stop(0)));
});

describe('npm start with no configuration (the built-in sandbox)', () => {
  let gateway: SpawnedGateway;
  beforeAll(async () => {
    gateway = await startGateway({});
  }, 60_000);

  it('prints the real port it listens on, and says it serves the simulators', () => {
    const port = Number(new URL(gateway.url).port);
    expect(port).toBeGreaterThan(0);
    // HOST unset: it listens on every interface and prints a URL a browser on this machine can open.
    expect(gateway.url).toBe(`http://localhost:${port}/graphql`);
    expect(gateway.stdout()).toMatch(SANDBOX_MESSAGE);
  });

  it('serves GraphiQL as HTML that loads nothing from outside and opens with the default operation', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    expect(html).toContain('Ticketlog Gateway');
    // No external script, stylesheet or module import, and no CDN at all.
    expect(html).not.toMatch(/<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]*\shref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/(import|from)\s*\(?\s*["']https?:\/\//i);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs/i);
    // The default operation is embedded as a JSON string.
    expect(html).toContain(JSON.stringify(DEFAULT_OPERATION).slice(1, -1));
  });

  it('answers /healthz', async () => {
    const response = await fetch(new URL('/healthz', gateway.url));
    expect(response.status).toBe(200);
  });

  it('answers a GraphQL POST with sandbox data', async () => {
    const { status, body } = await graphqlPost(gateway.url, SHOWCASE_TITLE);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { ticket: { key: '8842', title: 'Double charge on invoice 2025-10' } } });
  });

  it('exits with code 0 on SIGTERM', async () => {
    gateway.child.kill('SIGTERM');
    const code = await Promise.race([
      gateway.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000)),
    ]);
    expect(code).toBe(0);
    expect(gateway.stdout()).toMatch(/SIGTERM: shutting down/);
  }, 15_000);
});
