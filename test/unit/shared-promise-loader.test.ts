import { describe, expect, it } from 'vitest';
import { SharedPromiseLoader } from '../../src/transport/shared-promise-loader.js';

/**
 * The loader behind every source's per-request loaders: a repeated key gets the first call's own
 * promise (no wrapper per cache hit), while batching, errors at their key and clearing stay
 * DataLoader's.
 */
describe('SharedPromiseLoader', () => {
  const counting = () => {
    const batches: number[][] = [];
    const loader = new SharedPromiseLoader<number, string>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k < 0 ? new Error(`no ${k}`) : `v${k}`));
    });
    return { loader, batches };
  };

  it('hands back the same promise for a repeated key, in one batch of distinct keys', async () => {
    const { loader, batches } = counting();
    const a = loader.load(1);
    const b = loader.load(1);
    const c = loader.load(2);
    expect(b).toBe(a);
    expect(await Promise.all([a, b, c])).toEqual(['v1', 'v1', 'v2']);
    expect(batches).toEqual([[1, 2]]);
    expect(loader.load(1)).toBe(a);
    expect(batches).toHaveLength(1);
  });

  it('keeps an error at its key, and after clear(key) loads that key again', async () => {
    const { loader, batches } = counting();
    const failed = loader.load(-1);
    expect(loader.load(-1)).toBe(failed);
    await expect(failed).rejects.toThrow('no -1');
    const first = loader.load(3);
    await first;
    loader.clear(3);
    const again = loader.load(3);
    expect(again).not.toBe(first);
    expect(await again).toBe('v3');
    loader.clearAll();
    expect(loader.load(3)).not.toBe(again);
    expect(batches.flat()).toEqual([-1, 3, 3]);
  });

  it('with a cacheKeyFn shares by that key; with cache: false every load is its own', async () => {
    const byName = new SharedPromiseLoader<{ id: number }, number, number>(async (keys) => keys.map((k) => k.id), {
      cacheKeyFn: (k) => k.id,
    });
    expect(byName.load({ id: 4 })).toBe(byName.load({ id: 4 }));
    const uncached = new SharedPromiseLoader<number, number>(async (keys) => [...keys], { cache: false });
    expect(uncached.load(5)).not.toBe(uncached.load(5));
    await expect(uncached.load(5)).resolves.toBe(5);
  });

  it('loadNow: the value itself once its load succeeded; before that, and for a failed key, the promise', async () => {
    const { loader, batches } = counting();
    const pending = loader.loadNow(1);
    expect(pending).toBe(loader.load(1));
    await loader.settle([1, 2, -1, 2]);
    expect(batches).toEqual([[1, 2, -1]]);
    expect(loader.loadNow(1)).toBe('v1');
    expect(loader.loadNow(2)).toBe('v2');
    const failed = loader.loadNow(-1);
    expect(failed).toBe(loader.load(-1));
    await expect(failed).rejects.toThrow('no -1');
    // After clear(key) the value is no longer at hand: the key is loaded again.
    loader.clear(1);
    const again = loader.loadNow(1);
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe('v1');
    expect(batches).toEqual([[1, 2, -1], [1]]);
  });
});
