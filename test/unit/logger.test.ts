import { describe, expect, it } from 'vitest';
import { createLogger, createRedactor } from '../../src/logger.js';

/**
 * Log redaction and levels: configured secrets and `Bearer …` / `OAuth …` credentials never reach
 * a log line; lines below the configured level are dropped.
 */

describe('createRedactor', () => {
  it('replaces every occurrence of every configured secret', () => {
    const redact = createRedactor(['sandbox-enneo-token', 'refresh_0123456789']);
    expect(redact('token sandbox-enneo-token and again sandbox-enneo-token; refresh_0123456789.')).toBe(
      'token [redacted] and again [redacted]; [redacted].',
    );
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    const redact = createRedactor(['secret-abc', 'secret-abc-longer']);
    expect(redact('x secret-abc-longer y secret-abc z')).toBe('x [redacted] y [redacted] z');
  });

  it('ignores secrets too short to be real (they would blank out ordinary words)', () => {
    const redact = createRedactor(['', 'abc', 'token']);
    expect(redact('a token abc here')).toBe('a token abc here');
  });

  it.each([
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_x', 'Authorization: Bearer [redacted]'],
    ['authorization: bearer abcdef123456', 'authorization: bearer [redacted]'],
    ['Authorization: OAuth y0_AgAAAAAAxyz123', 'Authorization: OAuth [redacted]'],
    ['sent "Bearer   abc/def+ghi==" upstream', 'sent "Bearer [redacted]" upstream'],
  ])('redacts Authorization values without knowing them: %j', (input, output) => {
    expect(createRedactor([])(input)).toBe(output);
  });

  it('leaves ordinary text alone', () => {
    const text = 'enneo GET /ticket/{id} → 401 in 3 ms (an API key, sent as Bearer token)';
    expect(createRedactor(['sandbox-enneo-token'])(text)).toBe(text);
  });
});

describe('createLogger', () => {
  function capture(level?: 'debug' | 'info' | 'warn' | 'error' | 'silent', secrets: string[] = [], format?: 'json' | 'pretty') {
    const lines: string[] = [];
    const logger = createLogger({ level, secrets, format, write: (line) => lines.push(line) });
    logger.debug('d-message');
    logger.info('i-message', { requestId: 'r-1', upstream: { ENNEO: 2 } });
    logger.warn('w-message');
    logger.error('e-message');
    return { lines, logger };
  }
  const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

  it('writes one JSON object per line: level as a string, ISO time, msg, the fields', () => {
    const { lines } = capture('debug');
    expect(lines).toHaveLength(4);
    const info = parse(lines[1]!);
    expect(info).toEqual({ level: 'info', time: expect.any(String), msg: 'i-message', requestId: 'r-1', upstream: { ENNEO: 2 } });
    expect(info.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(lines.map((l) => parse(l).level)).toEqual(['debug', 'info', 'warn', 'error']);
  });

  it('binds fields to every line of a child logger', () => {
    const lines: string[] = [];
    const child = createLogger({ write: (line) => lines.push(line) }).child({ requestId: 'abc' });
    child.info('one');
    child.warn('two', { source: 'ENNEO' });
    expect(lines.map((l) => parse(l).requestId)).toEqual(['abc', 'abc']);
    expect(parse(lines[1]!).source).toBe('ENNEO');
  });

  it('pretty format: ISO time, level, message, then the fields', () => {
    const { lines } = capture('debug', [], 'pretty');
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z debug d-message$/);
    expect(lines[1]).toMatch(/Z info {2}i-message {2}requestId=r-1 upstream=\{"ENNEO":2\}$/);
    expect(lines[3]).toMatch(/Z error e-message$/);
  });

  it.each([
    [undefined, ['i-message', 'w-message', 'e-message']],
    ['info', ['i-message', 'w-message', 'e-message']],
    ['warn', ['w-message', 'e-message']],
    ['error', ['e-message']],
    ['silent', []],
  ] as const)('level %s keeps only %j', (level, kept) => {
    const { lines } = capture(level);
    expect(lines.map((l) => parse(l).msg)).toEqual(kept);
  });

  it('redacts secrets and Authorization values in every line it writes, messages and fields alike', () => {
    const { lines, logger } = capture('debug', ['tok_SECRET_123', 'quote"d-secret']);
    logger.error('upstream said: invalid token tok_SECRET_123 (header Bearer tok_SECRET_123, OAuth other-credential-9)', {
      detail: { nested: 'tok_SECRET_123', quoted: 'quote"d-secret' },
    });
    const line = lines.at(-1)!;
    expect(line).not.toContain('tok_SECRET_123');
    expect(line).not.toContain('other-credential-9');
    expect(line).not.toContain('quote\\"d-secret');
    expect(parse(line).msg).toContain('upstream said: invalid token [redacted]');
    expect(parse(line).detail).toEqual({ nested: '[redacted]', quoted: '[redacted]' });
  });
});
