import { createServer } from 'node:http';
import { ConfigError, type Config, hasAnySource, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { createLogger, LiveSecrets } from './logger.js';
import { type Sandbox, startSandbox } from './sandbox/index.js';
import { createUpstreams, secretsOf } from './upstreams/index.js';

/** Process entry: loadConfig → (sandbox?) → createUpstreams → createGateway → listen. */

/** A client must have sent its request headers within this time (DESIGN.md, "Deadlines and limits"). */
const CLIENT_HEADERS_TIMEOUT_MS = 10_000;
/** A client must have sent its whole request within this time. */
const CLIENT_REQUEST_TIMEOUT_MS = 30_000;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let config = readConfig();
  let sandbox: Sandbox | undefined;
  const liveSecrets = new LiveSecrets();
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config), liveSecrets });
  const { security } = config;
  if (security.mode === 'production' && config.sandbox === 'forced') {
    logger.warn('NODE_ENV=production with SANDBOX=1: serving the built-in simulators\' made-up data, not any real source');
  }
  if (!security.auth.required) {
    logger.info(
      security.mode === 'production'
        ? 'AUTH=none: client authentication is off; every caller gets every scope (an authenticating proxy must stand in front)'
        : 'Client authentication is off (development, no AUTH_JWKS_URL or AUTH_API_KEYS_FILE): every caller gets every scope',
    );
  }
  if (security.graphiql && !security.introspection) {
    logger.warn('GRAPHIQL=1 without INTROSPECTION=1: GraphiQL cannot load the schema, so it offers no completion or docs');
  }

  // In production the sandbox runs only when forced (loadConfig refuses a production start without sources).
  if (config.sandbox === 'forced' || (config.sandbox === 'auto' && !hasAnySource(config) && security.mode !== 'production')) {
    sandbox = await startSandbox();
    config = sandbox.configure(config);
    logger.info(
      config.sandbox === 'forced'
        ? 'SANDBOX=1: serving the built-in simulators instead of any configured source'
        : 'No source is configured: serving the built-in simulators (set ENNEO_URL and ENNEO_TOKEN for a real enneo, or SANDBOX=0 to disable)',
    );
    logger.info(`sandbox enneo at ${sandbox.enneo.url}`);
  }

  const upstreams = createUpstreams(config, logger);
  const gateway = createGateway({ upstreams, logger, liveSecrets, limits: config.limits, security, people: config.people });
  const server = createServer(
    {
      // Slow or half-sent requests are cut: headers within 10 s, the whole request within 30 s.
      headersTimeout: CLIENT_HEADERS_TIMEOUT_MS,
      requestTimeout: CLIENT_REQUEST_TIMEOUT_MS,
      // Node checks those timeouts on this interval (default 30 s, which would triple the cut-off).
      connectionsCheckingInterval: 1_000,
    },
    gateway,
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const listening = !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // An IPv6 literal needs brackets in a URL (`http://[::1]:4000/graphql`).
  const host = listening.includes(':') ? `[${listening}]` : listening;
  logger.info(`Ticketlog Gateway ready: GraphiQL at http://${host}:${port}/graphql`);
  process.stdout.write(`GraphiQL: http://${host}:${port}/graphql\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Stop accepting, let requests in flight finish, then close pools and simulators.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await upstreams.close();
    await sandbox?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
