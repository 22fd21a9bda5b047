import { describe, expect, it } from 'vitest';
import { SharedReads } from './fanout';

/** A store whose session version the test moves, counting reads. */
function fakeStore() {
  const store = {
    version: 1,
    reads: 0,
    read: async (sessionId: string) => {
      store.reads++;
      const version = store.version;
      await Promise.resolve();
      return sessionId === 'gone' ? null : { state: { version } };
    },
  };
  return store;
}

describe('SharedReads.get', () => {
  it('reads once for every stream that hears of the same change', async () => {
    const store = fakeStore();
    const reads = new SharedReads(store.read);
    store.version = 5;
    const states = await Promise.all(Array.from({ length: 500 }, () => reads.get('s1', 5)));
    expect(store.reads).toBe(1);
    expect(new Set(states.map((state) => state?.state.version))).toEqual(new Set([5]));
  });

  it('reads again for a newer change, and for each session apart', async () => {
    const store = fakeStore();
    const reads = new SharedReads(store.read);
    store.version = 5;
    await reads.get('s1', 5);
    await reads.get('s2', 5);
    store.version = 6;
    expect((await reads.get('s1', 6))?.state.version).toBe(6);
    // An older announcement arriving late is served by the newer read.
    expect((await reads.get('s1', 5))?.state.version).toBe(6);
    expect(store.reads).toBe(3);
    expect(await reads.get('gone', 1)).toBeNull();
  });

  it('keeps no failed read: the next ask tries again', async () => {
    let fail = true;
    const reads = new SharedReads(async () => {
      if (fail) throw new Error('the database is away');
      return { state: { version: 2 } };
    });
    await expect(reads.get('s1', 2)).rejects.toThrow('the database is away');
    fail = false;
    expect(await reads.get('s1', 2)).toEqual({ state: { version: 2 } });
  });
});
