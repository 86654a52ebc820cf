import type { Source } from './sources/source.js';
import type { Probe } from './transport/probes.js';

/**
 * `/readyz` (README, "Running in production"): ready when every configured source answered its last probe
 * in time, and never again once shutdown has begun. Answers are cached so a load balancer polling
 * every second does not turn into a request per second per source; concurrent checks share one
 * round of probes.
 */
export interface ReadinessAnswer {
  ready: boolean;
  /** `ok` or why not, per configured source. */
  sources: Partial<Record<Source, string>>;
}

export interface Readiness {
  check(): Promise<ReadinessAnswer>;
  /** From now on every check answers not ready. */
  beginShutdown(): void;
  readonly shuttingDown: boolean;
}

export interface ReadinessOptions {
  /** How long a round of probe answers is reused. Default 10000 ms (the contract allows up to 30 s). */
  cacheMs?: number;
  /** A probe slower than this fails. Default 5000 ms. */
  timeoutMs?: number;
}

function withTimeout(probe: Probe, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([probe(), timeout]).finally(() => clearTimeout(timer));
}

export function createReadiness(probes: Partial<Record<Source, Probe>>, options: ReadinessOptions = {}): Readiness {
  const cacheMs = options.cacheMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  let shuttingDown = false;
  let cached: { answer: ReadinessAnswer; at: number } | undefined;
  let inflight: Promise<ReadinessAnswer> | undefined;

  const stopping = (): ReadinessAnswer => ({
    ready: false,
    sources: Object.fromEntries(Object.keys(probes).map((source) => [source, 'shutting down'])),
  });

  async function probeAll(): Promise<ReadinessAnswer> {
    const entries = await Promise.all(
      (Object.entries(probes) as [Source, Probe][]).map(async ([source, probe]) => {
        try {
          await withTimeout(probe, timeoutMs);
          return [source, 'ok'] as const;
        } catch (error) {
          // Our own messages (UpstreamError, timeout): no token, no upstream body.
          return [source, error instanceof Error ? error.message : String(error)] as const;
        }
      }),
    );
    const sources = Object.fromEntries(entries) as Partial<Record<Source, string>>;
    return { ready: entries.every(([, state]) => state === 'ok'), sources };
  }

  return {
    get shuttingDown() {
      return shuttingDown;
    },
    beginShutdown() {
      shuttingDown = true;
    },
    async check() {
      if (shuttingDown) return stopping();
      if (cached && performance.now() - cached.at < cacheMs) return cached.answer;
      inflight ??= probeAll()
        .then((answer) => {
          cached = { answer, at: performance.now() };
          return answer;
        })
        .finally(() => {
          inflight = undefined;
        });
      const answer = await inflight;
      return shuttingDown ? stopping() : answer;
    },
  };
}
