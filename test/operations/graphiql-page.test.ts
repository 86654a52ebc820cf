import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphiQLPage } from '../../src/plugins/graphiql-page.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * The GraphiQL page over real HTTP: compressed as the browser accepts (brotli, gzip, or not at
 * all), the same bytes every time with a strong ETag, 304 on revalidation, rendered once per
 * process, and carrying the style that keeps example tabs in place under the first click.
 */

/** Raw GET (fetch would decompress and hide the encoding). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('GraphiQL page', () => {
  it('is served compressed as accepted, the same page in every encoding, with a strong ETag', async () => {
    const html = { accept: 'text/html' };
    const plain = await get(stack.url, { ...html, 'accept-encoding': 'identity' });
    const br = await get(stack.url, { ...html, 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get(stack.url, { ...html, 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    // Several MB of inlined assets shrink to a fraction.
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.headers['x-request-id']).toBeDefined();
    const page = plain.body.toString('utf8');
    expect(page).toContain('<title>Ticketlog Gateway</title>');
    expect(page).toContain('.graphiql-tab{transform:none!important}');
  });

  it('answers a revalidation with 304 and no body', async () => {
    const first = await get(stack.url, { accept: 'text/html' });
    const again = await get(stack.url, { accept: 'text/html', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const stale = await get(stack.url, { accept: 'text/html', 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('GraphQL requests are untouched', async () => {
    const response = await stack.post({ query: '{ __typename }' });
    expect(response).toEqual({ status: 200, text: '{"data":{"__typename":"Query"}}' });
  });
});

describe('createGraphiQLPage', () => {
  it('renders once, whatever the number of requests', () => {
    let renders = 0;
    const page = createGraphiQLPage((options) => {
      renders += 1;
      return renderGraphiQL(options);
    });
    const first = page.render({ title: 'x' });
    const second = page.render({ title: 'x' });
    expect(renders).toBe(1);
    expect(second).toBe(first);
  });
});
