import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from './progress-schema';
import {
  breakdownByParagraph,
  breakdownByType,
  countedByYou,
  listParagraphs,
  paragraphsToReread,
  scoreAnswers,
  type ParagraphTally,
} from './results';
import { TEST_QUESTIONS as Q } from './test-questions';

const right: AnswerRecord = { response: { kind: 'choice', value: 'x' }, correct: true, timeMs: 1 };
const wrong: AnswerRecord = { ...right, correct: false };
const questions = [Q.who, Q.trueFalse, Q.fillIn, Q.timeline];
const answers = { 'q-who': right, 'q-tf': wrong, 'q-time': wrong };
const passages = [
  { id: 'p-1', number: 1 },
  { id: 'p-2', number: 2 },
  { id: 'p-3', number: 3 },
  { id: 'h-1', number: null },
];

describe('scoreAnswers', () => {
  it('counts unanswered questions as not right', () => {
    expect(scoreAnswers(['q-who', 'q-tf', 'q-fill', 'q-time'], answers)).toEqual({
      correct: 1,
      total: 4,
      percent: 25,
    });
  });
});

describe('countedByYou', () => {
  it('counts the typed answers the learner counted as right, which the score counts as right', () => {
    const typed: AnswerRecord = {
      response: { kind: 'text', value: 'Gaesong' },
      correct: false,
      timeMs: 1,
    };
    const counted = {
      ...answers,
      'q-fill': { ...typed, correct: true, selfOverride: true as const },
    };
    const ids = ['q-who', 'q-tf', 'q-fill', 'q-time'];
    expect(countedByYou(ids, counted)).toBe(1);
    expect(scoreAnswers(ids, counted).correct).toBe(2);
    expect(countedByYou(ids, { ...answers, 'q-fill': typed })).toBe(0);
  });
});

describe('breakdownByType', () => {
  it('tallies per type in first-seen order', () => {
    expect(breakdownByType([...questions, Q.who], answers)).toEqual([
      { type: 'who', label: 'Who', right: 2, total: 2 },
      { type: 'true-false', label: 'True or false', right: 0, total: 1 },
      { type: 'fill-in', label: 'Fill in the blank', right: 0, total: 1 },
      { type: 'timeline', label: 'Put in order', right: 0, total: 1 },
    ]);
  });

  it('labels the new single-choice types in the learner’s words', () => {
    const asked = [Q.which, Q.where, Q.howMany, Q.what, Q.why];
    expect(breakdownByType(asked, { 'q-how-many': right }).map((t) => [t.label, t.right])).toEqual([
      ['Which', 0],
      ['Where', 0],
      ['How many', 1],
      ['What', 0],
      ['Why', 0],
    ]);
  });
});

describe('breakdownByParagraph', () => {
  it('counts a question once per paragraph it cites, in article order', () => {
    expect(breakdownByParagraph(questions, answers, passages)).toEqual([
      { passageId: 'p-1', number: 1, right: 1, total: 2 },
      { passageId: 'p-2', number: 2, right: 0, total: 2 },
      { passageId: 'p-3', number: 3, right: 0, total: 1 },
    ]);
  });
});

describe('listParagraphs', () => {
  it.each([
    [[], ''],
    [[6], '¶6'],
    [[6, 8], '¶6 and ¶8'],
    [[2, 6, 8], '¶2, ¶6 and ¶8'],
  ])('%j → %s', (numbers, text) => {
    expect(listParagraphs(numbers)).toBe(text);
  });
});

describe('paragraphsToReread', () => {
  const tally = (number: number, right: number, total: number): ParagraphTally => ({
    passageId: `p-${number}`,
    number,
    right,
    total,
  });
  const numbers = (tallies: ParagraphTally[], limit?: number) =>
    paragraphsToReread(tallies, limit).map((paragraph) => paragraph.number);

  it.each([
    ['nothing missed: nothing to reread', [tally(1, 2, 2), tally(2, 1, 1)], []],
    ['most misses first', [tally(1, 1, 2), tally(2, 0, 3), tally(3, 0, 2)], [2, 3, 1]],
    ['equal misses: the larger share missed first', [tally(1, 2, 3), tally(2, 0, 1)], [2, 1]],
    ['a full tie: article order', [tally(4, 0, 1), tally(2, 0, 1), tally(9, 0, 1)], [2, 4, 9]],
    [
      'every paragraph missed: only the three most worth it',
      [tally(1, 0, 1), tally(2, 0, 2), tally(3, 0, 1), tally(4, 1, 3), tally(5, 0, 1)],
      [2, 4, 1],
    ],
    ['right paragraphs are left out', [tally(1, 1, 1), tally(2, 0, 1)], [2]],
  ])('%s', (_case, tallies, expected) => {
    expect(numbers(tallies)).toEqual(expected);
  });

  it('takes another limit', () => {
    expect(numbers([tally(1, 0, 1), tally(2, 0, 1), tally(3, 0, 1)], 2)).toEqual([1, 2]);
  });

  it('does not reorder what it was given', () => {
    const tallies = [tally(1, 1, 1), tally(2, 0, 1)];
    paragraphsToReread(tallies);
    expect(tallies.map((paragraph) => paragraph.number)).toEqual([1, 2]);
  });
});
