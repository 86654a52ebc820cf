import { startStack } from '../test/support/stack.js';
const refs = (source: string, keys: string[]) => keys.map((key) => `{ source: ${source}, key: "${key}" }`).join(' ');
const TWENTY_REFS = [
  refs('ENNEO', ['8802', '8803', '8804', '8805', '8806', '8807', '8842']),
  refs('SOCIALBOARDS', ['5501', '5502', '5503', '5504', '5505', '5506', '5520']),
  refs('TRACKER', ['PAY-1', 'PAY-2', 'PAY-4', 'PAY-12', 'SUP-3', 'SUP-7']),
].join(' ');
const Q = {
  W1: `{ timeline(refs: [${refs('ENNEO', ['8842'])} ${refs('SOCIALBOARDS', ['5501'])} ${refs('TRACKER', ['PAY-12'])}], first: 50) { totalCount edges { node { occurredAt source actor { name } } } } }`,
  W2: `{ timeline(refs: [${TWENTY_REFS}], first: 100) { totalCount edges { node { occurredAt source ticket { title } } } } }`,
  W3: `{ worklogReport(filter: { from: "2025-09-01", to: "2025-11-30" }, first: 1000) { edges { node { date durationSeconds ticket { title } } } } }`,
  W4: `{ ticket(source: ENNEO, key: "8842") { title worklogs(first: 50) { edges { node { startedAt durationSeconds author { name } } } } } }`,
};
const stack = await startStack({ env: { LOG_LEVEL: 'silent' } });
const sims = [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker];
for (const [k, q] of Object.entries(Q)) {
  await stack.post({ query: q });
  for (const s of sims) s.resetRequests();
  const { text } = await stack.post({ query: q });
  console.log(k, sims.map((s) => s.count()), text.length, text.slice(0, 600));
  for (const s of sims) for (const r of s.requests.slice(0, 12)) { const x = r as any; console.log('  ', x.method, x.path, x.query?.toString(), x.body?.slice(0,200), JSON.stringify(Object.fromEntries(Object.entries(x.headers ?? {}).filter(([h]) => !['host','connection','content-length','traceparent','x-request-id'].includes(h))))); }
  (await import('node:fs')).writeFileSync(`/tmp/b14/${k}.json`, text);
}
await stack.close();
