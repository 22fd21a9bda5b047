/**
 * An in-memory `Storage` for store tests, which can be told to fail like private mode (reads and writes
 * throw) or a full disk (writes throw), or only for some keys.
 */
export class FakeStorage implements Storage {
  data = new Map<string, string>();
  failReads = false;
  failWrites: boolean | ((key: string) => boolean) = false;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) {
      this.data.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const fail = typeof this.failWrites === 'function' ? this.failWrites(key) : this.failWrites;
    if (fail) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  /** The stored value of `key`, parsed. */
  json(key: string): unknown {
    const raw = this.data.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }
}
