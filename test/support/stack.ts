import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError, print } from 'graphql';
import { type Config, loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';
import { createUpstreams, secretsOf } from '../../src/upstreams/index.js';

/**
 * The whole gateway as `npm start` builds it — simulators, upstream clients, yoga — listening on
 * real ports chosen by the OS. Tests talk to it over HTTP and read the simulators' counters.
 */
export interface Stack {
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  sandbox: Sandbox;
  config: Config;
  /** Every line the gateway logged (for "no secret in a log line" checks). */
  logs: string[];
  execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<Result<R>>;
  /** POSTs a raw GraphQL body; returns status and the body text. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export interface Result<R> {
  data?: R | null;
  errors?: (GraphQLFormattedError & { extensions?: { code?: string; source?: string; status?: number } })[];
}

export interface StackOptions {
  /** Extra environment for loadConfig (fast retries and short timeouts are already set). */
  env?: Record<string, string>;
  sandbox?: SandboxOptions;
  /** Adjusts the configuration after the sandbox has been wired in (e.g. drop a source). */
  configure?: (config: Config) => Config;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sandbox = await startSandbox(options.sandbox);
  const base = loadConfig({
    SANDBOX: '0',
    UPSTREAM_RETRY_BASE_MS: '5',
    UPSTREAM_HEADERS_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const config = (options.configure ?? ((c: Config) => c))(sandbox.configure(base));
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: secretsOf(config), write: (line) => logs.push(line) });
  const upstreams = createUpstreams(config, logger);
  const server: Server = createServer(createGateway({ upstreams, logger, limits: config.limits, requestTimeoutMs: config.requestTimeoutMs }));
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
    logs,
    post,
    async execute(document, variables) {
      const { text } = await post({ query: print(document), variables });
      return JSON.parse(text) as Result<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstreams.close();
      await sandbox.close();
    },
  };
}
