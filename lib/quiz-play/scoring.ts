import type { Question, QuestionType } from '@/lib/quiz-engine/schema';
import { isAcceptedAnswer } from './tolerant-match';

/**
 * What a learner gave, by the shape of the question: one choice, typed text, an order of events, or one
 * chosen position per actor (`pairs[i]` belongs to `items[i]`; '' when left empty).
 */
export type Response =
  | { kind: 'choice'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'order'; value: string[] }
  | { kind: 'pairs'; value: string[] };

/** The verdict on one answer. `parts` counts events in place (timeline) or pairs right (matching). */
export interface Mark {
  correct: boolean;
  parts?: { right: number; total: number };
}

export const SINGLE_CHOICE_TYPES = [
  'who',
  'quote',
  'when',
  'acronym',
  'evidence',
  'true-false',
] as const satisfies readonly QuestionType[];

export type ChoiceQuestion = Extract<Question, { type: (typeof SINGLE_CHOICE_TYPES)[number] }>;

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return (SINGLE_CHOICE_TYPES as readonly string[]).includes(question.type);
}

/** Marks one response; a response of the wrong shape for the question is simply wrong. */
export function markResponse(question: Question, response: Response): Mark {
  switch (question.type) {
    case 'fill-in':
      return {
        correct:
          response.kind === 'text' &&
          isAcceptedAnswer(response.value, question.answer, question.acceptedAnswers),
      };
    case 'timeline': {
      const order = response.kind === 'order' ? response.value : [];
      const right = question.answer.filter((item, index) => order[index] === item).length;
      return {
        correct: right === question.answer.length,
        parts: { right, total: question.answer.length },
      };
    }
    case 'matching': {
      const pairs = response.kind === 'pairs' ? response.value : [];
      const right = question.answer.filter((choice, index) => pairs[index] === choice).length;
      return {
        correct: right === question.answer.length,
        parts: { right, total: question.answer.length },
      };
    }
    default:
      return { correct: response.kind === 'choice' && response.value === question.answer };
  }
}

/** Whether a response is complete enough to submit; the message says what is missing. */
export function responseProblem(question: Question, response: Response | undefined): string | null {
  if (!response) {
    if (question.type === 'fill-in') return 'Type an answer first.';
    if (question.type === 'matching') return 'Choose a position for each actor first.';
    return 'Choose an answer first.';
  }
  if (response.kind === 'text' && !response.value.trim()) return 'Type an answer first.';
  if (response.kind === 'pairs') {
    const items = question.type === 'matching' ? question.items.length : 0;
    if (response.value.length < items || response.value.some((value) => !value)) {
      return 'Choose a position for each actor first.';
    }
  }
  return null;
}

/** The right answer in words, for feedback: "Ahn Cheol-soo", or an ordered / paired list. */
export function correctAnswerText(question: Question): string {
  switch (question.type) {
    case 'timeline':
      return question.answer.map((item, index) => `${index + 1}. ${item}`).join('; ');
    case 'matching':
      return question.items.map((item, index) => `${item}: ${question.answer[index]}`).join('; ');
    default:
      return question.answer;
  }
}

/** A percentage rounded to a whole number; 0 of 0 is 0. */
export function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
