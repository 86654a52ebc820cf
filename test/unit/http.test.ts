import { describe, expect, it } from 'vitest';
import { backoffDelay, parseJson, parseRetryAfter } from '../../src/transport/http.js';
import { UpstreamError } from '../../src/transport/errors.js';
import { routeRequest } from '../../src/transport/route.js';

/**
 * The pure parts of the transport: how a `Retry-After` header becomes a wait (delta-seconds, the
 * three HTTP-date forms, garbage, absent), the full-jitter backoff bounds and cap, and a body that
 * is not JSON becoming UPSTREAM_BAD_RESPONSE.
 */

const NOW = Date.parse('2025-11-03T08:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 2 ', 2_000],
  ])('delta-seconds %j → %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([
    ['Mon, 03 Nov 2025 08:00:30 GMT', 30_000], // IMF-fixdate
    ['Monday, 03-Nov-25 08:01:00 GMT', 60_000], // obsolete RFC 850
    ['Mon Nov  3 08:00:05 2025', 5_000], // asctime: GMT, whatever the local zone
  ])('HTTP date %j → %d ms from now', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('a date in the past means "now"', () => {
    expect(parseRetryAfter('Mon, 03 Nov 2025 07:59:00 GMT', NOW)).toBe(0);
  });

  it('takes the first of repeated headers', () => {
    expect(parseRetryAfter(['3', '60'], NOW)).toBe(3_000);
  });

  it.each([['soon'], ['-1'], ['1.5'], ['abc 12'], ['1e3'], ['Mon, 03 Nov 2025 08:00:30'], ['5 seconds']])(
    'garbage %j → undefined (the caller falls back to its own backoff)',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it.each([[undefined], [''], ['   '], [[]]])('absent %j → undefined', (value) => {
    expect(parseRetryAfter(value as string | string[] | undefined, NOW)).toBeUndefined();
  });
});

describe('backoffDelay (full jitter)', () => {
  it('is uniform in [0, base·2^attempt]: the injected random picks the point', () => {
    expect(backoffDelay(0, 200, () => 0)).toBe(0);
    expect(backoffDelay(0, 200, () => 0.5)).toBe(100);
    expect(backoffDelay(0, 200, () => 0.9999)).toBe(200);
    expect(backoffDelay(1, 200, () => 0.9999)).toBe(400);
    expect(backoffDelay(3, 200, () => 0.9999)).toBe(1_600);
    expect(backoffDelay(2, 100, () => 0.25)).toBe(100);
  });

  it('never exceeds 5 s, however many attempts', () => {
    expect(backoffDelay(5, 200, () => 0.9999)).toBe(5_000);
    expect(backoffDelay(60, 200, () => 0.9999)).toBe(5_000);
    expect(backoffDelay(2_000, 200, () => 0.5)).toBe(2_500);
  });

  it('is 0 with a zero base and always a whole number of ms', () => {
    expect(backoffDelay(4, 0, () => 0.7)).toBe(0);
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(i % 8, 37);
      expect(Number.isInteger(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(5_000, 37 * 2 ** (i % 8)));
    }
  });
});

describe('parseJson', () => {
  const response = (text: string, type?: string) => ({ status: 200, headers: type ? { 'content-type': type } : {}, text });

  it('parses a JSON body', () => {
    expect(parseJson('ENNEO', 'GET /ticket/{id}', response('{"id": 1}', 'application/json'))).toEqual({ id: 1 });
  });

  it('anything else is UPSTREAM_BAD_RESPONSE naming the route and content type, never the body', () => {
    let error: unknown;
    try {
      parseJson('ENNEO', 'GET /ticket/{id}', response('<html>token=abc123secret</html>', 'text/html; charset=utf-8'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 });
    expect((error as Error).message).toContain('GET /ticket/{id}');
    expect((error as Error).message).toContain('text/html');
    expect((error as Error).message).not.toContain('abc123secret');
  });
});

describe('routeRequest', () => {
  it('takes method and path from the route label, path parameters encoded', () => {
    expect(routeRequest('GET /v3/issues/{key}/worklog', { key: 'PAY 1/../x' })).toEqual({
      method: 'GET',
      route: 'GET /v3/issues/{key}/worklog',
      path: '/v3/issues/PAY%201%2F..%2Fx/worklog',
    });
    expect(routeRequest('POST /tickets/{id}/log', { id: 5501 }).path).toBe('/tickets/5501/log');
    expect(routeRequest('POST /tickets/list')).toEqual({ method: 'POST', route: 'POST /tickets/list', path: '/tickets/list' });
  });

  it('refuses a route without a method or with a parameter left out', () => {
    expect(() => routeRequest('/ticket/{id}', { id: 1 })).toThrow(/no GET or POST/);
    expect(() => routeRequest('GET /ticket/{id}')).toThrow(/needs the parameter id/);
  });
});
