import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createMaskError } from '../../src/mask-error.js';
import { UpstreamError } from '../../src/transport/errors.js';

/**
 * What a client sees of each kind of error: upstream failures labelled with code/source/status,
 * deliberate GraphQL errors (BAD_USER_INPUT) as thrown, anything else masked — and logged.
 */
describe('createMaskError', () => {
  const setup = () => {
    const lines: string[] = [];
    return { lines, mask: createMaskError(createLogger({ level: 'debug', write: (line) => lines.push(line) })) };
  };
  const located = (original: Error) =>
    new GraphQLError(original.message, { path: ['ticket', 'worklogs'], originalError: original });

  it('labels an upstream failure with code, source and status, keeping the path', () => {
    const { mask } = setup();
    const upstream = UpstreamError.fromResponse('ENNEO', 503, 'GET /ticket/{id}', 3);
    const error = mask(located(upstream), 'Unexpected error.') as GraphQLError;
    expect(error.message).toBe('enneo failed (HTTP 503) for GET /ticket/{id} after 3 attempts');
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', source: 'ENNEO', status: 503 });
    expect(error.path).toEqual(['ticket', 'worklogs']);
  });

  it('passes a BAD_USER_INPUT error through unchanged', () => {
    const { mask, lines } = setup();
    const input = new GraphQLError('first must be between 0 and 500 (got 501)', { extensions: { code: 'BAD_USER_INPUT' } });
    const error = mask(located(input), 'Unexpected error.') as GraphQLError;
    expect(error.message).toBe('first must be between 0 and 500 (got 501)');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(lines).toEqual([]);
  });

  it('masks an unexpected error and logs its stack for the operator', () => {
    const { mask, lines } = setup();
    const bug = new TypeError("Cannot read properties of undefined (reading 'internal secret detail')");
    const error = mask(located(bug), 'Unexpected error.') as GraphQLError;
    expect(error.message).toBe('Unexpected error.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', unexpected: true });
    expect(JSON.stringify(error.toJSON())).not.toContain('internal secret detail');
    expect(lines.some((line) => line.includes('unexpected error') && line.includes('internal secret detail'))).toBe(true);
  });
});
