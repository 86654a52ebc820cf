import type { Clock } from '../../src/clock.js';

/**
 * A clock the test moves: `now()` starts at the real time and stands still until `advance(ms)`
 * or a `sleep(ms)` moves it. `sleep` resolves at once (on the next turn of the event loop) and
 * records what was asked, so a test asserts the wait instead of waiting: a `Retry-After: 1` is
 * `sleeps` holding 1000, a token's expiry is an `advance` past it.
 */
export interface TestClock extends Clock {
  /** Moves `now()` forward by `ms`. */
  advance(ms: number): void;
  /** Every `sleep` asked of this clock, in milliseconds, in order. */
  readonly sleeps: number[];
}

export function createTestClock(start = Date.now()): TestClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleeps,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
