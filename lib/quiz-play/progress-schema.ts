// zod/mini keeps the validators tree-shakable: these run in the browser on every page load.
import * as z from 'zod/mini';
import { ATTEMPT_MODES } from './attempt-plan';
import { TEXT_SIZES, THEMES } from './settings-options';

/**
 * The shapes a learner's browser keeps. They are validated whenever they cross a trust boundary
 * (localStorage on load, an imported file), and each persisted version has a frozen fixture in store/fixtures.
 */

const count = z.int().check(z.nonnegative());
const isoDate = z.string().check(z.minLength(10));

export const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), value: z.string() }),
  z.object({ kind: z.literal('text'), value: z.string() }),
  z.object({ kind: z.literal('order'), value: z.array(z.string()) }),
  z.object({ kind: z.literal('pairs'), value: z.array(z.string()) }),
]);

export const partsSchema = z.object({ right: count, total: count });

/**
 * One answered question of an attempt. `selfOverride`: tolerant matching marked this typed answer wrong
 * and the learner counted it as right ("I was right"), so `correct` is true; only ever on a text response.
 */
export const answerRecordSchema = z
  .object({
    response: responseSchema,
    correct: z.boolean(),
    timeMs: count,
    parts: z.optional(partsSchema),
    selfOverride: z.optional(z.literal(true)),
  })
  .check(
    z.refine(
      (record) => !record.selfOverride || (record.correct && record.response.kind === 'text'),
      {
        message: 'only a typed answer counted as right can be a self-override',
      },
    ),
  );
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const attemptModeSchema = z.enum(ATTEMPT_MODES);

// ---- attempt store ('cited:attempt'): the attempt in progress (or just finished) per quiz ----

export const attemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  slug: z.string().check(z.minLength(1)),
  mode: attemptModeSchema,
  /** Shuffles questions and options; stored so a reload does not reshuffle. */
  seed: z.int(),
  /** The questions of this attempt, in the order they are asked. */
  questionIds: z.array(z.string()),
  /** The question on screen (0-based position in questionIds). */
  index: count,
  answers: z.record(z.string(), answerRecordSchema),
  startedAt: isoDate,
  finishedAt: z.optional(isoDate),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptStateSchema = z.object({ attempts: z.record(z.string(), attemptSchema) });
export type AttemptState = z.infer<typeof attemptStateSchema>;

// ---- progress store ('cited:progress'): long-lived history and the review schedule ----

export const attemptRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  mode: attemptModeSchema,
  startedAt: isoDate,
  finishedAt: isoDate,
  /** Questions the attempt asked (all of the quiz, or the missed / due ones). */
  questionIds: z.array(z.string()),
  answers: z.record(z.string(), answerRecordSchema),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

/** A ts-fsrs card, with dates as ISO strings so it survives JSON. */
export const reviewCardSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.int(),
  lastReview: z.optional(isoDate),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

export const questionProgressSchema = z.object({
  /** Every answer to this question across attempts, oldest first (capped). */
  history: z.array(z.object({ at: isoDate, correct: z.boolean() })),
  /** Present once the question has been missed: it is then in the spaced-repetition schedule. */
  card: z.optional(reviewCardSchema),
});
export type QuestionProgress = z.infer<typeof questionProgressSchema>;

export const quizProgressSchema = z.object({
  attempts: z.array(attemptRecordSchema),
  questions: z.record(z.string(), questionProgressSchema),
  /** Scores carried over from the v0 prototype, which kept percentages but not attempts. */
  legacy: z.optional(z.object({ bestPercent: count, lastPercent: count })),
});
export type QuizProgress = z.infer<typeof quizProgressSchema>;

export const progressStateSchema = z.object({ quizzes: z.record(z.string(), quizProgressSchema) });
export type ProgressState = z.infer<typeof progressStateSchema>;

/** The v0 prototype's shape (percentages and missed ids only), kept to migrate from forever. */
export const progressStateV0Schema = z.object({
  scores: z.record(
    z.string(),
    z.object({ best: z.number(), last: z.number(), missed: z.array(z.string()) }),
  ),
});
export type ProgressStateV0 = z.infer<typeof progressStateV0Schema>;

// ---- settings store ('cited:settings') ----

export { TEXT_SIZES, THEMES };

export const settingsStateSchema = z.object({
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  /** Show elapsed time while answering; never a countdown. */
  timer: z.boolean(),
  readAloudRate: z.number().check(z.gte(0.5), z.lte(2)),
});
export type SettingsState = z.infer<typeof settingsStateSchema>;
