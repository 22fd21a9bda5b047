import { describe, expect, it } from 'vitest';
import {
  deleteKeptAside,
  describeKeptAside,
  keepAside,
  keptAsideFile,
  listKeptAside,
  markKeptAsideSeen,
} from './kept-aside';
import { FakeStorage } from './test-storage';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('kept-aside copies', () => {
  it('are listed oldest first, marked seen, downloaded whole and deleted one by one', () => {
    const fake = new FakeStorage({ 'cited:progress': 'x' });
    keepAside(fake, { key: 'cited:progress', reason: 'newer', version: 2, raw: '{"v":2}' }, at);
    keepAside(
      fake,
      { key: 'cited:settings', reason: 'unreadable', raw: 'oops' },
      new Date('2026-12-01T11:00:00.000Z'),
    );
    const entries = listKeptAside(fake);
    expect(entries.map((entry) => [entry.key, entry.seen])).toEqual([
      ['cited:progress', false],
      ['cited:settings', false],
    ]);
    markKeptAsideSeen(fake, [entries[0]?.id ?? '']);
    expect(listKeptAside(fake).map((entry) => entry.seen)).toEqual([true, false]);
    expect(keptAsideFile(listKeptAside(fake), at)).toEqual({
      format: 'cited-kept-aside',
      exportedAt: at.toISOString(),
      entries: [
        {
          key: 'cited:progress',
          reason: 'newer',
          version: 2,
          lost: undefined,
          savedAt: at.toISOString(),
          raw: '{"v":2}',
        },
        {
          key: 'cited:settings',
          reason: 'unreadable',
          version: undefined,
          lost: undefined,
          savedAt: '2026-12-01T11:00:00.000Z',
          raw: 'oops',
        },
      ],
    });
    deleteKeptAside(fake, entries[1]?.id ?? '');
    expect(listKeptAside(fake).map((entry) => entry.key)).toEqual(['cited:progress']);
  });

  it('reports that a copy could not be written', () => {
    const fake = new FakeStorage();
    fake.failWrites = true;
    expect(keepAside(fake, { key: 'k', reason: 'unreadable', raw: 'x' })).toBe(false);
    expect(keepAside(undefined, { key: 'k', reason: 'unreadable', raw: 'x' })).toBe(false);
  });

  it.each([
    [
      { key: 'cited:progress', reason: 'newer' as const },
      'your progress, saved by a newer version of Cited',
    ],
    [
      { key: 'cited:progress', reason: 'damaged' as const, lost: 1 },
      'one part of your progress, which could not be read (the rest is in use)',
    ],
    [
      { key: 'cited:settings', reason: 'unreadable' as const },
      'your settings, which could not be read at all',
    ],
  ])('describes %j', (entry, text) => {
    expect(describeKeptAside(entry)).toBe(text);
  });
});
