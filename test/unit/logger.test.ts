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
  function capture(level?: 'debug' | 'info' | 'warn' | 'error' | 'silent', secrets: string[] = []) {
    const lines: string[] = [];
    const logger = createLogger({ level, secrets, write: (line) => lines.push(line) });
    logger.debug('d-message');
    logger.info('i-message');
    logger.warn('w-message');
    logger.error('e-message');
    return { lines, logger };
  }

  it('writes one line per event: ISO time, level, message', () => {
    const { lines } = capture('debug');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z debug d-message$/);
    expect(lines[1]).toMatch(/Z info  i-message$/);
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
    expect(lines.map((l) => l.split(' ').at(-1))).toEqual(kept);
  });

  it('redacts secrets and Authorization values in every line it writes', () => {
    const { lines, logger } = capture('debug', ['tok_SECRET_123']);
    logger.error('upstream said: invalid token tok_SECRET_123 (header Bearer tok_SECRET_123, OAuth other-credential-9)');
    const line = lines.at(-1)!;
    expect(line).not.toContain('tok_SECRET_123');
    expect(line).not.toContain('other-credential-9');
    expect(line).toContain('upstream said: invalid token [redacted]');
  });
});
