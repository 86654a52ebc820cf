import DataLoader from 'dataloader';

/**
 * A DataLoader whose repeated `load(key)` hands back the very promise of the first call. DataLoader
 * 2 answers a cache hit with a new promise resolved with the cached one at the next dispatch (a
 * closure, a promise and two more microtask turns per hit); a report page asks for the same
 * hundred tickets from a thousand rows, so nine hundred hits per request cost that for nothing.
 * Values, errors, batching and de-duplication are DataLoader's own; only the hit is cheaper.
 * With `cache: false` it is plain DataLoader.
 */
export class SharedPromiseLoader<K, V, C = K> extends DataLoader<K, V, C> {
  readonly #issued = new Map<C, Promise<V>>();
  readonly #cacheKey: ((key: K) => C) | undefined;

  constructor(batchLoad: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>) {
    super(batchLoad, options);
    this.#cacheKey = options?.cache === false ? undefined : (options?.cacheKeyFn ?? ((key: K) => key as unknown as C));
  }

  override load(key: K): Promise<V> {
    // A null key goes to DataLoader, which throws its own TypeError for it.
    if (this.#cacheKey === undefined || key === null || key === undefined) return super.load(key);
    const cacheKey = this.#cacheKey(key);
    let promise = this.#issued.get(cacheKey);
    if (promise === undefined) {
      promise = super.load(key);
      this.#issued.set(cacheKey, promise);
    }
    return promise;
  }

  override clear(key: K): this {
    if (this.#cacheKey !== undefined) this.#issued.delete(this.#cacheKey(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.#issued.clear();
    return super.clearAll();
  }
}
