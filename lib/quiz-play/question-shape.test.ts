import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '@/lib/quiz-engine/schema';
import { byShape, hasShape, isChoiceQuestion, questionLabel, shapeOf } from './question-shape';
import { TEST_QUESTIONS } from './test-questions';

const byType = new Map<string, Question>(
  Object.values(TEST_QUESTIONS).map((question) => [question.type, question]),
);

describe('shapeOf and questionLabel', () => {
  it.each([
    ['who', 'choice', 'Who'],
    ['which', 'choice', 'Which'],
    ['where', 'choice', 'Where'],
    ['when', 'choice', 'When'],
    ['how-many', 'choice', 'How many'],
    ['what', 'choice', 'What'],
    ['why', 'choice', 'Why'],
    ['quote', 'choice', 'Who said it'],
    ['acronym', 'choice', 'Acronym'],
    ['evidence', 'choice', 'Find the evidence'],
    ['true-false', 'choice', 'True or false'],
    ['fill-in', 'typed', 'Fill in the blank'],
    ['timeline', 'order', 'Put in order'],
    ['matching', 'match', 'Match'],
  ] as const)('%s is answered as %s and labelled "%s"', (type, shape, label) => {
    expect(shapeOf({ type })).toBe(shape);
    expect(questionLabel(type)).toBe(label);
  });

  it('the test questions cover every type', () => {
    expect([...byType.keys()].sort()).toEqual([...QUESTION_TYPES].sort());
  });
});

describe('byShape', () => {
  const describeIt = (question: Question) =>
    byShape(question, {
      choice: (choice) => `choose from ${choice.choices.length}`,
      typed: (typed) => `type ${typed.answer}`,
      order: (timeline) => `order ${timeline.items.length}`,
      match: (matching) => `match ${matching.items.length} to ${matching.choices.length}`,
    });

  it.each([
    [TEST_QUESTIONS.who, 'choose from 3'],
    [TEST_QUESTIONS.why, 'choose from 3'],
    [TEST_QUESTIONS.trueFalse, 'choose from 2'],
    [TEST_QUESTIONS.fillIn, 'type Kaesong'],
    [TEST_QUESTIONS.timeline, 'order 4'],
    [TEST_QUESTIONS.matching, 'match 3 to 4'],
  ])('runs the case of %j', (question, expected) => {
    expect(describeIt(question)).toBe(expected);
  });
});

describe('hasShape and isChoiceQuestion', () => {
  it('agree with the table for every type', () => {
    for (const question of byType.values()) {
      expect(isChoiceQuestion(question)).toBe(shapeOf(question) === 'choice');
      expect(hasShape(question, 'match')).toBe(question.type === 'matching');
    }
  });
});
