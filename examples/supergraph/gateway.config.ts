import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';

/**
 * Hive Gateway configuration for this example. The Hive Gateway CLI reads it when started in this
 * folder (`npx @graphql-hive/gateway supergraph`, after `npm run supergraph` or Rover wrote
 * supergraph.graphql); `npm run supergraph` passes the same settings to the runtime in process,
 * with the supergraph it composed itself.
 */
export const gatewayConfig = {
  supergraph: './supergraph.graphql',
  // GraphiQL on the supergraph endpoint is the page to open; no separate landing page.
  landingPage: false,
  logging: 'warn',
} satisfies Partial<GatewayConfigSupergraph>;
