import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { articleEntities, gateFigures } from './gates';
import { choice, GOOD_WHO, quizOf } from './test-quiz';

describe('gateFigures', () => {
  it.each([
    ['a well-made question', [GOOD_WHO], false, {}],
    ['no questions at all', [], true, {}],
    [
      'the key not in its evidence',
      [{ ...GOOD_WHO, evidence: choice('who', ['a', 'b', 'c'], 'a', 'Moon Jae-in').evidence }],
      true,
      { ungrounded: 1 },
    ],
    [
      'the stem gives the key away, and an alias among the options',
      [
        {
          ...GOOD_WHO,
          prompt: 'Did Ahn Cheol-soo suggest a referendum concerning THAAD deployment?',
        },
        {
          ...GOOD_WHO,
          id: 'q-alias',
          prompt: 'Who called for a referendum?',
          choices: ['Ahn Cheol-soo', 'Ahn', 'Moon Jae-in'],
        },
      ],
      true,
      { leak: 1, 'alias-among-options': 1 },
    ],
  ] as const)('%s', (_, questions, fails, byKind) => {
    const quiz = asBank(quizOf([...questions] as QuestionInput[]));
    const figures = gateFigures(quiz, articleEntities(quiz));
    expect(figures.fails).toBe(fails);
    expect(figures.byKind).toEqual(byKind);
    expect(figures.violations).toBe(Object.values(byKind).reduce((sum: number, n) => sum + n, 0));
    expect(figures.details).toHaveLength(figures.violations);
  });
});
