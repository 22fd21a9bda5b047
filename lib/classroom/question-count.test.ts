import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import {
  chosenQuestions,
  parseQuestionCount,
  questionCountParam,
  rankLimit,
  withQuestionCount,
  type QuestionCount,
} from './question-count';
import { FIXTURE_QUIZ } from './test-fixtures';

describe('parseQuestionCount', () => {
  it.each([
    [undefined, 'default'],
    [null, 'default'],
    ['', 'default'],
    ['default', 'default'],
    ['all', 'all'],
    ['12', 12],
    [['7', 'all'], 7],
    ['0', 'default'],
    ['-3', 'default'],
    ['2.5', 'default'],
    ['1e3', 'default'],
    ['012', 'default'],
    ['99999', 'default'],
    ['ALL', 'default'],
  ] as const)('%j → %j', (raw, expected) => {
    expect(parseQuestionCount(raw as string | string[] | null | undefined)).toBe(expected);
  });

  it.each<QuestionCount>(['default', 'all', 1, 15])('reads back what it wrote: %j', (count) => {
    expect(parseQuestionCount(questionCountParam(count))).toBe(count);
  });
});

describe('withQuestionCount', () => {
  it.each<[QuestionCount, string]>([
    ['default', '/teach/x/print'],
    ['all', '/teach/x/print?count=all'],
    [12, '/teach/x/print?count=12'],
  ])('%j → %s', (count, href) => {
    expect(withQuestionCount('/teach/x/print', count)).toBe(href);
  });
});

describe('rankLimit', () => {
  const bank = { defaultCount: 15, size: 42 };
  it.each<[QuestionCount, number]>([
    ['default', 15],
    ['all', 42],
    [10, 10],
    [42, 42],
    [100, 42],
  ])('%j → ranks up to %i', (count, limit) => {
    expect(rankLimit(count, bank)).toBe(limit);
  });
});

describe('chosenQuestions', () => {
  const ids = (count: QuestionCount) => chosenQuestions(FIXTURE_QUIZ, count).map((q) => q.id);

  it('the default is the default quiz', () => {
    expect(chosenQuestions(FIXTURE_QUIZ, 'default')).toEqual(defaultQuestions(FIXTURE_QUIZ));
  });

  it.each<[QuestionCount, string[]]>([
    ['default', ['q-who', 'q-fill', 'q-tf']],
    ['all', ['q-who', 'q-fill', 'q-tf', 'q-which']],
    // Ranks 1 and 2 are q-tf and q-who: shown in the order the quiz stores them, not by rank.
    [2, ['q-who', 'q-tf']],
    [1, ['q-tf']],
    [9, ['q-who', 'q-fill', 'q-tf', 'q-which']],
  ])('%j → %j', (count, expected) => {
    expect(ids(count)).toEqual(expected);
  });
});
