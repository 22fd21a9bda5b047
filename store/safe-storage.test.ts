import { beforeEach, describe, expect, it } from 'vitest';
import { listKeptAside } from './kept-aside';
import {
  createSafeStorage,
  guardedMerge,
  guardedMigration,
  sealOf,
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
    expect(fake.json('k')).toEqual({ state: { n: 1 }, version: 1, seal: sealOf('{"n":1}') });
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 1 });
    expect(storage.isSealed('k')).toBe(true);
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

describe('sealOf', () => {
  it('is FNV-1a over the text, 8 hex digits', () => {
    // The published FNV-1a 32-bit test vectors.
    expect(sealOf('')).toBe('811c9dc5');
    expect(sealOf('a')).toBe('e40c292c');
    expect(sealOf('foobar')).toBe('bf9cf968');
  });
});

describe('needsValidation', () => {
  const sealed = (state: unknown, version = 1) => {
    const text = JSON.stringify(state);
    return `{"state":${text},"version":${version},"seal":"${sealOf(text)}"}`;
  };

  it.each([
    ['nothing stored', {}, false],
    ['a sealed value of this version', { k: sealed({ n: 1 }) }, false],
    ['a value with no seal (an earlier build)', { k: '{"state":{"n":1},"version":1}' }, true],
    [
      'a value changed after it was sealed',
      { k: sealed({ n: 1 }).replace('"n":1', '"n":2') },
      true,
    ],
    ['a sealed value of another version', { k: sealed({ n: 1 }, 0) }, true],
    ['a value that is not a stored state (kept aside on read)', { k: '{not json' }, false],
  ] as const)('%s: %s', (_case, initial, expected) => {
    const storage = createSafeStorage<{ n: number }>(() => new FakeStorage(initial));
    expect(storage.needsValidation('k', 1)).toBe(expected);
  });

  it('needs none when the browser refuses to be read (the store starts from defaults)', () => {
    const fake = new FakeStorage({ k: '{"state":{"n":1},"version":1}' });
    fake.failReads = true;
    expect(createSafeStorage<{ n: number }>(() => fake).needsValidation('k', 1)).toBe(false);
  });
});

describe('guardedMerge', () => {
  const defaults = () => ({ n: 0 });
  const refuseToRun = () => {
    throw new Error('the validators ran');
  };

  it('takes a sealed value as it is, without running the validators', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage<{ n: number }>(() => fake);
    storage.setItem('k', { state: { n: 7 }, version: 1 });
    const merge = guardedMerge<{ n: number }, { n: number; other: boolean }>(
      storage,
      'k',
      1,
      refuseToRun,
      defaults,
    );
    const read = storage.getItem('k');
    expect(merge(read?.state, { n: 0, other: true })).toEqual({ n: 7, other: true });
  });

  it('validates an unsealed value, and writes it back sealed when every record was read', () => {
    const fake = new FakeStorage({ k: '{"state":{"n":3},"version":1}' });
    const storage = createSafeStorage<{ n: number }>(() => fake);
    const merge = guardedMerge(
      storage,
      'k',
      1,
      (value) => ({ state: value as { n: number }, lost: 0 }),
      defaults,
    );
    expect(merge(storage.getItem('k')?.state, { n: 0 })).toEqual({ n: 3 });
    expect(fake.json('k')).toEqual({ state: { n: 3 }, version: 1, seal: sealOf('{"n":3}') });
    expect(storage.needsValidation('k', 1)).toBe(false);
  });

  it('keeps a damaged value aside whole and does not write over it', () => {
    const raw = '{"state":{"n":"three"},"version":1}';
    const fake = new FakeStorage({ k: raw });
    const storage = createSafeStorage<{ n: number }>(() => fake);
    const merge = guardedMerge(storage, 'k', 1, () => ({ state: { n: 0 }, lost: 1 }), defaults);
    expect(merge(storage.getItem('k')?.state, { n: 5 })).toEqual({ n: 0 });
    expect(fake.data.get('k')).toBe(raw);
    expect(listKeptAside(fake).map(({ key, reason }) => ({ key, reason }))).toEqual([
      { key: 'k', reason: 'damaged' },
    ]);
  });

  it('nothing stored: the defaults (another tab reset the store)', () => {
    const storage = createSafeStorage<{ n: number }>(() => new FakeStorage());
    expect(guardedMerge(storage, 'k', 1, refuseToRun, defaults)(undefined, { n: 5 })).toEqual({
      n: 0,
    });
  });
});
