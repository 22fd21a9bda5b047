import { quizSchema, upgradeQuiz } from '@/lib/quiz-engine/schema';

/**
 * A quiz read back from where it was kept (content/quizzes, a live session's snapshot, a file given to
 * the CLI) may be of an older schema version: it is upgraded, then validated as the current one. Only
 * the engine's own output is held to the current version alone.
 */
export function parseStoredQuiz(data: unknown) {
  return quizSchema.safeParse(upgradeQuiz(data));
}
