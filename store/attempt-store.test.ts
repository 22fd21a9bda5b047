import { beforeAll, describe, expect, it } from 'vitest';
import v1 from './fixtures/attempt.v1.json';
import type { AnswerRecord, AttemptState } from '@/lib/quiz-play/progress-schema';
import { createAttemptStore } from './attempt-store';
import { loadMigrations } from './lazy-migrations';
import { createSafeStorage } from './safe-storage';
import { FakeStorage } from './test-storage';

beforeAll(() => loadMigrations());

const slug = 'korea-foreign-relations';
const typedWrong: AnswerRecord = {
  response: { kind: 'text', value: 'Sunshine policy' },
  correct: false,
  timeMs: 5000,
};

function started() {
  const fake = new FakeStorage();
  const store = createAttemptStore(createSafeStorage<AttemptState>(() => fake));
  store.getState().start(slug, {
    id: 'a-1',
    mode: 'practice',
    seed: 1,
    questionIds: ['q-typed', 'q-choice', 'q-right'],
    at: '2026-12-01T10:00:00.000Z',
  });
  return { fake, store };
}

const answerOf = (store: ReturnType<typeof started>['store'], id: string) =>
  store.getState().attempts[slug]?.answers[id];

describe('attempt store: "I was right"', () => {
  it('counts a typed answer marked wrong as right, recorded as the learner’s own call', () => {
    const { store, fake } = started();
    store.getState().answer(slug, 'q-typed', typedWrong);
    store.getState().countAsRight(slug, 'q-typed');
    expect(answerOf(store, 'q-typed')).toEqual({
      ...typedWrong,
      correct: true,
      selfOverride: true,
    });
    // Persisted at the current version, so a reload keeps it.
    expect(fake.json('cited:attempt')).toMatchObject({
      version: 2,
      state: { attempts: { [slug]: { answers: { 'q-typed': { selfOverride: true } } } } },
    });
  });

  it('refuses a choice, an answer marked right, a question not answered and a finished attempt', () => {
    const { store } = started();
    const choice: AnswerRecord = {
      response: { kind: 'choice', value: 'x' },
      correct: false,
      timeMs: 1,
    };
    const right: AnswerRecord = { ...typedWrong, correct: true };
    store.getState().answer(slug, 'q-choice', choice);
    store.getState().answer(slug, 'q-right', right);
    for (const id of ['q-choice', 'q-right', 'q-typed']) store.getState().countAsRight(slug, id);
    expect(answerOf(store, 'q-choice')).toEqual(choice);
    expect(answerOf(store, 'q-right')).toEqual(right);
    expect(answerOf(store, 'q-typed')).toBeUndefined();

    store.getState().answer(slug, 'q-typed', typedWrong);
    store.getState().finish(slug, '2026-12-01T10:10:00.000Z');
    store.getState().countAsRight(slug, 'q-typed');
    expect(answerOf(store, 'q-typed')).toEqual(typedWrong);
  });

  it('can be undone while its question is on screen, not after moving on', () => {
    const { store } = started();
    store.getState().answer(slug, 'q-typed', typedWrong);
    store.getState().countAsRight(slug, 'q-typed');
    store.getState().undoCountAsRight(slug, 'q-typed');
    expect(answerOf(store, 'q-typed')).toEqual(typedWrong);

    store.getState().countAsRight(slug, 'q-typed');
    store.getState().goTo(slug, 1);
    store.getState().undoCountAsRight(slug, 'q-typed');
    expect(answerOf(store, 'q-typed')).toMatchObject({ correct: true, selfOverride: true });
  });

  it('loads an attempt a version 1 build stored, and writes it back at version 2', async () => {
    const fake = new FakeStorage({ 'cited:attempt': v1 });
    const store = createAttemptStore(createSafeStorage<AttemptState>(() => fake));
    await store.persist.rehydrate();
    expect(store.getState().attempts).toEqual(v1.state.attempts);
    expect(fake.json('cited:attempt')).toMatchObject({ version: 2, state: v1.state });
  });
});
