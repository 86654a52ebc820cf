import { setMaxListeners } from 'node:events';
import { UpstreamError } from './errors.js';
import type { Source } from '../sources/source.js';
import { currentFrame, runInFrame } from '../request-frame.js';

/**
 * One GraphQL request's time budget (`REQUEST_TIMEOUT_MS`). Every upstream call the request makes —
 * waiting for a pooled connection, each attempt, each backoff, reading the body — draws on the
 * same budget; when it runs out, whatever is still in flight is aborted and ends as
 * `UPSTREAM_TIMEOUT` on the fields it backs, and the answer goes out with everything else.
 *
 * The per-request context creates it; `runWithDeadline` binds it for the execution, so the shared
 * transport (`http.ts`) finds it with `currentDeadline()` without every client method and loader
 * having to carry it.
 */
export class Deadline {
  private readonly endsAt: number;
  private timeoutSignal: AbortSignal | undefined;

  /**
   * @param budgetMs the whole budget in milliseconds
   * @param startedAt when the budget started (`performance.now()`); default now
   */
  constructor(
    readonly budgetMs: number,
    startedAt = performance.now(),
  ) {
    this.endsAt = startedAt + budgetMs;
  }

  /**
   * Aborts when the budget is spent; hand it to anything that can be cancelled. Made on first
   * use, for the same instant: a request that calls no source (`{ __typename }`, a refused one)
   * never pays for a timer and a signal.
   */
  get signal(): AbortSignal {
    if (!this.timeoutSignal) {
      this.timeoutSignal = AbortSignal.timeout(Math.max(0, Math.ceil(this.endsAt - performance.now())));
      // Every upstream call of the request listens on it (a 1000-row report makes ~100): not a leak.
      setMaxListeners(0, this.timeoutSignal);
    }
    return this.timeoutSignal;
  }

  /** Milliseconds left (0 once spent). */
  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  get expired(): boolean {
    return this.remainingMs() <= 0 || (this.timeoutSignal?.aborted ?? false);
  }

  /** The error for a call the deadline cut short. */
  timeoutError(source: Source, route: string, cause?: unknown): UpstreamError {
    return UpstreamError.timedOut(
      source,
      route,
      `within the request's time budget (REQUEST_TIMEOUT_MS ${this.budgetMs} ms)`,
      cause,
    );
  }

  /**
   * Settles like `promise`, or rejects with `timeoutError` once the budget is spent — for waits
   * that cannot be cancelled themselves (a token renewal shared with other requests).
   */
  race<T>(promise: Promise<T>, source: Source, route: string): Promise<T> {
    if (this.expired) return Promise.reject(this.timeoutError(source, route));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.timeoutError(source, route));
      this.signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (value) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /**
   * Waits `ms`, or less when the budget ends first (resolves either way). `wait` is the clock's
   * sleep (tests pass one that does not wait); without it a timer is used, cleared on abort.
   */
  sleep(ms: number, wait?: (ms: number) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.signal.removeEventListener('abort', done);
        resolve();
      };
      this.signal.addEventListener('abort', done, { once: true });
      if (wait) void wait(ms).then(done);
      else timer = setTimeout(done, ms);
    });
  }
}

/**
 * Runs `fn` (a GraphQL execution) with `deadline` as the budget of every upstream call it makes.
 * The budget travels in the request's frame (`request-frame.ts`), the one async store it shares
 * with the request scope and the trace context.
 */
export function runWithDeadline<T>(deadline: Deadline, fn: () => T): T {
  return runInFrame({ deadline }, fn);
}

/**
 * Runs `fn` outside any request's budget: work shared by many requests (one token renewal that
 * concurrent requests all wait for) must not be cut short by whichever request happened to start
 * it. Each waiting request still bounds its own wait with `Deadline.race`.
 */
export function runWithoutDeadline<T>(fn: () => T): T {
  return runInFrame({ deadline: undefined }, fn);
}

/** The budget of the GraphQL request this code runs for; undefined outside one (start-up, probes). */
export function currentDeadline(): Deadline | undefined {
  return currentFrame()?.deadline;
}
