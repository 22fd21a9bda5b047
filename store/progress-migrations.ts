import {
  progressStateSchema,
  progressStateV0Schema,
  type ProgressState,
  type QuizProgress,
} from '@/lib/quiz-play/progress-schema';

import { defaultProgress } from './persist-config';

export { defaultProgress, PROGRESS_KEY, PROGRESS_VERSION } from './persist-config';

const clampPercent = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

/**
 * v0 (the prototype) kept a best and last percentage and the ids missed last time. Scores carry over as
 * `legacy`; each missed question enters the review schedule as a new card due now, as ts-fsrs's
 * createEmptyCard would make it.
 */
function fromV0(persisted: unknown, now: Date): ProgressState | null {
  const parsed = progressStateV0Schema.safeParse(persisted);
  if (!parsed.success) return null;
  const due = now.toISOString();
  const quizzes: Record<string, QuizProgress> = {};
  for (const [slug, score] of Object.entries(parsed.data.scores)) {
    quizzes[slug] = {
      attempts: [],
      legacy: { bestPercent: clampPercent(score.best), lastPercent: clampPercent(score.last) },
      questions: Object.fromEntries(
        score.missed.map((id) => [
          id,
          {
            history: [],
            card: {
              due,
              stability: 0,
              difficulty: 0,
              elapsedDays: 0,
              scheduledDays: 0,
              learningSteps: 0,
              reps: 0,
              lapses: 0,
              state: 0,
            },
          },
        ]),
      ),
    };
  }
  return { quizzes };
}

/** A stored value of a known version → the current shape, or null when it is not valid for that version. */
export function upgradeProgress(
  persisted: unknown,
  version: number,
  now: Date = new Date(),
): ProgressState | null {
  if (version === 0) return fromV0(persisted, now);
  if (version === 1) {
    const parsed = progressStateSchema.safeParse(persisted);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

/** Any stored value of any version → the current shape; never throws, falls back to empty progress. */
export function migrateProgress(
  persisted: unknown,
  version: number,
  now: Date = new Date(),
): ProgressState {
  return upgradeProgress(persisted, version, now) ?? defaultProgress();
}
