import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { createUpstreams, secretsOf } from '../../src/transport/index.js';
import { startCrmSubgraph } from './crm-subgraph.js';
import { composeSupergraph, introspectSubgraph, type Router, startApolloRouter, startHiveRouter } from './routers.js';

/**
 * `npm run supergraph`: the whole example supergraph in one command, on the sandbox.
 *
 *   ticketlog gateway (this repo, sandbox simulators)  :4000/graphql
 *   example CRM subgraph (crm-subgraph.ts)             :4001/graphql
 *   Hive Gateway runtime (composed by @theguild/federation-composition)  :4100/graphql
 *   @apollo/gateway in Apollo Server (composed by @apollo/composition)   :4200/graphql
 *
 * Both subgraph SDLs are read from the running subgraphs (`_service { sdl }`, as Rover's
 * `subgraph_url` does); the Apollo composition is written to supergraph.graphql. Then one
 * cross-subgraph query is sent through both routers and its answer printed.
 * `--free-ports` lets the OS choose every port (the test uses it).
 */

const { values: flags } = parseArgs({ options: { 'free-ports': { type: 'boolean' } } });
const port = (fixed: number) => (flags['free-ports'] ? 0 : fixed);

/** The cross-subgraph query printed at start: CRM → ticketlog (three sources) → CRM. */
const EXAMPLE_QUERY = `query KariNordmannsCase {
  customer(id: "cust-510042") {
    name
    tickets { __typename ... on Ticket { source title timeSpentSeconds } }
  }
  ticket(source: TRACKER, key: "PAY-12") { title ... on TrackerIssue { crmCustomer { name email } } }
}`;

const sandbox = await startSandbox();
const config = sandbox.configure(loadConfig({ SANDBOX: '1', LOG_LEVEL: 'warn' }));
const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
const upstreams = createUpstreams(config, logger);
const ticketlogServer = createServer(createGateway({ upstreams, logger, limits: config.limits }));
await new Promise<void>((resolve, reject) => {
  ticketlogServer.once('error', reject);
  ticketlogServer.listen(port(4000), '127.0.0.1', resolve);
});
const ticketlogUrl = `http://127.0.0.1:${(ticketlogServer.address() as AddressInfo).port}/graphql`;
const crm = await startCrmSubgraph({ port: port(4001) });

const services = await Promise.all([introspectSubgraph('ticketlog', ticketlogUrl), introspectSubgraph('crm', crm.url)]);
const apolloSupergraph = composeSupergraph(services, 'apollo');
const guildSupergraph = composeSupergraph(services, 'guild');
const written = new URL('./supergraph.graphql', import.meta.url);
writeFileSync(written, apolloSupergraph);

const routers: Router[] = [
  await startHiveRouter(guildSupergraph, { port: port(4100) }),
  await startApolloRouter(apolloSupergraph, { port: port(4200) }),
];

const out = (line: string) => process.stdout.write(`${line}\n`);
out(`ticketlog gateway (sandbox): ${ticketlogUrl}`);
out(`CRM subgraph:                ${crm.url}`);
out(`Hive Gateway supergraph:     ${routers[0]!.url}`);
out(`Apollo Gateway supergraph:   ${routers[1]!.url}`);
out(`supergraph SDL written to ${written.pathname}`);

for (const router of routers) {
  const response = await fetch(router.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXAMPLE_QUERY }),
  });
  out(`\n${router.kind} router answers KariNordmannsCase:\n${JSON.stringify(await response.json())}`);
}

const stop = async () => {
  await Promise.all(routers.map((router) => router.close()));
  await crm.close();
  ticketlogServer.closeAllConnections();
  await new Promise<void>((resolve) => ticketlogServer.close(() => resolve()));
  await upstreams.close();
  await sandbox.close();
};
out(`\nOpen ${routers[0]!.url} (GraphiQL) and try the query above; Ctrl-C stops everything.`);
const onSignal = () => void stop().then(() => process.exit(0));
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
