import { createServer } from 'node:http';
import { ConfigError, type Config, hasAnySource, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { createLogger } from './logger.js';
import { type Sandbox, startSandbox } from './sandbox/index.js';
import { createUpstreams, secretsOf } from './upstreams/index.js';

/** Process entry: loadConfig → (sandbox?) → createUpstreams → createGateway → listen. */

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
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });

  if (config.sandbox === 'forced' || (config.sandbox === 'auto' && !hasAnySource(config))) {
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
  const gateway = createGateway({ upstreams, logger, limits: config.limits, requestTimeoutMs: config.requestTimeoutMs });
  const server = createServer(gateway);

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
