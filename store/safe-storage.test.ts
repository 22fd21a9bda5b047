import { beforeEach, describe, expect, it } from 'vitest';
import { listKeptAside } from './kept-aside';
import {
  createSafeStorage,
  guardedMigration,
  resetStorageProblemForTests,
  storageProblem,
} from './safe-storage';
import { FakeStorage } from './test-storage';

beforeEach(() => resetStorageProblemForTests());

describe('createSafeStorage', () => {
  it('round-trips values through the storage', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage<{ n: number }>(() => fake);
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    expect(fake.json('k')).toEqual({ state: { n: 1 }, version: 1 });
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 1 });
    expect(storageProblem.get()).toBe(false);
  });

  it('keeps a value that is not JSON, or has no state or version, aside and reads it as nothing', () => {
    const fake = new FakeStorage({ bad: '{not json', old: '{"state":{"a":1}}', odd: '42' });
    const storage = createSafeStorage<unknown>(() => fake);
    expect(storage.getItem('bad')).toBeNull();
    expect(storage.getItem('old')).toBeNull();
    expect(storage.getItem('odd')).toBeNull();
    expect(listKeptAside(fake).map(({ key, reason, raw }) => ({ key, reason, raw }))).toEqual([
      { key: 'bad', reason: 'unreadable', raw: '{not json' },
      { key: 'old', reason: 'unreadable', raw: '{"state":{"a":1}}' },
      { key: 'odd', reason: 'unreadable', raw: '42' },
    ]);
    // Read again (another page load): kept aside once, not twice.
    createSafeStorage<unknown>(() => fake).getItem('bad');
    expect(listKeptAside(fake)).toHaveLength(3);
    // The originals are still there until the store writes something new.
    expect(fake.data.get('bad')).toBe('{not json');
  });

  it('never writes over a value it could not copy aside', () => {
    const fake = new FakeStorage({ k: '{not json' });
    fake.failWrites = (key) => key.startsWith('cited:kept-aside:');
    const storage = createSafeStorage<{ n: number }>(() => fake);
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    expect(fake.data.get('k')).toBe('{not json');
    // The page goes on in memory, and says that this browser is not saving.
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 1 });
    expect(storageProblem.get()).toBe(true);
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

describe('guardedMigration', () => {
  const migrateList = (persisted: unknown) => {
    const items = Array.isArray(persisted) ? persisted : [];
    const numbers = items.filter((item): item is number => typeof item === 'number');
    return { state: numbers, lost: items.length - numbers.length };
  };

  it('keeps a value from a newer version aside and starts from defaults', () => {
    const fake = new FakeStorage({ k: { state: [1, 2], version: 5 } });
    const storage = createSafeStorage<number[]>(() => fake);
    const migrate = guardedMigration(storage, 'k', 1, migrateList, () => []);
    const read = storage.getItem('k');
    expect(migrate(read?.state, read?.version ?? 0)).toEqual([]);
    expect(listKeptAside(fake)).toMatchObject([{ key: 'k', reason: 'newer', version: 5 }]);
  });

  it('keeps the readable records and the whole value aside when some are damaged', () => {
    const fake = new FakeStorage({ k: { state: [1, 'x', 3], version: 1 } });
    const storage = createSafeStorage<number[]>(() => fake);
    const migrate = guardedMigration(storage, 'k', 1, migrateList, () => []);
    expect(migrate(storage.getItem('k')?.state, 1)).toEqual([1, 3]);
    const [kept] = listKeptAside(fake);
    expect(kept).toMatchObject({ key: 'k', reason: 'damaged', lost: 1, seen: false });
    expect(JSON.parse(kept?.raw ?? '')).toEqual({ state: [1, 'x', 3], version: 1 });
  });

  it('keeps nothing aside when everything could be read', () => {
    const fake = new FakeStorage({ k: { state: [1, 2], version: 1 } });
    const storage = createSafeStorage<number[]>(() => fake);
    const migrate = guardedMigration(storage, 'k', 1, migrateList, () => []);
    expect(migrate(storage.getItem('k')?.state, 1)).toEqual([1, 2]);
    expect(listKeptAside(fake)).toEqual([]);
  });
});
