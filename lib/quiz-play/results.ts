import type { Question, QuestionType, QuizPassage } from '@/lib/quiz-engine/schema';
import { questionLabel } from './question-shape';
import type { AnswerRecord } from './progress-schema';
import { percent } from './scoring';

/** An attempt's score: unanswered questions count as not right. Accuracy only, never speed. */
export function scoreAnswers(
  questionIds: readonly string[],
  answers: Readonly<Record<string, AnswerRecord>>,
): { correct: number; total: number; percent: number } {
  const correct = questionIds.filter((id) => answers[id]?.correct).length;
  return { correct, total: questionIds.length, percent: percent(correct, questionIds.length) };
}

/** How many of an attempt's answers the learner counted as right themselves ("I was right"). */
export function countedByYou(
  questionIds: readonly string[],
  answers: Readonly<Record<string, AnswerRecord>>,
): number {
  return questionIds.filter((id) => answers[id]?.selfOverride).length;
}

export interface Tally {
  right: number;
  total: number;
}

export interface TypeTally extends Tally {
  type: QuestionType;
  label: string;
}

/** Right / asked per question type, in the order the types first appear. */
export function breakdownByType(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerRecord>>,
): TypeTally[] {
  const tallies = new Map<QuestionType, TypeTally>();
  for (const question of questions) {
    const tally = tallies.get(question.type) ?? {
      type: question.type,
      label: questionLabel(question.type),
      right: 0,
      total: 0,
    };
    tally.total++;
    if (answers[question.id]?.correct) tally.right++;
    tallies.set(question.type, tally);
  }
  return [...tallies.values()];
}

export interface ParagraphTally extends Tally {
  passageId: string;
  /** ¶ number as the article shows it. */
  number: number;
}

/**
 * Right / asked per paragraph the questions cite, in article order. A question citing two paragraphs
 * counts for both: missing it means something in each needs another read.
 */
export function breakdownByParagraph(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerRecord>>,
  passages: readonly Pick<QuizPassage, 'id' | 'number'>[],
): ParagraphTally[] {
  const numbers = new Map(passages.map((passage) => [passage.id, passage.number]));
  const tallies = new Map<string, ParagraphTally>();
  for (const question of questions) {
    const cited = new Set(question.evidence.map((evidence) => evidence.passageId));
    for (const passageId of cited) {
      const number = numbers.get(passageId);
      if (number == null) continue;
      const tally = tallies.get(passageId) ?? { passageId, number, right: 0, total: 0 };
      tally.total++;
      if (answers[question.id]?.correct) tally.right++;
      tallies.set(passageId, tally);
    }
  }
  return [...tallies.values()].sort((a, b) => a.number - b.number);
}

/** "¶6", "¶6 and ¶8", "¶2, ¶6 and ¶8". */
export function listParagraphs(numbers: readonly number[]): string {
  const labels = numbers.map((number) => `¶${number}`);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** How many paragraphs the results send a learner back to: a short reading list, never the article. */
export const REREAD_LIMIT = 3;

/**
 * The paragraphs most worth rereading, best first: those with the most missed questions, then the
 * larger share of their questions missed (1 of 1 before 1 of 3), then article order. Paragraphs with
 * no miss are never listed; at most `limit`.
 */
export function paragraphsToReread(
  tallies: readonly ParagraphTally[],
  limit: number = REREAD_LIMIT,
): ParagraphTally[] {
  const missed = (tally: ParagraphTally) => tally.total - tally.right;
  return tallies
    .filter((tally) => missed(tally) > 0)
    .sort(
      (a, b) =>
        missed(b) - missed(a) || missed(b) / b.total - missed(a) / a.total || a.number - b.number,
    )
    .slice(0, limit);
}
