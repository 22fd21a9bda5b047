import { describe, expect, it } from 'vitest';
import {
  correctAnswerText,
  markResponse,
  percent,
  responseProblem,
  type Mark,
  type Response,
} from './scoring';
import { TEST_QUESTIONS as Q } from './test-questions';
import type { Question } from '@/lib/quiz-engine/schema';

describe('markResponse', () => {
  const cases: [string, Question, Response, Mark][] = [
    ['choice right', Q.who, { kind: 'choice', value: 'Ahn Cheol-soo' }, { correct: true }],
    ['choice wrong', Q.who, { kind: 'choice', value: 'Moon Jae-in' }, { correct: false }],
    ['true-false right', Q.trueFalse, { kind: 'choice', value: 'False' }, { correct: true }],
    ['which right', Q.which, { kind: 'choice', value: 'People’s Party' }, { correct: true }],
    ['how-many wrong', Q.howMany, { kind: 'choice', value: 'Two' }, { correct: false }],
    ['why of wrong shape', Q.why, { kind: 'text', value: Q.why.answer }, { correct: false }],
    ['choice of wrong shape', Q.who, { kind: 'text', value: 'Ahn Cheol-soo' }, { correct: false }],
    ['fill-in tolerant', Q.fillIn, { kind: 'text', value: ' kaesnog ' }, { correct: true }],
    ['fill-in variant', Q.fillIn, { kind: 'text', value: 'gaeseong' }, { correct: true }],
    ['fill-in wrong', Q.fillIn, { kind: 'text', value: 'Seoul' }, { correct: false }],
    [
      'timeline fully right',
      Q.timeline,
      { kind: 'order', value: ['A', 'B', 'C', 'D'] },
      { correct: true, parts: { right: 4, total: 4 } },
    ],
    [
      'timeline two in place',
      Q.timeline,
      { kind: 'order', value: ['A', 'C', 'B', 'D'] },
      { correct: false, parts: { right: 2, total: 4 } },
    ],
    [
      'matching all pairs',
      Q.matching,
      { kind: 'pairs', value: ['referendum', 'denounced', 'hard line'] },
      { correct: true, parts: { right: 3, total: 3 } },
    ],
    [
      'matching one pair wrong',
      Q.matching,
      { kind: 'pairs', value: ['referendum', 'decoy', 'hard line'] },
      { correct: false, parts: { right: 2, total: 3 } },
    ],
    [
      'matching of wrong shape',
      Q.matching,
      { kind: 'choice', value: 'referendum' },
      { correct: false, parts: { right: 0, total: 3 } },
    ],
  ];
  it.each(cases)('%s', (_name, question, response, mark) => {
    expect(markResponse(question, response)).toEqual(mark);
  });
});

describe('responseProblem', () => {
  it.each([
    [Q.who, undefined, 'Choose an answer first.'],
    [Q.where, undefined, 'Choose an answer first.'],
    [Q.fillIn, undefined, 'Type an answer first.'],
    [Q.matching, undefined, 'Choose a position for each actor first.'],
    [Q.fillIn, { kind: 'text', value: '   ' }, 'Type an answer first.'],
    [
      Q.matching,
      { kind: 'pairs', value: ['referendum', '', 'x'] },
      'Choose a position for each actor first.',
    ],
    [Q.matching, { kind: 'pairs', value: ['a', 'b', 'c'] }, null],
    [Q.who, { kind: 'choice', value: 'Moon Jae-in' }, null],
  ] as [Question, Response | undefined, string | null][])('%#', (question, response, problem) => {
    expect(responseProblem(question, response)).toBe(problem);
  });
});

describe('correctAnswerText', () => {
  it('spells out orders and pairs', () => {
    expect(correctAnswerText(Q.who)).toBe('Ahn Cheol-soo');
    expect(correctAnswerText(Q.howMany)).toBe('One');
    expect(correctAnswerText(Q.fillIn)).toBe('Kaesong');
    expect(correctAnswerText(Q.timeline)).toBe('1. A; 2. B; 3. C; 4. D');
    expect(correctAnswerText(Q.matching)).toBe(
      'Ahn: referendum; China: denounced; Conservatives: hard line',
    );
  });
});

describe('percent', () => {
  it.each([
    [0, 0, 0],
    [1, 3, 33],
    [2, 3, 67],
    [13, 13, 100],
  ])('%i of %i = %i%%', (correct, total, expected) => {
    expect(percent(correct, total)).toBe(expected);
  });
});
