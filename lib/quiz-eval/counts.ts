import type { Question, QuestionType, Quiz } from '@/lib/quiz-engine/schema';

/** How many questions the quiz has for its length. */
export interface SizeFigures {
  questions: number;
  /** The article's body words as the engine counted them (`quiz.article.wordCount`). */
  words: number;
  /** questions / words × 100; 0 for an article of no words. */
  per100Words: number;
}

export function sizeFigures(quiz: Pick<Quiz, 'questions' | 'article'>): SizeFigures {
  const words = quiz.article.wordCount;
  const questions = quiz.questions.length;
  return { questions, words, per100Words: words > 0 ? (questions / words) * 100 : 0 };
}

/** How the questions spread over types. */
export interface TypeMix {
  /** Questions per type, only types that occur, most frequent first (ties by type name). */
  counts: Partial<Record<QuestionType, number>>;
  /** counts ÷ questions. */
  shares: Partial<Record<QuestionType, number>>;
  distinct: number;
  /** The most frequent type and its share of all questions; null for an empty quiz. */
  top: { type: QuestionType; share: number } | null;
}

export function typeMix(questions: readonly Question[]): TypeMix {
  const tally = new Map<QuestionType, number>();
  for (const question of questions) tally.set(question.type, (tally.get(question.type) ?? 0) + 1);
  const ordered = [...tally].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const counts: TypeMix['counts'] = {};
  const shares: TypeMix['shares'] = {};
  for (const [type, count] of ordered) {
    counts[type] = count;
    shares[type] = count / questions.length;
  }
  const first = ordered[0];
  return {
    counts,
    shares,
    distinct: ordered.length,
    top: first ? { type: first[0], share: first[1] / questions.length } : null,
  };
}

/** True/false questions and how often their key is True. */
export interface TrueFalseFigures {
  count: number;
  trueCount: number;
  /** trueCount ÷ count; null when there is no true/false question. */
  trueShare: number | null;
}

export function trueFalseFigures(questions: readonly Question[]): TrueFalseFigures {
  const statements = questions.filter((question) => question.type === 'true-false');
  const trueCount = statements.filter((question) => question.answer === 'True').length;
  return {
    count: statements.length,
    trueCount,
    trueShare: statements.length ? trueCount / statements.length : null,
  };
}
