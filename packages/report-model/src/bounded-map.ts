/**
 * Caches kept between lints are keyed by words read from texts: a long-running process (the language
 * server, a batch of thousands of reports) must not grow them without end. These empty themselves
 * when a new key would take them past `max` entries; a cache refills with what is asked again.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** A Set that empties itself when a new value would take it past `max` entries (see BoundedMap). */
export class BoundedSet<T> extends Set<T> {
  constructor(readonly max: number) {
    super();
  }

  override add(value: T): this {
    if (this.size >= this.max && !this.has(value)) this.clear();
    return super.add(value);
  }
}
