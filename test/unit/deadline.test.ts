import { describe, expect, it } from 'vitest';
import { currentDeadline, Deadline, runWithDeadline, runWithoutDeadline } from '../../src/transport/deadline.js';

/**
 * The request budget itself: counted from when the request arrived, aborting its signal when spent,
 * cutting waits it cannot cancel (`race`), and found by the transport through the execution it was
 * bound to — except inside work shared by many requests. Bounds are generous (shared machine).
 */
describe('Deadline', () => {
  it('counts from the given start: a budget that began earlier has less left', () => {
    const fresh = new Deadline(10_000);
    const older = new Deadline(10_000, performance.now() - 4_000);
    expect(fresh.remainingMs()).toBeGreaterThan(9_000);
    expect(older.remainingMs()).toBeLessThanOrEqual(6_000);
    expect(new Deadline(1_000, performance.now() - 5_000).expired).toBe(true);
  });

  it('race: answers UPSTREAM_TIMEOUT (with the source) when the budget ends first, else the value', async () => {
    const deadline = new Deadline(50);
    const never = new Promise<never>(() => undefined);
    await expect(deadline.race(never, 'TRACKER', 'POST /{v}/issues/_search')).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      source: 'TRACKER',
      status: 0,
      message: expect.stringMatching(/REQUEST_TIMEOUT_MS 50 ms/),
    });
    expect(deadline.expired).toBe(true);
    await expect(new Deadline(5_000).race(Promise.resolve(7), 'ENNEO', 'GET /ticket/{id}')).resolves.toBe(7);
  });

  it('sleep ends early when the budget does', async () => {
    const deadline = new Deadline(50);
    const started = performance.now();
    await deadline.sleep(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('is found through the execution it is bound to, and not inside shared work', async () => {
    const deadline = new Deadline(5_000);
    expect(currentDeadline()).toBeUndefined();
    await runWithDeadline(deadline, async () => {
      await Promise.resolve();
      expect(currentDeadline()).toBe(deadline);
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentDeadline()).toBe(deadline);
      expect(runWithoutDeadline(() => currentDeadline())).toBeUndefined();
    });
  });
});
