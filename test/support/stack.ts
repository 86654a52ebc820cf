import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError, print } from 'graphql';
import { type Config, loadConfig } from '../../src/config.js';
import { createApp } from '../../src/app.js';
import { createLogger, LiveSecrets } from '../../src/logger.js';
import type { Observability } from '../../src/observability/index.js';
import type { Readiness, ReadinessOptions } from '../../src/readiness.js';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';
import { secretsOf } from '../../src/transport/index.js';
import { createTestClock, type TestClock } from './test-clock.js';

/**
 * The whole gateway as `npm start` builds it — simulators, upstream clients, yoga — listening on
 * real ports chosen by the OS. Tests talk to it over HTTP and read the simulators' counters.
 */
export interface Stack {
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  sandbox: Sandbox;
  config: Config;
  /**
   * The one clock of the gateway's upstream clients and the simulators: retries and Retry-After
   * waits pass at once (and are recorded), token expiry happens when the test advances it.
   */
  clock: TestClock;
  /** Every line the gateway logged, one JSON object each (for "no secret in a log line" checks). */
  logs: string[];
  /** Metrics registry and tracer of this gateway. */
  observability: Observability;
  readiness: Readiness;
  execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<Result<R>>;
  /** POSTs a raw GraphQL body; returns status and the body text. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export interface Result<R> {
  data?: R | null;
  errors?: (GraphQLFormattedError & { extensions?: { code?: string; source?: string; status?: number; scope?: string } })[];
}

export interface StackOptions {
  /** Extra environment for loadConfig (fast retries and short timeouts are already set). */
  env?: Record<string, string>;
  sandbox?: SandboxOptions;
  /** Adjusts the configuration after the sandbox has been wired in (e.g. drop a source). */
  configure?: (config: Config) => Config;
  /** JWKS cache tuning for client-auth tests. */
  jwks?: { cooldownMs?: number; fetchTimeoutMs?: number };
  /** Readiness probe caching and timeout (default: as in production). */
  readiness?: ReadinessOptions;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const clock = createTestClock();
  const sandbox = await startSandbox({ ...options.sandbox, clock });
  const base = loadConfig({
    SANDBOX: '0',
    UPSTREAM_RETRY_BASE_MS: '5',
    UPSTREAM_HEADERS_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const config = (options.configure ?? ((c: Config) => c))(sandbox.configure(base));
  const logs: string[] = [];
  const liveSecrets = new LiveSecrets();
  const logger = createLogger({
    level: 'debug',
    format: 'json',
    secrets: secretsOf(config),
    liveSecrets,
    write: (line) => logs.push(line),
  });
  const { gateway, upstreams, observability, readiness } = createApp(config, {
    logger,
    liveSecrets,
    processMetrics: false,
    clock,
    readiness: options.readiness,
    jwks: options.jwks,
  });
  // Idle keep-alive connections stay open for a minute: with Node's 5 s default, a loaded machine
  // lets the test's fetch reuse a socket the server is closing at that moment (ECONNRESET).
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  return {
    url,
    sandbox,
    config,
    clock,
    logs,
    observability,
    readiness,
    post,
    async execute(document, variables, headers) {
      const { text } = await post({ query: print(document), variables }, headers);
      return JSON.parse(text) as Result<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstreams.close();
      await sandbox.close();
      await observability.close();
    },
  };
}
