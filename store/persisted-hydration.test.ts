import { describe, expect, it } from 'vitest';
import v1 from './fixtures/progress.v1.json';
import type { AttemptRecord, ProgressState } from '@/lib/quiz-play/progress-schema';
import { loadMigrations } from './lazy-migrations';
import { createProgressStore } from './progress-store';
import { createSafeStorage } from './safe-storage';
import { FakeStorage } from './test-storage';

// This file never loads the validators up front (unlike the stores' own tests): a store that hydrates
// here without them really needed none, and one that needs them fails until loadMigrations() is called.

const record: AttemptRecord = {
  id: 'a-1',
  mode: 'practice',
  startedAt: '2026-11-28T10:00:00.000Z',
  finishedAt: '2026-11-28T10:05:00.000Z',
  questionIds: ['q-1'],
  answers: { 'q-1': { response: { kind: 'choice', value: 'x' }, correct: true, timeMs: 10 } },
};

const storeOn = (fake: FakeStorage) =>
  createProgressStore(createSafeStorage<ProgressState>(() => fake));

describe('hydrating without the validators', () => {
  it('empty storage and a value this build wrote hydrate without them', async () => {
    const fake = new FakeStorage();
    const first = storeOn(fake);
    expect(first.needsValidators?.()).toBe(false);
    await first.persist.rehydrate();
    expect(first.persist.hasHydrated()).toBe(true);
    first.getState().recordAttempt('quiz-a', record, {});

    const second = storeOn(fake);
    expect(second.needsValidators?.()).toBe(false);
    await second.persist.rehydrate();
    expect(second.persist.hasHydrated()).toBe(true);
    expect(second.getState().quizzes['quiz-a']?.attempts).toEqual([record]);
  });

  it('an earlier build’s value (the frozen v1 fixture, unsealed) waits for them, then is sealed', async () => {
    const fake = new FakeStorage({ 'cited:progress': v1 });
    const store = storeOn(fake);
    expect(store.needsValidators?.()).toBe(true);
    // Without them, hydration does not finish, and nothing is written over the stored value.
    await store.persist.rehydrate()?.catch(() => undefined);
    expect(store.persist.hasHydrated()).toBe(false);
    expect(fake.json('cited:progress')).toEqual(v1);

    await loadMigrations();
    await store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().quizzes).toEqual(v1.state.quizzes);
    expect(storeOn(fake).needsValidators?.()).toBe(false);
  });
});
