import {
  defaultQuestions,
  QUIZ_SCHEMA_VERSION,
  type Question,
  type Quiz,
} from '@/lib/quiz-engine/schema';

/** A question as an engine of either schema version writes it: version 1 had no `rank`. */
export type QuestionInput = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, 'rank'> & { rank?: number }
    : never
  : never;

/** A quiz as an engine of either schema version writes it: version 1 had no ranks and no `defaultCount`. */
export interface QuizInput extends Omit<Quiz, 'schemaVersion' | 'questions' | 'defaultCount'> {
  schemaVersion: number;
  questions: readonly QuestionInput[];
  defaultCount?: number;
}

/**
 * Reads a quiz of either schema version as a ranked bank: a question without a `rank` is ranked by
 * its position (1-based), and a quiz without `defaultCount` has all its questions in the default quiz,
 * as version 1 did. Questions keep their stored order; nothing is validated here.
 */
export function asBank(quiz: QuizInput): Quiz {
  const questions = quiz.questions.map(
    (question, index) => ({ ...question, rank: question.rank ?? index + 1 }) as Question,
  );
  return {
    ...quiz,
    schemaVersion: QUIZ_SCHEMA_VERSION,
    questions,
    defaultCount: quiz.defaultCount ?? questions.length,
  };
}

/** Which questions a figure is taken over: the whole ranked bank, or the default quiz a learner gets. */
export type Scope = 'bank' | 'default';

/** The bank cut to the scope's questions (in stored order), everything else unchanged. */
export function scoped(bank: Quiz, scope: Scope): Quiz {
  if (scope === 'bank') return bank;
  const questions = defaultQuestions(bank);
  return { ...bank, questions, defaultCount: questions.length };
}
