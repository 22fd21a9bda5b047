import type { Question } from '@/lib/quiz-engine/schema';
import { hashString, shuffled } from './random';

/**
 * How an attempt runs. practice: feedback after each question; test: feedback at the end; retry: only the
 * questions missed last time, with feedback; review: the questions due in the review schedule.
 */
export const ATTEMPT_MODES = ['practice', 'test', 'retry', 'review'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export function showsFeedbackAtOnce(mode: AttemptMode): boolean {
  return mode !== 'test';
}

/**
 * The question ids of an attempt in their seeded order; `only` limits it (the default quiz, retry,
 * review) and keeps quiz order out.
 */
export function planQuestionOrder(
  questions: readonly Pick<Question, 'id'>[],
  seed: number,
  only?: readonly string[],
): string[] {
  const wanted = only ? new Set(only) : null;
  const ids = questions.map((question) => question.id).filter((id) => !wanted || wanted.has(id));
  return shuffled(ids, seed);
}

/** The options of a choice question in this attempt's order. True/false keeps its natural order. */
export function optionOrder(
  choices: readonly string[],
  seed: number,
  questionId: string,
): string[] {
  if (choices.length === 2 && choices[0] === 'True' && choices[1] === 'False') return [...choices];
  return shuffled(choices, hashString(`${seed}:${questionId}`));
}

/** The starting order of a timeline: seeded, and never already solved (that would give it away). */
export function timelineStart(
  items: readonly string[],
  answer: readonly string[],
  seed: number,
  questionId: string,
): string[] {
  const order = shuffled(items, hashString(`${seed}:${questionId}:timeline`));
  if (order.every((item, index) => item === answer[index])) order.push(order.shift() as string);
  return order;
}
