import { createServer, type Server } from 'node:http';
import { ConfigError, type Config, hasAnySource, loadConfig, sourceConfigHints } from './config.js';
import { createApp } from './app.js';
import { createLogger, LiveSecrets } from './logger.js';
import { type Sandbox, startSandbox } from './sandbox/index.js';
import { secretsOf } from './transport/index.js';

/** Process entry: loadConfig → (sandbox?) → createApp (upstream clients, observability, gateway) → listen; signals, shutdown. */

/** A client must have sent its request headers within this time (README, "Deadlines"). */
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

function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

async function main(): Promise<void> {
  let config = readConfig();
  let sandbox: Sandbox | undefined;
  const liveSecrets = new LiveSecrets();
  const logger = createLogger({ level: config.logLevel, format: config.ops.logFormat, secrets: secretsOf(config), liveSecrets });
  const { security } = config;
  if (security.mode === 'production' && config.sandbox === 'forced') {
    logger.warn("NODE_ENV=production with SANDBOX=1: serving the built-in simulators' made-up data, not any real source");
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
        : `No source is configured: serving the built-in simulators (set ${sourceConfigHints()} for a real source, or SANDBOX=0 to disable)`,
    );
    for (const [name, simulator] of Object.entries(sandbox.simulators)) logger.info(`sandbox ${name} at ${simulator.url}`);
  }

  const separateMetrics = config.ops.metricsPort !== undefined;
  const { gateway, upstreams, observability, readiness } = createApp(config, {
    logger,
    liveSecrets,
    metricsEndpoint: !separateMetrics,
  });
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
  const port = await listen(server, config.port, config.host);

  let metricsServer: Server | undefined;
  if (separateMetrics) {
    const { registry } = observability.metrics;
    metricsServer = createServer((req, res) => {
      if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    });
    const metricsPort = await listen(metricsServer, config.ops.metricsPort!, config.host);
    logger.info(`metrics at http://localhost:${metricsPort}/metrics`, { metricsPort });
  }

  const listening = !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // An IPv6 literal needs brackets in a URL (`http://[::1]:4000/graphql`).
  const host = listening.includes(':') ? `[${listening}]` : listening;
  const url = `http://${host}:${port}/graphql`;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const grace = config.ops.shutdownGraceMs;
    logger.info(`${signal}: shutting down`, { signal, graceMs: grace });
    // Readiness first, so a load balancer stops sending before the listener goes away.
    readiness.beginShutdown();
    const drained = new Promise<boolean>((resolve) => {
      server.close(() => resolve(true));
      metricsServer?.close();
      metricsServer?.closeAllConnections();
    });
    // Keep-alive connections that finish their request become idle; close them as they do.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), grace);
    });
    const clean = await Promise.race([drained, expired]);
    clearInterval(idle);
    clearTimeout(timer);
    if (!clean) {
      logger.warn(`requests still running after SHUTDOWN_GRACE_MS (${grace} ms); closing their connections`);
      server.closeAllConnections();
    }
    await upstreams.close();
    await sandbox?.close();
    // Flush buffered spans, but an unreachable collector must not hold the exit up.
    await Promise.race([
      observability.close().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
    ]);
    logger.info('stopped');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  // Announced only once the signal handlers are in place: a supervisor (or a test) that sends
  // SIGTERM as soon as it reads this line would otherwise meet Node's default action and the
  // process would die without its clean shutdown (measured: 3 of 10 such stops).
  logger.info(`Ticketlog Gateway ready: GraphiQL at ${url}`, { url, port, pid: process.pid });
  // Pretty mode is for a person at a terminal; JSON mode keeps stdout one object per line.
  if (config.ops.logFormat === 'pretty') process.stdout.write(`GraphiQL: ${url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
