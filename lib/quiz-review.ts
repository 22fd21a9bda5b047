import { z } from 'zod';
import type { Question, Quiz } from '@/lib/quiz-engine/schema';

/**
 * A teacher's review of a generated quiz: data of its own, keyed by the engine's stable question ids, so it
 * survives regeneration. content/reviews/<slug>.json:
 *   { "questions": { "<questionId>": { "exclude": true, "note": "why" }
 *                  | { "prompt": "…", "explanation": "…", "acceptedAnswers": ["…"], "note": "why" } } }
 * An edit replaces only the fields it gives; acceptedAnswers (fill-in only) replaces the whole list.
 */
const note = z.string().trim().min(1).optional();

export const questionReviewSchema = z.union([
  z.object({ exclude: z.literal(true), note }).strict(),
  z
    .object({
      prompt: z.string().trim().min(1).optional(),
      explanation: z.string().trim().min(1).optional(),
      acceptedAnswers: z.array(z.string().trim().min(1)).optional(),
      note,
    })
    .strict()
    .refine(
      (edit) =>
        edit.prompt !== undefined ||
        edit.explanation !== undefined ||
        edit.acceptedAnswers !== undefined,
      {
        message:
          'an edit must give "prompt", "explanation" or "acceptedAnswers" (or use "exclude": true)',
      },
    ),
]);

export const quizReviewSchema = z
  .object({ questions: z.record(z.string().min(1), questionReviewSchema) })
  .strict();

export type QuizReview = z.infer<typeof quizReviewSchema>;
export type QuestionReview = z.infer<typeof questionReviewSchema>;

export const EMPTY_REVIEW: QuizReview = { questions: {} };

/** Validates review JSON; the error names the offending question id and field, in one line. */
export function parseQuizReview(data: unknown): QuizReview {
  const result = quizReviewSchema.safeParse(data);
  if (result.success) return result.data;
  const detail = result.error.issues
    .map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('; ');
  throw new Error(detail);
}

export interface ReviewOutcome {
  quiz: Quiz;
  excluded: string[];
  edited: string[];
  /** One line each: review entries that no longer match a question (the quiz changed under them). */
  warnings: string[];
}

/** Applies a review to a freshly generated quiz. Pure; the input quiz is not modified. */
export function applyReview(quiz: Quiz, review: QuizReview): ReviewOutcome {
  const ids = new Set(quiz.questions.map((question) => question.id));
  const warnings = Object.keys(review.questions)
    .filter((id) => !ids.has(id))
    .sort()
    .map(
      (id) =>
        `review of ${quiz.article.slug}: question ${id} no longer exists; its entry was not applied (remove it or re-key it)`,
    );
  const excluded: string[] = [];
  const edited: string[] = [];
  const questions = quiz.questions.flatMap((question) => {
    const entry = review.questions[question.id];
    if (!entry) return [question];
    if ('exclude' in entry) {
      excluded.push(question.id);
      return [];
    }
    edited.push(question.id);
    const edit = {
      ...question,
      ...(entry.prompt !== undefined && { prompt: entry.prompt }),
      ...(entry.explanation !== undefined && { explanation: entry.explanation }),
    };
    if (entry.acceptedAnswers !== undefined) {
      if (edit.type === 'fill-in') edit.acceptedAnswers = entry.acceptedAnswers;
      else
        warnings.push(
          `review of ${quiz.article.slug}: question ${question.id} is ${question.type}, not fill-in; its acceptedAnswers were not applied`,
        );
    }
    return [edit];
  });
  return {
    quiz: { ...quiz, ...closeRanks(questions, quiz.defaultCount) },
    excluded,
    edited,
    warnings,
  };
}

/**
 * Ranks 1..n again, in the same order, once excluded questions left gaps. The default quiz keeps its
 * length: the next best question takes an excluded one's place (while the bank has one).
 */
function closeRanks(
  questions: Question[],
  defaultCount: number,
): Pick<Quiz, 'questions' | 'defaultCount'> {
  const ranks = new Map(
    [...questions]
      .sort((a, b) => a.rank - b.rank)
      .map((question, index) => [question.id, index + 1]),
  );
  return {
    questions: questions.map((question) => ({
      ...question,
      rank: ranks.get(question.id) ?? question.rank,
    })),
    defaultCount: Math.min(defaultCount, questions.length),
  };
}
