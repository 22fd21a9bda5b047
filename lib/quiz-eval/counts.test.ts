import { describe, expect, it } from 'vitest';
import { asBank } from './bank';
import { sizeFigures, trueFalseFigures, typeMix } from './counts';
import { choice, fillIn, quizOf, trueFalse } from './test-quiz';

const who = () => choice('who', ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'], 'Ahn Cheol-soo');
const questionsOf = (...input: Parameters<typeof quizOf>[0]) => asBank(quizOf(input)).questions;

describe('sizeFigures', () => {
  it.each([
    ['3 questions on 100 words', 3, 100, 3],
    ['3 questions on 200 words', 3, 200, 1.5],
    ['no words', 3, 0, 0],
  ])('%s → %s per 100 words', (_, count, words, per100) => {
    const quiz = asBank(quizOf(Array.from({ length: count }, who), words));
    expect(sizeFigures(quiz)).toEqual({ questions: count, words, per100Words: per100 });
  });
});

describe('typeMix', () => {
  it.each([
    ['empty', [], {}, 0, null],
    ['one type', [who(), who()], { who: 2 }, 1, { type: 'who', share: 1 }],
    [
      'fill-in dominates',
      [fillIn('THAAD'), fillIn('Seoul'), fillIn('Beijing'), who(), trueFalse('True')],
      { 'fill-in': 3, 'true-false': 1, who: 1 },
      3,
      { type: 'fill-in', share: 0.6 },
    ],
    [
      'a tie goes to the first type by name',
      [who(), trueFalse('False')],
      { 'true-false': 1, who: 1 },
      2,
      { type: 'true-false', share: 0.5 },
    ],
  ] as const)('%s', (_, questions, counts, distinct, top) => {
    const mix = typeMix(questionsOf(...questions));
    expect(mix.counts).toEqual(counts);
    expect(Object.keys(mix.counts)).toEqual(Object.keys(counts));
    expect(mix.distinct).toBe(distinct);
    expect(mix.top).toEqual(top);
    for (const [type, count] of Object.entries(counts)) {
      expect(mix.shares[type as keyof typeof counts]).toBeCloseTo(count / questions.length);
    }
  });
});

describe('trueFalseFigures', () => {
  it.each([
    ['none', [who()], { count: 0, trueCount: 0, trueShare: null }],
    [
      'always True',
      [trueFalse('True'), trueFalse('True'), who()],
      { count: 2, trueCount: 2, trueShare: 1 },
    ],
    [
      'balanced',
      [trueFalse('True'), trueFalse('False'), trueFalse('False'), trueFalse('True')],
      { count: 4, trueCount: 2, trueShare: 0.5 },
    ],
    ['always False', [trueFalse('False')], { count: 1, trueCount: 0, trueShare: 0 }],
  ] as const)('%s', (_, questions, expected) => {
    expect(trueFalseFigures(questionsOf(...questions))).toEqual(expected);
  });
});
