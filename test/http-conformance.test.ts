import { type Audit, type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.js';

/**
 * GraphQL over HTTP conformance, judged by software nobody here wrote: graphql-http's server
 * audits against the gateway on a real port, with every project plugin (argument precheck,
 * partial errors, error masking) in place. Each MUST audit is a test of its own so a failure names
 * it; the SHOULD/MAY results are printed as a report; the last test asserts that all of them pass
 * (plain yoga passes all 61 of graphql-http 1.23.1).
 */

let stack: Stack;

// The audit list is fixed at collection time; the URL is read when an audit runs.
const audits: Audit[] = serverAudits({ url: () => stack.url, fetchFn: fetch });
const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));
const otherAudits = audits.filter((audit) => !audit.name.startsWith('MUST'));

// Each audit runs once, whichever test asks for it first (the tally also works on its own, `-t`).
const results = new Map<string, Promise<AuditResult>>();
function resultOf(audit: Audit): Promise<AuditResult> {
  let result = results.get(audit.id);
  if (!result) {
    result = audit.fn();
    results.set(audit.id, result);
  }
  return result;
}

/** The failure reason plus the start of the response body, so a failing test shows what was sent back. */
async function describeFailure(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  let body = '';
  try {
    body = (await result.response.clone().text()).slice(0, 500);
  } catch {
    body = '(body already read)';
  }
  return `${result.status}: ${result.reason}\nHTTP ${result.response.status} ${result.response.headers.get('content-type') ?? ''}\n${body}`;
}

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('GraphQL over HTTP: MUST audits (graphql-http serverAudits)', () => {
  it('has MUST audits to run', () => {
    expect(mustAudits.length).toBeGreaterThan(0);
  });

  for (const audit of mustAudits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await resultOf(audit);
      expect(result.status, await describeFailure(result)).toBe('ok');
    });
  }
});

describe('GraphQL over HTTP: SHOULD and MAY audits', () => {
  it('reports every SHOULD/MAY result; none is an error', async () => {
    const settled = await Promise.all(otherAudits.map(async (audit) => ({ audit, result: await resultOf(audit) })));
    const count = (status: AuditResult['status']) => settled.filter(({ result }) => result.status === status).length;
    const failing = settled.filter(({ result }) => result.status !== 'ok');

    const lines = [
      `graphql-http SHOULD/MAY audits: ${count('ok')} pass, ${count('notice')} notice, ${count('warn')} warn, ${count('error')} error (of ${settled.length})`,
    ];
    if (failing.length > 0) {
      console.table(
        failing.map(({ audit, result }) => ({
          id: audit.id,
          status: result.status,
          name: audit.name,
          reason: result.status === 'ok' ? '' : result.reason,
        })),
      );
    } else {
      lines.push('every SHOULD/MAY audit passes');
    }
    console.log(lines.join('\n'));

    // An 'error' status is graphql-http's verdict "not compliant"; a SHOULD/MAY audit never earns one.
    expect(count('error'), failing.map(({ audit }) => audit.name).join('\n')).toBe(0);
    expect(settled).toHaveLength(otherAudits.length);
  });
});

describe('GraphQL over HTTP: tally', () => {
  it(`all ${audits.length} audits pass`, async () => {
    const all = await Promise.all(audits.map(async (audit) => ({ audit, result: await resultOf(audit) })));
    const failing = all.filter(({ result }) => result.status !== 'ok');
    const passed = all.length - failing.length;
    console.log(`graphql-http server audits: ${passed}/${all.length} pass`);
    expect(
      passed,
      failing.map(({ audit, result }) => `${audit.id} ${audit.name}: ${result.status === 'ok' ? '' : result.reason}`).join('\n'),
    ).toBe(all.length);
  });
});
