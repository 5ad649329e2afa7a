/**
 * A small least-recently-used map with a fixed number of entries. Statements composed from
 * a request's shape (the filters in use, the fields selected, the relation types asked for)
 * are kept so a repeated shape skips composing them; the number of shapes grows with what
 * clients send, so the cache must forget, or a stream of distinct shapes grows memory for
 * as long as the process lives. Each cache holds at most `capacity` entries; reading an
 * entry makes it the most recent, and adding one past the limit drops the least recent.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a cache needs room for at least one entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // A Map iterates in insertion order: re-inserting moves the entry to the most recent end.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** The value kept under `key`, or the one `make` builds, kept for next time. */
  getOrCreate(key: K, make: () => V): V {
    const found = this.get(key);
    if (found !== undefined) return found;
    const value = make();
    this.set(key, value);
    return value;
  }
}

/**
 * Entries each statement cache keeps. Clients in practice use a few dozen shapes; a
 * composed statement is a few kilobytes, so a full cache holds at most a few megabytes.
 */
export const STATEMENT_CACHE_ENTRIES = 500;
