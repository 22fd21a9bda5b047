import { describe, expect, it } from 'vitest';
import { asBank, scoped } from './bank';
import { choice, quizOf, trueFalse } from './test-quiz';

const who = (answer: string) =>
  choice('who', ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'], answer);

describe('asBank', () => {
  it('ranks a version-1 quiz by position and puts every question in the default quiz', () => {
    const bank = asBank(quizOf([who('Moon Jae-in'), trueFalse('True'), who('Park Geun-hye')]));
    expect(bank.questions.map((q) => q.rank)).toEqual([1, 2, 3]);
    expect(bank.defaultCount).toBe(3);
    expect(bank.schemaVersion).toBe(2);
  });

  it('keeps the ranks and defaultCount a version-2 quiz carries', () => {
    const input = quizOf([
      { ...who('Moon Jae-in'), rank: 3 },
      { ...trueFalse('True'), rank: 1 },
      { ...who('Park Geun-hye'), rank: 2 },
    ]);
    const bank = asBank({ ...input, schemaVersion: 2, defaultCount: 2 });
    expect(bank.questions.map((q) => q.rank)).toEqual([3, 1, 2]);
    expect(bank.defaultCount).toBe(2);
  });
});

describe('scoped', () => {
  const input = quizOf([
    { ...who('Moon Jae-in'), rank: 3 },
    { ...trueFalse('True'), rank: 1 },
    { ...who('Park Geun-hye'), rank: 2 },
  ]);
  const bank = asBank({ ...input, defaultCount: 2 });

  it.each([
    ['bank', ['Moon Jae-in', 'True', 'Park Geun-hye']],
    ['default', ['True', 'Park Geun-hye']],
  ] as const)('%s keeps %j in stored order', (scope, answers) => {
    expect(scoped(bank, scope).questions.map((q) => q.answer)).toEqual(answers);
  });
});
