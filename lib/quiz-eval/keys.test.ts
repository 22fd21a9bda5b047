import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { distractorVariety, keyConcentration, keyPositions } from './keys';
import { choice, fillIn, quizOf, trueFalse } from './test-quiz';

const PEOPLE = ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye', 'Roh Moo-hyun'];
const who = (answer: string, choices = PEOPLE.slice(0, 3)) => choice('who', choices, answer);
const questionsOf = (input: QuestionInput[]) => asBank(quizOf(input)).questions;

describe('keyConcentration', () => {
  it.each([
    ['no choice questions', [trueFalse('True'), fillIn('THAAD')], 0, null],
    [
      'one person keys most',
      [who('Moon Jae-in'), who('Moon Jae-in'), who('Ahn Cheol-soo'), who('Moon Jae-in')],
      4,
      { key: 'Moon Jae-in', count: 3, share: 0.75 },
    ],
    [
      'keys compared normalised (case, punctuation, leading "the")',
      [
        choice(
          'which',
          ['the People’s Party', 'Saenuri Party', 'Minjoo Party'],
          'the People’s Party',
        ),
        choice('which', ["People's party", 'Saenuri Party', 'Minjoo Party'], "People's party"),
        choice('which', ['Saenuri Party', 'Minjoo Party', 'Peoples Party.'], 'Saenuri Party'),
      ],
      3,
      { key: 'the People’s Party', count: 2, share: 2 / 3 },
    ],
    [
      'true/false and fill-in are not choice questions',
      [who('Ahn Cheol-soo'), trueFalse('True'), trueFalse('True'), fillIn('Ahn Cheol-soo')],
      1,
      { key: 'Ahn Cheol-soo', count: 1, share: 1 },
    ],
    [
      'all different: the first wins the tie',
      [
        who('Moon Jae-in'),
        who('Ahn Cheol-soo'),
        who('Park Geun-hye'),
        choice('when', ['2003', '2017', '2015'], '2003'),
      ],
      4,
      { key: 'Moon Jae-in', count: 1, share: 0.25 },
    ],
  ] as const)('%s', (_, questions, counted, top) => {
    const figures = keyConcentration(questionsOf([...questions]));
    expect(figures.questions).toBe(counted);
    if (top === null) expect(figures.top).toBeNull();
    else {
      expect(figures.top?.key).toBe(top.key);
      expect(figures.top?.count).toBe(top.count);
      expect(figures.top?.share).toBeCloseTo(top.share);
    }
  });
});

describe('keyPositions', () => {
  // Three options: the key placed first, second or third in stored order.
  const at = (position: number, options = 3) => {
    const choices = PEOPLE.slice(0, options);
    return who(choices[position - 1] ?? '', choices);
  };

  it.each([
    ['always first', [at(1), at(1), at(1), at(1), at(1), at(1)], [[3, [6, 0, 0]]], 2 / 3, 'skewed'],
    ['uniform', [at(1), at(2), at(3), at(1), at(2), at(3)], [[3, [2, 2, 2]]], 0, 'uniform'],
    [
      'grouped by number of options',
      [at(1), at(2), at(3), at(4, 4), at(4, 4), at(4, 4), at(4, 4)],
      [
        [3, [1, 1, 1]],
        [4, [0, 0, 0, 4]],
      ],
      0.75,
      'skewed',
    ],
    ['true/false does not count', [trueFalse('True'), trueFalse('True')], [], 0, 'uniform'],
  ] as const)('%s', (_, questions, groups, maxDeviation, verdict) => {
    const figures = keyPositions(questionsOf([...questions]));
    expect(figures.groups.map((g) => [g.options, g.counts])).toEqual(groups);
    expect(figures.maxDeviation).toBeCloseTo(maxDeviation);
    if (verdict === 'skewed') expect(figures.pooled.p).toBeLessThan(0.05);
    else expect(figures.pooled.p).toBe(1);
  });

  it('sums χ² and degrees of freedom over the groups', () => {
    const figures = keyPositions(questionsOf([at(1), at(1), at(1), at(1, 4), at(1, 4)]));
    const [three, four] = figures.groups;
    expect(figures.pooled.df).toBe(2 + 3);
    expect(figures.pooled.chiSquare).toBeCloseTo(
      (three?.fit.chiSquare ?? 0) + (four?.fit.chiSquare ?? 0),
    );
  });
});

describe('distractorVariety', () => {
  it.each([
    ['none with 3+ options', [trueFalse('True')], 0, null, null],
    [
      'the same two distractors every time',
      [
        who('Moon Jae-in', ['Moon Jae-in', 'Park Geun-hye', 'Roh Moo-hyun']),
        who('Moon Jae-in', ['Roh Moo-hyun', 'Moon Jae-in', 'Park Geun-hye']),
        who('Moon Jae-in', ['Park Geun-hye', 'Roh Moo-hyun', 'Moon Jae-in']),
      ],
      3,
      1 / 3,
      { distractor: 'Park Geun-hye', count: 3, share: 1 },
    ],
    [
      'sets compared normalised and unordered',
      [
        who('Moon Jae-in', ['Moon Jae-in', 'the Park Geun-hye', 'Roh Moo-hyun']),
        who('Ahn Cheol-soo', ['roh moo-hyun', 'Ahn Cheol-soo', 'Park Geun-hye']),
      ],
      2,
      1 / 2,
      { distractor: 'the Park Geun-hye', count: 2, share: 1 },
    ],
    [
      'all different',
      [
        who('Moon Jae-in', ['Moon Jae-in', 'Park Geun-hye', 'Roh Moo-hyun']),
        who('Ahn Cheol-soo', ['Ahn Cheol-soo', 'Moon Jae-in', 'Park Geun-hye']),
        choice('when', ['2003', '2015', '2017'], '2017'),
      ],
      3,
      1,
      { distractor: 'Park Geun-hye', count: 2, share: 2 / 3 },
    ],
  ] as const)('%s', (_, questions, counted, distinctSetShare, top) => {
    const figures = distractorVariety(questionsOf([...questions]));
    expect(figures.questions).toBe(counted);
    if (distinctSetShare === null) expect(figures.distinctSetShare).toBeNull();
    else expect(figures.distinctSetShare).toBeCloseTo(distinctSetShare);
    if (top === null) expect(figures.top).toBeNull();
    else {
      expect(figures.top?.distractor).toBe(top.distractor);
      expect(figures.top?.count).toBe(top.count);
      expect(figures.top?.share).toBeCloseTo(top.share);
    }
  });
});
