import type { QuestionShape } from '@/lib/quiz-engine/kinds';
import type { Question } from '@/lib/quiz-engine/schema';
import { byShape, hasShape, shapeOf } from './question-shape';
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

/** Marks one response; a response of the wrong shape for the question is simply wrong. */
export function markResponse(question: Question, response: Response): Mark {
  return byShape<Mark>(question, {
    choice: (choice) => ({
      correct: response.kind === 'choice' && response.value === choice.answer,
    }),
    typed: (typed) => ({
      correct:
        response.kind === 'text' &&
        isAcceptedAnswer(response.value, typed.answer, typed.acceptedAnswers),
    }),
    order: (timeline) => {
      const order = response.kind === 'order' ? response.value : [];
      const right = timeline.answer.filter((item, index) => order[index] === item).length;
      return {
        correct: right === timeline.answer.length,
        parts: { right, total: timeline.answer.length },
      };
    },
    match: (matching) => {
      const pairs = response.kind === 'pairs' ? response.value : [];
      const right = matching.answer.filter((choice, index) => pairs[index] === choice).length;
      return {
        correct: right === matching.answer.length,
        parts: { right, total: matching.answer.length },
      };
    },
  });
}

/** What a learner who submits nothing yet is told, by how the question is answered. */
const NOTHING_GIVEN: Record<QuestionShape, string> = {
  choice: 'Choose an answer first.',
  typed: 'Type an answer first.',
  order: 'Choose an answer first.',
  match: 'Choose a position for each actor first.',
};

/** Whether a response is complete enough to submit; the message says what is missing. */
export function responseProblem(question: Question, response: Response | undefined): string | null {
  if (!response) return NOTHING_GIVEN[shapeOf(question)];
  if (response.kind === 'text' && !response.value.trim()) return NOTHING_GIVEN.typed;
  if (response.kind === 'pairs') {
    const items = hasShape(question, 'match') ? question.items.length : 0;
    if (response.value.length < items || response.value.some((value) => !value)) {
      return NOTHING_GIVEN.match;
    }
  }
  return null;
}

/** The right answer in words, for feedback: "Ahn Cheol-soo", or an ordered / paired list. */
export function correctAnswerText(question: Question): string {
  return byShape(question, {
    choice: (choice) => choice.answer,
    typed: (typed) => typed.answer,
    order: (timeline) => timeline.answer.map((item, index) => `${index + 1}. ${item}`).join('; '),
    match: (matching) =>
      matching.items.map((item, index) => `${item}: ${matching.answer[index]}`).join('; '),
  });
}

/** A percentage rounded to a whole number; 0 of 0 is 0. */
export function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
