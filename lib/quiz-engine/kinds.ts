import type { QuestionType } from './schema';

/**
 * How a learner answers a question: pick one option, type the missing words, put items in order, or
 * pair two columns.
 */
export type QuestionShape = 'choice' | 'typed' | 'order' | 'match';

export interface QuestionKind {
  shape: QuestionShape;
  /** Can run in a live class: one answer out of fixed options, so the class distribution means something. */
  live: boolean;
  /** What the type asks, in the words a learner reads ("Who said it", "Put in order"). */
  label: string;
}

/**
 * The one table of question types. Adding a type to QUESTION_TYPES fails to compile here until it is
 * given a shape, a live flag and a label; the player, print packet, projector and live session read
 * these instead of listing types themselves.
 */
export const QUESTION_KINDS = {
  who: { shape: 'choice', live: true, label: 'Who' },
  which: { shape: 'choice', live: true, label: 'Which' },
  where: { shape: 'choice', live: true, label: 'Where' },
  when: { shape: 'choice', live: true, label: 'When' },
  'how-many': { shape: 'choice', live: true, label: 'How many' },
  what: { shape: 'choice', live: true, label: 'What' },
  why: { shape: 'choice', live: true, label: 'Why' },
  quote: { shape: 'choice', live: true, label: 'Who said it' },
  acronym: { shape: 'choice', live: true, label: 'Acronym' },
  evidence: { shape: 'choice', live: true, label: 'Find the evidence' },
  'true-false': { shape: 'choice', live: true, label: 'True or false' },
  'fill-in': { shape: 'typed', live: false, label: 'Fill in the blank' },
  timeline: { shape: 'order', live: false, label: 'Put in order' },
  matching: { shape: 'match', live: false, label: 'Match' },
} as const satisfies Record<QuestionType, QuestionKind>;

/** Types whose key is one option among several (true/false has two fixed options and is not counted). */
export const MULTIPLE_CHOICE_TYPES = (Object.keys(QUESTION_KINDS) as QuestionType[]).filter(
  (type) => QUESTION_KINDS[type].shape === 'choice' && type !== 'true-false',
);
