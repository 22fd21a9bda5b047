import { QUESTION_KINDS, type QuestionShape } from '@/lib/quiz-engine/kinds';
import type { Question, QuestionType } from '@/lib/quiz-engine/schema';

type Kinds = typeof QUESTION_KINDS;

/** The question types QUESTION_KINDS gives shape `S`. */
export type TypeOfShape<S extends QuestionShape> = {
  [T in QuestionType]: Kinds[T]['shape'] extends S ? T : never;
}[QuestionType];

/**
 * The questions answered in shape `S`. A type given a shape its fields do not fit (a typed-answer type
 * marked 'choice') fails to compile wherever the shape's fields are read.
 */
export type QuestionOfShape<S extends QuestionShape> = Extract<Question, { type: TypeOfShape<S> }>;

/** One option out of several: who, which, where, when, how many, what, why, quote, acronym, evidence, true/false. */
export type ChoiceQuestion = QuestionOfShape<'choice'>;

export function shapeOf(question: Pick<Question, 'type'>): QuestionShape {
  return QUESTION_KINDS[question.type].shape;
}

export function hasShape<S extends QuestionShape>(
  question: Question,
  shape: S,
): question is QuestionOfShape<S> {
  return shapeOf(question) === shape;
}

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return hasShape(question, 'choice');
}

/** What the type asks, in the learner's words ("Who said it", "Put in order"). */
export function questionLabel(type: QuestionType): string {
  return QUESTION_KINDS[type].label;
}

/** One case per shape, each given the question narrowed to it: a new shape fails to compile until handled. */
export type ShapeCases<R> = { [S in QuestionShape]: (question: QuestionOfShape<S>) => R };

/** Runs the case for the question's shape. */
export function byShape<R>(question: Question, cases: ShapeCases<R>): R {
  // The table says which shape a type has; hasShape is the guard that makes this cast sound.
  const run = cases[shapeOf(question)] as (question: Question) => R;
  return run(question);
}
