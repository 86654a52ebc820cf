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
  /** Values of the keys whose load succeeded, for `loadNow`. */
  readonly #fulfilled = new Map<C, V>();
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
      const issued = super.load(key);
      this.#issued.set(cacheKey, issued);
      // A failed key is not noted: its fields get the rejected promise, as from `load`.
      issued.then((value) => {
        if (this.#issued.get(cacheKey) === issued) this.#fulfilled.set(cacheKey, value);
      }, ignore);
      promise = issued;
    }
    return promise;
  }

  /**
   * The value itself when the load of `key` has already succeeded, else what `load(key)` returns.
   * A resolver that returns a plain value lets graphql-js complete its object without a promise,
   * and the parents without `Promise.all`: on a report page of 1,000 rows whose tickets were
   * loaded first (`settle`), five promises fewer per row.
   */
  loadNow(key: K): V | Promise<V> {
    if (this.#cacheKey !== undefined && key !== null && key !== undefined) {
      const cacheKey = this.#cacheKey(key);
      if (this.#fulfilled.has(cacheKey)) return this.#fulfilled.get(cacheKey) as V;
    }
    return this.load(key);
  }

  /** Loads `keys` (one batch) and resolves once every one has settled, failed ones included. */
  async settle(keys: Iterable<K>): Promise<void> {
    const pending: Promise<unknown>[] = [];
    for (const key of keys) pending.push(this.load(key));
    await Promise.allSettled(pending);
  }

  override clear(key: K): this {
    if (this.#cacheKey !== undefined) {
      this.#issued.delete(this.#cacheKey(key));
      this.#fulfilled.delete(this.#cacheKey(key));
    }
    return super.clear(key);
  }

  override clearAll(): this {
    this.#issued.clear();
    this.#fulfilled.clear();
    return super.clearAll();
  }
}

function ignore(): void {}
