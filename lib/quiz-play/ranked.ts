import type { Question } from '@/lib/quiz-engine/schema';

/**
 * The questions ranked 1..`limit`, in the bank's stored order: what `defaultQuestions` (quiz-engine
 * schema.ts) returns for `limit` = defaultCount, for any limit, and without that module's zod, so the
 * browser can run it. Tests hold the two equal.
 */
export function bestRanked<Q extends Pick<Question, 'rank'>>(
  questions: readonly Q[],
  limit: number,
): Q[] {
  return questions.filter((question) => question.rank <= limit);
}
