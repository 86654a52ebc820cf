import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { gatewayConfig } from './gateway.config.js';

/**
 * The two pieces of a supergraph besides its subgraphs, in Node: composition (Apollo's
 * `@apollo/composition`, what Rover runs, or The Guild's `@theguild/federation-composition`, what
 * Mesh Compose and Hive run) and a router (`@apollo/gateway` in Apollo Server, or Hive Gateway's
 * `@graphql-hive/gateway-runtime`). `npm run supergraph` and the supergraph tests use both.
 */

export interface SubgraphService {
  name: string;
  /** Routing URL: where the router sends this subgraph's part of a plan. */
  url: string;
  /** The subgraph SDL, as `_service { sdl }` serves it or as Rover reads it from a file. */
  sdl: string;
}

export type Composer = 'apollo' | 'guild';

/** Composes the subgraphs into a supergraph SDL; throws with every composition error. */
export function composeSupergraph(services: readonly SubgraphService[], composer: Composer): string {
  const definitions = services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) }));
  const result = composer === 'apollo' ? composeWithApollo(definitions) : composeWithGuild(definitions);
  if (result.errors?.length || !result.supergraphSdl) {
    const messages = (result.errors ?? []).map((error) => `  ${error.message}`).join('\n');
    throw new Error(`composition with ${composer} failed:\n${messages}`);
  }
  return result.supergraphSdl;
}

/** Reads a running subgraph's SDL the way `rover subgraph introspect` does: `{ _service { sdl } }`. */
export async function introspectSubgraph(name: string, url: string): Promise<SubgraphService> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${name} at ${url} answered no _service { sdl } (HTTP ${response.status})`);
  return { name, url, sdl };
}

/** One HTTP request a router sent to a subgraph. */
export interface SubgraphRequest {
  subgraph: string;
  query: string;
  variables: Record<string, unknown>;
  /** The subgraph's answer (JSON), where the router exposes it. */
  response?: { extensions?: Record<string, unknown> };
}

export interface RouterOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Called for every request the router sends to a subgraph (tests count them). Default: none. */
  onSubgraphRequest?: (request: SubgraphRequest) => void;
  /**
   * Apollo router only: ask every subgraph for `ftv1` inline traces, as Apollo Server does when
   * usage reporting to GraphOS is on. Default false.
   */
  includeTraces?: boolean;
}

export interface Router {
  kind: 'apollo' | 'hive';
  /** GraphQL endpoint of the supergraph. */
  url: string;
  close(): Promise<void>;
}

/**
 * `@apollo/gateway` inside Apollo Server, serving the supergraph on `url`.
 *
 * Sets `APOLLO_TELEMETRY_DISABLED=true` unless it is set already: otherwise @apollo/gateway 2.14
 * reports usage metrics to Apollo over the internet and, to label them, probes cloud metadata
 * addresses (169.254.169.254, …) — traffic this example, run on a laptop or in CI, must not make.
 */
export async function startApolloRouter(supergraphSdl: string, options: RouterOptions = {}): Promise<Router> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: { debug: () => {}, info: () => {}, warn: console.warn, error: console.error },
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        didReceiveResponse({ request, response }) {
          options.onSubgraphRequest?.({
            subgraph: name,
            query: request.query ?? '',
            variables: request.variables ?? {},
            response: response as SubgraphRequest['response'],
          });
          return response;
        },
      }),
  });
  // What Apollo Server's usage reporting does to make the gateway ask subgraphs for traces.
  const traces: ApolloServerPlugin = { requestDidStart: async ({ metrics }) => void (metrics.captureTraces = true) };
  const server = new ApolloServer({
    gateway,
    plugins: options.includeTraces ? [traces] : [],
    // Whoever starts the router stops it (`close`); Apollo's own handler would re-raise SIGTERM
    // and end the process before the other servers have closed.
    stopOnTerminationSignals: false,
  });
  const { url } = await startStandaloneServer(server, { listen: { port: options.port ?? 0, host: options.host ?? '127.0.0.1' } });
  return { kind: 'apollo', url: `${url.replace(/\/$/, '')}/graphql`, close: () => server.stop() };
}

/** Hive Gateway's runtime over node:http with the settings of gateway.config.ts, serving the supergraph at `/graphql`. */
export async function startHiveRouter(supergraphSdl: string, options: RouterOptions = {}): Promise<Router> {
  // Subgraph names by routing URL: Hive's fetch hook sees URLs.
  const names = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) names.set(match[2]!, match[1]!);
  // The settings of gateway.config.ts (what the Hive Gateway CLI reads), with this supergraph.
  const { supergraph: _file, ...settings } = gatewayConfig;
  const runtime = createGatewayRuntime({
    ...settings,
    supergraph: supergraphSdl,
    plugins: () => [
      {
        onFetch({ url, options: init }) {
          const subgraph = names.get(url);
          if (!subgraph || !options.onSubgraphRequest || typeof init.body !== 'string') return undefined;
          const body = JSON.parse(init.body) as { query: string; variables?: Record<string, unknown> };
          const record: SubgraphRequest = { subgraph, query: body.query, variables: body.variables ?? {} };
          options.onSubgraphRequest(record);
          return undefined;
        },
      },
    ],
  });
  const server: Server = createServer(runtime);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  return {
    kind: 'hive',
    url: `http://${host}:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime[Symbol.asyncDispose]();
    },
  };
}
