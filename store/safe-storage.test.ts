import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorage, resetStorageProblemForTests, storageProblem } from './safe-storage';

/** An in-memory Storage that can be told to fail like private mode or a full disk. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  failReads = false;
  failWrites = false;
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
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

beforeEach(() => resetStorageProblemForTests());

describe('createSafeStorage', () => {
  it('round-trips values through the storage', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage<{ n: number }>(() => fake);
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    expect(JSON.parse(fake.data.get('k')!)).toEqual({ state: { n: 1 }, version: 1 });
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 1 });
    expect(storageProblem.get()).toBe(false);
  });

  it('reads corrupted or versionless values as version -1, so migrate resets them', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage<unknown>(() => fake);
    fake.data.set('bad', '{not json');
    fake.data.set('old', '{"state":{"a":1}}');
    fake.data.set('odd', '42');
    expect(storage.getItem('bad')).toEqual({ state: {}, version: -1 });
    expect(storage.getItem('old')).toEqual({ state: { a: 1 }, version: -1 });
    expect(storage.getItem('odd')).toEqual({ state: {}, version: -1 });
  });

  it('keeps working in memory when writes fail (quota), and reports it once', () => {
    const fake = new FakeStorage();
    fake.failWrites = true;
    const storage = createSafeStorage<{ n: number }>(() => fake);
    let calls = 0;
    const stop = storageProblem.subscribe(() => calls++);
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    storage.setItem('k', { state: { n: 2 }, version: 1 });
    expect(storage.getItem('k')).toEqual({ state: { n: 2 }, version: 1 });
    expect(storageProblem.get()).toBe(true);
    expect(calls).toBe(1);
    stop();
  });

  it('survives storage that throws on every access (private mode, SecurityError)', () => {
    const storage = createSafeStorage<{ n: number }>(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', { state: { n: 3 }, version: 1 });
    expect(storage.getItem('k')).toEqual({ state: { n: 3 }, version: 1 });
    expect(() => storage.removeItem('k')).not.toThrow();
    expect(storageProblem.get()).toBe(true);
  });
});
