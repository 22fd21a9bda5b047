import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { paragraphCoverage } from './coverage';
import { choice, fillIn, quizOf, trueFalse } from './test-quiz';

// The test article has four paragraphs: Ahn (¶1), Moon (¶2), Park/Roh (¶3), National Assembly (¶4).
describe('paragraphCoverage', () => {
  it.each([
    ['no questions', [], 0, [1, 2, 3, 4]],
    ['one paragraph asked twice', [fillIn('THAAD'), fillIn('Seoul', [], 'Seoul')], 1, [2, 3, 4]],
    [
      'three paragraphs',
      [fillIn('THAAD'), trueFalse('True', 'Moon Jae-in'), fillIn('2003', [], 'Roh Moo-hyun')],
      3,
      [4],
    ],
    [
      'every paragraph',
      [
        fillIn('THAAD'),
        trueFalse('False', 'Moon Jae-in'),
        choice('when', ['2003', '2015', '2017'], '2003', 'Roh Moo-hyun'),
        choice('how-many', ['300', '250', '200'], '300', 'National Assembly'),
      ],
      4,
      [],
    ],
  ] as const)('%s', (_, questions, cited, uncited) => {
    const coverage = paragraphCoverage(asBank(quizOf([...questions] as QuestionInput[])));
    expect(coverage.paragraphs).toBe(4);
    expect(coverage.cited).toBe(cited);
    expect(coverage.share).toBeCloseTo(cited / 4);
    expect(coverage.uncited).toEqual(uncited);
  });

  it('does not count a cited heading as a paragraph', () => {
    const quiz = asBank(quizOf([]));
    const heading = { ...quiz.passages[0]!, id: 'h', kind: 'heading' as const, number: null };
    expect(paragraphCoverage({ ...quiz, passages: [heading, ...quiz.passages] }).paragraphs).toBe(
      4,
    );
  });
});
