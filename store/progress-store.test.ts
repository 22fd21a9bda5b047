import { beforeAll, describe, expect, it } from 'vitest';
import v0 from './fixtures/progress.v0.json';
import v1 from './fixtures/progress.v1.json';
import damaged from './fixtures/cases/progress.v1.one-damaged-record.json';
import newer from './fixtures/cases/progress.v2.from-a-newer-build.json';
import type { AttemptRecord, ProgressState } from '@/lib/quiz-play/progress-schema';
import { createProgressStore } from './progress-store';
import { loadMigrations } from './lazy-migrations';
import { listKeptAside } from './kept-aside';
import { createSafeStorage } from './safe-storage';
import { FakeStorage } from './test-storage';

beforeAll(() => loadMigrations());

function memoryStorage(initial: Record<string, unknown> = {}) {
  const fake = new FakeStorage(initial);
  return { fake, data: fake.data, storage: createSafeStorage<ProgressState>(() => fake) };
}

const record: AttemptRecord = {
  id: 'a-1',
  mode: 'practice',
  startedAt: '2026-11-28T10:00:00.000Z',
  finishedAt: '2026-11-28T10:05:00.000Z',
  questionIds: ['q-1', 'q-2'],
  answers: {
    'q-1': { response: { kind: 'choice', value: 'x' }, correct: true, timeMs: 10 },
    'q-2': { response: { kind: 'choice', value: 'y' }, correct: false, timeMs: 20 },
  },
};
const card = {
  due: '2026-11-29T10:05:00.000Z',
  stability: 0.3,
  difficulty: 7,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
};

describe('progress store', () => {
  it('starts empty and does not read storage until rehydrated (no hydration mismatch)', async () => {
    const { storage } = memoryStorage({ 'cited:progress': v1 });
    const store = createProgressStore(storage);
    expect(store.getState().quizzes).toEqual({});
    await store.persist.rehydrate();
    expect(store.getState().quizzes).toEqual(v1.state.quizzes);
  });

  it('migrates a v0 value on rehydrate and saves it back as v1', async () => {
    const { storage, data } = memoryStorage({ 'cited:progress': v0 });
    const store = createProgressStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().quizzes['korea-foreign-relations']?.legacy).toEqual({
      bestPercent: 85,
      lastPercent: 62,
    });
    store.getState().recordAttempt('other', record, {});
    const saved = JSON.parse(data.get('cited:progress')!);
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.state)).toEqual(['quizzes']);
  });

  it('starts empty from a value it cannot read at all, keeping that value aside', async () => {
    const { storage, fake } = memoryStorage({
      'cited:progress': { state: { quizzes: 3 }, version: 1 },
    });
    const store = createProgressStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().quizzes).toEqual({});
    expect(listKeptAside(fake)).toMatchObject([{ key: 'cited:progress', reason: 'damaged' }]);
  });

  it('keeps every readable record of a damaged value, and the whole value aside, through new attempts', async () => {
    const { storage, fake } = memoryStorage({ 'cited:progress': damaged });
    const store = createProgressStore(storage);
    await store.persist.rehydrate();
    expect(Object.keys(store.getState().quizzes)).toEqual([
      'korea-foreign-relations',
      'my-aa11bb22',
    ]);
    store.getState().recordAttempt('other', record, {});
    // The store wrote its readable state back; the original, damaged record included, is kept aside.
    const saved = fake.json('cited:progress') as { state: ProgressState };
    expect(Object.keys(saved.state.quizzes).sort()).toEqual([
      'korea-foreign-relations',
      'my-aa11bb22',
      'other',
    ]);
    const [kept] = listKeptAside(fake);
    expect(kept).toMatchObject({ key: 'cited:progress', reason: 'damaged', lost: 1 });
    expect(JSON.parse(kept?.raw ?? '')).toEqual(damaged);
  });

  it('keeps a newer build’s value aside instead of migrating it to nothing', async () => {
    const { storage, fake } = memoryStorage({ 'cited:progress': newer });
    const store = createProgressStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().quizzes).toEqual({});
    const [kept] = listKeptAside(fake);
    expect(kept).toMatchObject({ key: 'cited:progress', reason: 'newer', version: 2 });
    expect(JSON.parse(kept?.raw ?? '')).toEqual(newer);
  });

  it('records an attempt: history per question, cards for scheduled ones, attempts kept', () => {
    const store = createProgressStore(memoryStorage().storage);
    store.getState().recordAttempt('quiz', record, { 'q-2': card });
    store.getState().recordAttempt('quiz', { ...record, id: 'a-2' }, { 'q-2': undefined });
    const quiz = store.getState().quizzes.quiz!;
    expect(quiz.attempts.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(quiz.questions['q-1']).toEqual({
      history: [
        { at: record.finishedAt, correct: true },
        { at: record.finishedAt, correct: true },
      ],
    });
    // An answer that returns no new card keeps the one already scheduled.
    expect(quiz.questions['q-2']?.card).toEqual(card);
  });

  it('records the same attempt only once', () => {
    const store = createProgressStore(memoryStorage().storage);
    store.getState().recordAttempt('quiz', record, {});
    store.getState().recordAttempt('quiz', record, {});
    expect(store.getState().quizzes.quiz!.attempts).toHaveLength(1);
  });

  it('persists only the allow-listed state, and reset empties it', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage);
    store.getState().recordAttempt('quiz', record, {});
    expect(Object.keys(JSON.parse(data.get('cited:progress')!).state)).toEqual(['quizzes']);
    store.getState().reset();
    expect(JSON.parse(data.get('cited:progress')!).state).toEqual({ quizzes: {} });
  });
});
