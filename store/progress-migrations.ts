import * as z from 'zod/mini';
import {
  attemptRecordSchema,
  progressStateV0Schema,
  questionProgressSchema,
  quizProgressSchema,
  type AttemptRecord,
  type ProgressState,
  type QuestionProgress,
  type QuizProgress,
} from '@/lib/quiz-play/progress-schema';

import { defaultProgress } from './persist-config';
import type { Migrated } from './safe-storage';

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

const quizShape = z.object({
  attempts: z.array(z.unknown()),
  questions: z.record(z.string(), z.unknown()),
  legacy: z.optional(z.unknown()),
});
const legacySchema = quizProgressSchema.def.shape.legacy;

/**
 * Version 1, record by record: a damaged attempt, question entry or legacy score is dropped alone, and a
 * quiz whose frame is damaged alone; everything readable is kept. `lost` counts what was dropped.
 */
function fromV1(persisted: unknown): Migrated<ProgressState> | null {
  const outer = z.object({ quizzes: z.record(z.string(), z.unknown()) }).safeParse(persisted);
  if (!outer.success) return null;
  let lost = 0;
  const quizzes: Record<string, QuizProgress> = {};
  for (const [slug, value] of Object.entries(outer.data.quizzes)) {
    const frame = quizShape.safeParse(value);
    if (!frame.success) {
      lost++;
      continue;
    }
    const attempts: AttemptRecord[] = [];
    for (const attempt of frame.data.attempts) {
      const parsed = attemptRecordSchema.safeParse(attempt);
      if (parsed.success) attempts.push(parsed.data);
      else lost++;
    }
    const questions: Record<string, QuestionProgress> = {};
    for (const [id, question] of Object.entries(frame.data.questions)) {
      const parsed = questionProgressSchema.safeParse(question);
      if (parsed.success) questions[id] = parsed.data;
      else lost++;
    }
    const legacy = legacySchema.safeParse(frame.data.legacy);
    if (!legacy.success) lost++;
    quizzes[slug] = {
      attempts,
      questions,
      ...(legacy.success && legacy.data ? { legacy: legacy.data } : {}),
    };
  }
  return { state: { quizzes }, lost };
}

/**
 * A stored value of a known version → the current shape, or null when it is not valid for that version.
 * A file being imported must be whole: any damaged record refuses it.
 */
export function upgradeProgress(
  persisted: unknown,
  version: number,
  now: Date = new Date(),
): ProgressState | null {
  if (version === 0) return fromV0(persisted, now);
  if (version === 1) {
    const read = fromV1(persisted);
    return read && read.lost === 0 ? read.state : null;
  }
  return null;
}

/**
 * Any stored value of any version → the current shape, keeping every readable record, with how many
 * could not be read (all of it, 1, for a value that is not progress at all). Never throws.
 */
export function migrateProgressReport(
  persisted: unknown,
  version: number,
  now: Date = new Date(),
): Migrated<ProgressState> {
  if (version === 0) {
    const state = fromV0(persisted, now);
    return state ? { state, lost: 0 } : { state: defaultProgress(), lost: 1 };
  }
  if (version === 1) return fromV1(persisted) ?? { state: defaultProgress(), lost: 1 };
  return { state: defaultProgress(), lost: 1 };
}

/** Any stored value of any version → the current shape; never throws, falls back to empty progress. */
export function migrateProgress(
  persisted: unknown,
  version: number,
  now: Date = new Date(),
): ProgressState {
  return migrateProgressReport(persisted, version, now).state;
}
