import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { AttemptMode } from '@/lib/quiz-play/attempt-plan';
import type { AnswerRecord, Attempt, AttemptState } from '@/lib/quiz-play/progress-schema';
import { defaultAttempts, ATTEMPT_KEY, ATTEMPT_VERSION } from './persist-config';
import { migrations } from './lazy-migrations';
import { createPersistedStoreContext, type PersistedStoreApi } from './persisted-store-context';
import { createSafeStorage, guardedMerge, guardedMigration } from './safe-storage';

/** Short-lived: the attempt in progress per quiz (kept after it finishes, so its results survive a reload). */
export interface AttemptActions {
  start: (
    slug: string,
    plan: { id: string; mode: AttemptMode; seed: number; questionIds: string[]; at: string },
  ) => void;
  answer: (slug: string, questionId: string, record: AnswerRecord) => void;
  /**
   * "I was right": a typed answer marked wrong counts as right, recorded as the learner's own call. Only
   * a typed answer marked wrong, once; undone only while its question is still the one on screen.
   */
  countAsRight: (slug: string, questionId: string) => void;
  undoCountAsRight: (slug: string, questionId: string) => void;
  goTo: (slug: string, index: number) => void;
  finish: (slug: string, at: string) => void;
  discard: (slug: string) => void;
}
export type AttemptStore = AttemptState & AttemptActions;

function update(
  state: AttemptState,
  slug: string,
  change: (attempt: Attempt) => Attempt,
): Partial<AttemptState> {
  const attempt = state.attempts[slug];
  return attempt ? { attempts: { ...state.attempts, [slug]: change(attempt) } } : {};
}

export function createAttemptStore(
  storage = createSafeStorage<AttemptState>(),
): PersistedStoreApi<AttemptStore> {
  const migrate = guardedMigration(
    storage,
    ATTEMPT_KEY,
    ATTEMPT_VERSION,
    (persisted, version) => migrations().migrateAttemptsReport(persisted, version),
    defaultAttempts,
  );
  const merge = guardedMerge<AttemptState, AttemptStore>(
    storage,
    ATTEMPT_KEY,
    ATTEMPT_VERSION,
    (persisted, version) => migrations().migrateAttemptsReport(persisted, version),
    defaultAttempts,
  );
  const store = createStore<AttemptStore>()(
    persist(
      (set) => ({
        ...defaultAttempts(),
        start: (slug, plan) =>
          set((state) => ({
            attempts: {
              ...state.attempts,
              [slug]: {
                id: plan.id,
                slug,
                mode: plan.mode,
                seed: plan.seed,
                questionIds: plan.questionIds,
                index: 0,
                answers: {},
                startedAt: plan.at,
              },
            },
          })),
        answer: (slug, questionId, record) =>
          set((state) =>
            update(state, slug, (attempt) =>
              // An answer is final: feedback has been seen, so it cannot be changed afterwards.
              attempt.answers[questionId] || attempt.finishedAt
                ? attempt
                : { ...attempt, answers: { ...attempt.answers, [questionId]: record } },
            ),
          ),
        countAsRight: (slug, questionId) =>
          set((state) =>
            update(state, slug, (attempt) => {
              const record = attempt.answers[questionId];
              if (attempt.finishedAt || !record || record.correct) return attempt;
              if (record.response.kind !== 'text') return attempt;
              const counted: AnswerRecord = { ...record, correct: true, selfOverride: true };
              return { ...attempt, answers: { ...attempt.answers, [questionId]: counted } };
            }),
          ),
        undoCountAsRight: (slug, questionId) =>
          set((state) =>
            update(state, slug, (attempt) => {
              const record = attempt.answers[questionId];
              const onScreen = attempt.questionIds[attempt.index] === questionId;
              if (attempt.finishedAt || !record?.selfOverride || !onScreen) return attempt;
              const { selfOverride: _undone, ...marked } = record;
              const asMarked: AnswerRecord = { ...marked, correct: false };
              return { ...attempt, answers: { ...attempt.answers, [questionId]: asMarked } };
            }),
          ),
        goTo: (slug, index) =>
          set((state) =>
            update(state, slug, (attempt) =>
              index >= 0 && index < attempt.questionIds.length ? { ...attempt, index } : attempt,
            ),
          ),
        finish: (slug, at) =>
          set((state) =>
            update(state, slug, (attempt) =>
              attempt.finishedAt ? attempt : { ...attempt, finishedAt: at },
            ),
          ),
        discard: (slug) =>
          set((state) => {
            const { [slug]: _dropped, ...rest } = state.attempts;
            return { attempts: rest };
          }),
      }),
      {
        name: ATTEMPT_KEY,
        version: ATTEMPT_VERSION,
        storage,
        skipHydration: true,
        partialize: (state): AttemptState => ({ attempts: state.attempts }),
        migrate,
        // Same-version values skip migrate: merge checks their seal, or validates them record by record
        // (what cannot be read is kept aside, never written over).
        merge,
      },
    ),
  ) as PersistedStoreApi<AttemptStore>;
  store.needsValidators = () => storage.needsValidation(ATTEMPT_KEY, ATTEMPT_VERSION);
  return store;
}

const context = createPersistedStoreContext('AttemptStoreProvider', () => createAttemptStore());
export const AttemptStoreProvider = context.Provider;
export const useAttemptStore = context.useSelector;
export const useAttemptStoreApi = context.useStoreApi;
export const useAttemptHydrated = context.useHydrated;
