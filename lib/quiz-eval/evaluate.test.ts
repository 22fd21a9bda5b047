import { describe, expect, it } from 'vitest';
import { asBank, type Scope } from './bank';
import { articleFigures, pooledFigures, type EvaluateOptions } from './evaluate';
import { articleEntities } from './gates';
import { ARTICLE, GOOD_WHO, quizOf, trueFalse } from './test-quiz';

const QUIZ = asBank(quizOf([GOOD_WHO, trueFalse('False')], 40));

describe('articleFigures', () => {
  it.each<[string, EvaluateOptions, Scope, string | null, number | null]>([
    ['defaults', {}, 'bank', null, null],
    [
      'scope, contract problem and SQuAD as given',
      {
        scope: 'default',
        contract: 'defaultCount: required',
        squad: {
          title: 'Eval Test',
          paragraphs: [
            {
              context: ARTICLE.split('\n\n')[1] ?? '',
              qas: [{ question: 'Who suggested a referendum?', answers: ['Ahn Cheol-soo'] }],
            },
          ],
        },
      },
      'default',
      'defaultCount: required',
      1,
    ],
  ])('%s', (_, options, scope, contract, covered) => {
    const figures = articleFigures(QUIZ, options);
    expect(figures.scope).toBe(scope);
    expect(figures.contract).toBe(contract);
    expect(figures.squad?.covered ?? null).toBe(covered);
    expect(figures.size).toEqual({ questions: 2, words: 40, per100Words: 5 });
    expect(figures.trueFalse.trueShare).toBe(0);
    expect(figures.keys.top?.key).toBe('Ahn Cheol-soo');
  });

  it('uses the entities it is given instead of reading the article again', () => {
    const entities = articleEntities(QUIZ);
    expect(articleFigures(QUIZ, { entities }).gates).toEqual(articleFigures(QUIZ).gates);
  });
});

describe('pooledFigures', () => {
  it('sums questions and gate violations, and is empty for no articles', () => {
    const bad = articleFigures(asBank(quizOf([trueFalse('True'), trueFalse('True')])));
    const good = articleFigures(QUIZ);
    const pooled = pooledFigures([good, bad]);
    expect(pooled.articles).toBe(2);
    expect(pooled.questions).toBe(4);
    expect(bad.gates.violations).toBeGreaterThan(good.gates.violations);
    expect(pooled.gateViolations).toBe(good.gates.violations + bad.gates.violations);
    expect(pooledFigures([])).toEqual({
      articles: 0,
      questions: 0,
      meanPer100Words: 0,
      trueFalse: { count: 0, trueCount: 0, trueShare: null },
      squad: null,
      gateViolations: 0,
    });
  });
});
