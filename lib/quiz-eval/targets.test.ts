import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { articleFigures, pooledFigures, type ArticleFigures } from './evaluate';
import { articleVerdicts, failed, pooledVerdicts, type TargetId, type Verdict } from './targets';
import { fillIn, GOOD_WHO, quizOf, trueFalse } from './test-quiz';

const BASE = articleFigures(asBank(quizOf([GOOD_WHO], 30)));

/** SQuAD figures with `covered` of `questions` human questions hit, on one found paragraph. */
const squadOf = (covered: number, questions: number) => ({
  questions,
  covered,
  share: covered / questions,
  paragraphs: 1,
  paragraphsFound: 1,
  hits: [],
  misses: [],
});

type Change = (figures: ArticleFigures) => Partial<ArticleFigures>;

describe('articleVerdicts', () => {
  it('judges the real figures of a one-question quiz on 30 words', () => {
    expect(articleVerdicts(BASE)).toEqual({
      contract: 'pass',
      gates: 'pass',
      per100: 'pass',
      types: 'n/a',
      'true-share': 'n/a',
      'key-share': 'pass',
      squad: 'n/a',
    });
  });

  const size = (questions: number, words: number) => ({
    size: { questions, words, per100Words: (questions / words) * 100 },
  });
  const types =
    (distinct: number): Change =>
    (f) => ({ types: { ...f.types, distinct } });
  const tf = (count: number, trueCount: number) => ({
    trueFalse: { count, trueCount, trueShare: count ? trueCount / count : null },
  });
  const key = (count: number, questions: number) => ({
    keys: { questions, top: { key: 'Moon Jae-in', count, share: count / questions } },
  });
  const squad =
    (covered: number, questions: number): Change =>
    () => ({ squad: squadOf(covered, questions) });

  it.each<[string, TargetId, Change, Verdict]>([
    ['3.0 per 100 words', 'per100', () => size(30, 1000), 'pass'],
    ['2.9 per 100 words', 'per100', () => size(29, 1000), 'fail'],
    [
      '2.9 per 100 words in the default quiz',
      'per100',
      () => ({ ...size(29, 1000), scope: 'default' }),
      'n/a',
    ],
    ['4 types on 700 words', 'types', (f) => ({ ...size(30, 700), ...types(4)(f) }), 'fail'],
    ['5 types on 700 words', 'types', (f) => ({ ...size(30, 700), ...types(5)(f) }), 'pass'],
    ['4 types on 699 words', 'types', (f) => ({ ...size(30, 699), ...types(4)(f) }), 'n/a'],
    ['3 of 3 true/false True: too few to judge', 'true-share', () => tf(3, 3), 'n/a'],
    ['4 of 5 true/false True', 'true-share', () => tf(5, 4), 'fail'],
    ['1 of 4 True', 'true-share', () => tf(4, 1), 'fail'],
    ['2 of 4 True', 'true-share', () => tf(4, 2), 'pass'],
    ['65% True', 'true-share', () => tf(20, 13), 'pass'],
    ['a key on 3 of 10 choice questions', 'key-share', () => key(3, 10), 'fail'],
    ['a key on 2 of 10', 'key-share', () => key(2, 10), 'pass'],
    ['a key on 2 of 4', 'key-share', () => key(2, 4), 'fail'],
    ['every key once among 3', 'key-share', () => key(1, 3), 'pass'],
    ['no choice questions', 'key-share', () => ({ keys: { questions: 0, top: null } }), 'n/a'],
    ['SQuAD 3 of 10', 'squad', squad(3, 10), 'pass'],
    ['SQuAD 2 of 10', 'squad', squad(2, 10), 'fail'],
    [
      'a gate violation',
      'gates',
      (f) => ({ gates: { ...f.gates, fails: true, violations: 1 } }),
      'fail',
    ],
    ['an invalid quiz', 'contract', () => ({ contract: 'defaultCount: required' }), 'fail'],
  ])('%s → %s %s', (_, target, change, expected) => {
    expect(articleVerdicts({ ...BASE, ...change(BASE) })[target]).toBe(expected);
  });

  it('lists failed targets in table order', () => {
    const figures = { ...BASE, ...size(1, 1000), contract: 'x', ...tf(4, 4) };
    expect(failed(articleVerdicts(figures))).toEqual(['contract', 'per100', 'types', 'true-share']);
  });
});

describe('pooledFigures and pooledVerdicts', () => {
  const figuresOf = (questions: QuestionInput[], words?: number) =>
    articleFigures(asBank(quizOf(questions, words)));

  it.each([
    [
      'mostly True overall',
      [
        [trueFalse('True'), trueFalse('True')],
        [trueFalse('True'), trueFalse('False')],
      ],
      0.75,
      'fail',
    ],
    [
      'balanced overall, though neither article is',
      [
        [trueFalse('True'), trueFalse('True')],
        [trueFalse('False'), trueFalse('False')],
      ],
      0.5,
      'pass',
    ],
    ['no true/false anywhere', [[fillIn('THAAD')]], null, 'n/a'],
  ] as const)('%s', (_, articles, share, expected) => {
    const pooled = pooledFigures(articles.map((questions) => figuresOf([...questions])));
    expect(pooled.trueFalse.trueShare).toBe(share);
    expect(pooledVerdicts(pooled)['true-share']).toBe(expected);
  });

  it('averages per-100 figures over articles and sums SQuAD questions', () => {
    const a = figuresOf([GOOD_WHO, GOOD_WHO], 100);
    const b = figuresOf([GOOD_WHO], 50);
    const pooled = pooledFigures([
      { ...a, squad: squadOf(1, 10) },
      { ...b, squad: squadOf(5, 10) },
    ]);
    expect(pooled.meanPer100Words).toBeCloseTo(2);
    expect(pooled.questions).toBe(3);
    expect(pooled.squad).toEqual({ questions: 20, covered: 6, share: 0.3 });
    expect(pooledVerdicts(pooled).squad).toBe('pass');
    expect(pooledFigures([a]).squad).toBeNull();
  });
});
