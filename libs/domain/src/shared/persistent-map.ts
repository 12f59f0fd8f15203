/**
 * A read-only map that a fold can change without copying it: a shared `base` that is never changed again, and a
 * small `delta` of the entries set since, copied when a new version is drafted. When the delta outgrows about
 * twice the square root of the base it is folded into a new base, so that a command resumed from a snapshot copies
 * ~2√n entries instead of n (a campaign of 10,000 candidacies: ~200), and each entry is rebuilt into a base only
 * every ~2√n changes. Iterates in insertion order like a Map (entries are only ever set, never deleted).
 */
export class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly delta: ReadonlyMap<K, V>,
    /** Keys of the delta that the base does not have. */
    private readonly added: number,
  ) {}

  static empty<K, V>(): PersistentMap<K, V> {
    return new PersistentMap(new Map(), new Map(), 0);
  }

  /** The map as a PersistentMap; a plain Map becomes its base and must not be changed afterwards. */
  static of<K, V>(map: ReadonlyMap<K, V>): PersistentMap<K, V> {
    return map instanceof PersistentMap ? map : new PersistentMap(map, new Map(), 0);
  }

  get size(): number {
    return this.base.size + this.added;
  }

  get(key: K): V | undefined {
    return this.delta.size > 0 && this.delta.has(key) ? this.delta.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key) || this.delta.has(key);
  }

  entries(): MapIterator<[K, V]> {
    if (this.delta.size === 0) return this.base.entries() as MapIterator<[K, V]>;
    return this.overlaid() as MapIterator<[K, V]>;
  }

  keys(): MapIterator<K> {
    if (this.delta.size === 0) return this.base.keys() as MapIterator<K>;
    return mapIterator(this.overlaid(), ([k]) => k);
  }

  values(): MapIterator<V> {
    if (this.delta.size === 0) return this.base.values() as MapIterator<V>;
    return mapIterator(this.overlaid(), ([, v]) => v);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  get [Symbol.toStringTag](): string {
    return 'PersistentMap';
  }

  /** A working copy for a fold: changes go to a copy of the delta, never to this map. */
  draft(): MapDraft<K, V> {
    return new MapDraft(this.base, this.delta, this.added);
  }

  private *overlaid(): Generator<[K, V], undefined, unknown> {
    const { base, delta } = this;
    for (const [k, v] of base) yield [k, delta.has(k) ? delta.get(k)! : v];
    for (const [k, v] of delta) if (!base.has(k)) yield [k, v];
    return undefined;
  }

  /** @internal for MapDraft */
  static build<K, V>(base: ReadonlyMap<K, V>, delta: ReadonlyMap<K, V>, added: number): PersistentMap<K, V> {
    return new PersistentMap(base, delta, added);
  }
}

/** A draft of a PersistentMap: the delta is copied at the first change only. */
export class MapDraft<K, V> {
  private own: Map<K, V> | undefined;

  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private delta: ReadonlyMap<K, V>,
    private added: number,
  ) {}

  get(key: K): V | undefined {
    return this.delta.size > 0 && this.delta.has(key) ? this.delta.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key) || this.delta.has(key);
  }

  set(key: K, value: V): this {
    if (!this.own) this.delta = this.own = new Map(this.delta);
    if (!this.base.has(key) && !this.own.has(key)) this.added += 1;
    this.own.set(key, value);
    return this;
  }

  /** The new version; the draft must not be changed afterwards. */
  done(): PersistentMap<K, V> {
    const { base, delta } = this;
    if (delta.size > 32 && delta.size * delta.size > 4 * base.size) {
      const merged = new Map(base);
      for (const [k, v] of delta) merged.set(k, v);
      return PersistentMap.build(merged, new Map(), 0);
    }
    return PersistentMap.build(base, delta, this.added);
  }
}

function mapIterator<T, U>(source: Iterator<T>, f: (t: T) => U): MapIterator<U> {
  const it: MapIterator<U> = {
    next: () => {
      const r = source.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: f(r.value) };
    },
    [Symbol.iterator]: () => it,
  } as MapIterator<U>;
  return it;
}
