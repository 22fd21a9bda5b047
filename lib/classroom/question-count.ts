import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { bestRanked } from '@/lib/quiz-play/ranked';

/**
 * How many of an article's ranked questions a teacher prints, projects or asks live: the recommended
 * default quiz, the whole bank, or the best-ranked n. Kept in the address as `?count=` (absent, `all`
 * or a number), so a reload, a bookmark or a colleague's link gives the same packet.
 */
export type QuestionCount = 'default' | 'all' | number;

/** The `count` search parameter as a choice; anything unreadable is the recommended default. */
export function parseQuestionCount(raw: string | string[] | null | undefined): QuestionCount {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === 'all') return 'all';
  if (value && /^[1-9]\d{0,3}$/.test(value)) return Number(value);
  return 'default';
}

/** The value of `?count=` for a choice; null for the default, which needs none. */
export function questionCountParam(count: QuestionCount): string | null {
  return count === 'default' ? null : String(count);
}

/** `path` with the choice in its query, e.g. "/teach/x/print?count=12". */
export function withQuestionCount(path: string, count: QuestionCount): string {
  const param = questionCountParam(count);
  return param === null ? path : `${path}?count=${param}`;
}

/** The highest rank a choice takes: a number beyond the bank takes the whole bank. */
export function rankLimit(
  count: QuestionCount,
  bank: { defaultCount: number; size: number },
): number {
  if (count === 'default') return bank.defaultCount;
  if (count === 'all') return bank.size;
  return Math.min(count, bank.size);
}

/** The questions a choice takes from the bank, in stored order (the order print, projector and live show). */
export function chosenQuestions(
  quiz: Pick<Quiz, 'questions' | 'defaultCount'>,
  count: QuestionCount,
): Question[] {
  const limit = rankLimit(count, { defaultCount: quiz.defaultCount, size: quiz.questions.length });
  return bestRanked(quiz.questions, limit);
}
