import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type {
  AttemptRecord,
  ProgressState,
  QuizProgress,
  ReviewCard,
} from '@/lib/quiz-play/progress-schema';
import { createPersistedStoreContext, type PersistedStoreApi } from './persisted-store-context';
import { defaultProgress, PROGRESS_KEY, PROGRESS_VERSION } from './persist-config';
import { migrations } from './lazy-migrations';
import { createSafeStorage, guardedMerge, guardedMigration } from './safe-storage';

/** Long-lived: every finished attempt, per-question history and the review schedule, per quiz. */
export interface ProgressActions {
  recordAttempt: (
    slug: string,
    record: AttemptRecord,
    cards: Readonly<Record<string, ReviewCard | undefined>>,
  ) => void;
  replaceAll: (state: ProgressState) => void;
  reset: () => void;
}
export type ProgressStore = ProgressState & ProgressActions;

const MAX_ATTEMPTS = 50;
const MAX_HISTORY = 30;

/** Pure: the progress after one finished attempt. */
export function withAttempt(
  state: ProgressState,
  slug: string,
  record: AttemptRecord,
  cards: Readonly<Record<string, ReviewCard | undefined>>,
): ProgressState {
  const quiz: QuizProgress = state.quizzes[slug] ?? { attempts: [], questions: {} };
  const questions = { ...quiz.questions };
  for (const [id, answer] of Object.entries(record.answers)) {
    const previous = questions[id] ?? { history: [] };
    const card = cards[id] ?? previous.card;
    questions[id] = {
      history: [...previous.history, { at: record.finishedAt, correct: answer.correct }].slice(
        -MAX_HISTORY,
      ),
      ...(card ? { card } : {}),
    };
  }
  return {
    quizzes: {
      ...state.quizzes,
      [slug]: {
        ...quiz,
        attempts: [...quiz.attempts.filter((a) => a.id !== record.id), record].slice(-MAX_ATTEMPTS),
        questions,
      },
    },
  };
}

export function createProgressStore(
  storage = createSafeStorage<ProgressState>(),
): PersistedStoreApi<ProgressStore> {
  const migrate = guardedMigration(
    storage,
    PROGRESS_KEY,
    PROGRESS_VERSION,
    (persisted, version) => migrations().migrateProgressReport(persisted, version),
    defaultProgress,
  );
  const merge = guardedMerge<ProgressState, ProgressStore>(
    storage,
    PROGRESS_KEY,
    PROGRESS_VERSION,
    (persisted, version) => migrations().migrateProgressReport(persisted, version),
    defaultProgress,
  );
  const store = createStore<ProgressStore>()(
    persist(
      (set) => ({
        ...defaultProgress(),
        recordAttempt: (slug, record, cards) =>
          set((state) => withAttempt(state, slug, record, cards)),
        replaceAll: (next) => set({ quizzes: next.quizzes }),
        reset: () => set(defaultProgress()),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage,
        skipHydration: true,
        partialize: (state): ProgressState => ({ quizzes: state.quizzes }),
        migrate,
        // Same-version values skip migrate: merge checks their seal, or validates them record by record
        // (what cannot be read is kept aside, never written over).
        merge,
      },
    ),
  ) as PersistedStoreApi<ProgressStore>;
  store.needsValidators = () => storage.needsValidation(PROGRESS_KEY, PROGRESS_VERSION);
  return store;
}

const context = createPersistedStoreContext('ProgressStoreProvider', () => createProgressStore(), {
  syncAcrossTabs: true,
});
export const ProgressStoreProvider = context.Provider;
export const useProgressStore = context.useSelector;
export const useProgressStoreApi = context.useStoreApi;
export const useProgressHydrated = context.useHydrated;
