import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listKeptAside } from '@/store/kept-aside';
import { FakeStorage } from '@/store/test-storage';
import { loadMembership, loadPending, saveMembership, savePending } from './device-storage';

let storage: FakeStorage;

beforeEach(() => {
  storage = new FakeStorage({});
  vi.stubGlobal('window', { localStorage: storage });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadMembership', () => {
  it('returns what saveMembership stored', () => {
    saveMembership('ABC123', { token: 't', participantId: 'p', name: 'Ana' });
    expect(loadMembership('ABC123')).toEqual({ token: 't', participantId: 'p', name: 'Ana' });
  });

  it.each([
    ['not JSON', 'oops'],
    ['an array', '[]'],
    ['an empty token', '{"token":"","participantId":"p","name":"Ana"}'],
    ['a missing participant', '{"token":"t","name":"Ana"}'],
    ['a name that is not text', '{"token":"t","participantId":"p","name":3}'],
  ])('refuses %s and keeps it aside', (_label, raw) => {
    storage.setItem('cited:classroom:v1:ABC123', raw);
    expect(loadMembership('ABC123')).toBeNull();
    expect(listKeptAside(storage).map((entry) => entry.raw)).toEqual([raw]);
  });
});

describe('loadPending', () => {
  it('returns the answers savePending stored, and nothing when none are', () => {
    expect(loadPending('ABC123')).toEqual([]);
    const pending = [{ questionId: 'q1', choice: 'Seoul', submissionId: 's1' }];
    savePending('ABC123', pending);
    expect(loadPending('ABC123')).toEqual(pending);
  });

  it('refuses a list with one malformed answer whole, and keeps it aside', () => {
    const raw = '[{"questionId":"q1","choice":"Seoul","submissionId":"s1"},{"questionId":"q2"}]';
    storage.setItem('cited:classroom:v1:ABC123:pending', raw);
    expect(loadPending('ABC123')).toEqual([]);
    expect(listKeptAside(storage).map((entry) => entry.raw)).toEqual([raw]);
  });
});
