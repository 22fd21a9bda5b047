import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { squadArticleSchema, squadCoverage, type SquadArticle } from './squad';
import { ARTICLE, choice, fillIn, quizOf, timeline, trueFalse } from './test-quiz';

const [, AHN = '', MOON = '', PARK = ''] = ARTICLE.split('\n\n');

const SQUAD: SquadArticle = {
  title: 'Eval Test',
  paragraphs: [
    {
      // The same paragraph with its whitespace changed.
      context: AHN.replace(/ /g, '  ').replace('. He', '.\nHe'),
      qas: [
        { question: 'Who suggested a referendum?', answers: ['Ahn Cheol-soo'] },
        {
          question: 'What did Ahn suggest?',
          answers: ['a referendum concerning THAAD deployment'],
        },
      ],
    },
    {
      context: MOON,
      qas: [
        { question: 'When did Moon speak?', answers: ['on 24 January 2017', '24 January 2017'] },
      ],
    },
    // SQuAD's paragraph is longer than the article's: it still contains it.
    {
      context: `${PARK} He later left office.`,
      qas: [{ question: 'When did Roh become president?', answers: ['2003'] }],
    },
    {
      context: 'A paragraph this article does not have.',
      qas: [{ question: 'Who?', answers: ['Ahn Cheol-soo'] }],
    },
  ],
};

const PEOPLE = ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'];

describe('squadCoverage', () => {
  it.each([
    ['nothing generated', [], []],
    [
      'a who key in the same paragraph',
      [choice('who', PEOPLE, 'Ahn Cheol-soo')],
      ['Who suggested a referendum?'],
    ],
    [
      'the same key cited in another paragraph',
      [choice('who', PEOPLE, 'Ahn Cheol-soo', 'Moon Jae-in')],
      [],
    ],
    [
      'a fill-in covers through an accepted answer',
      [fillIn('Cheol-soo', ['Ahn Cheol-soo'])],
      ['Who suggested a referendum?'],
    ],
    [
      'a key inside the human answer with ≥ 60% of its words',
      [fillIn('referendum concerning THAAD deployment')],
      ['What did Ahn suggest?'],
    ],
    ['a key with under 60% of the words', [fillIn('THAAD deployment')], []],
    [
      'a date key matching one of two answer texts',
      [choice('when', ['24 January 2017', '2015', '2003'], '24 January 2017', 'Moon Jae-in')],
      ['When did Moon speak?'],
    ],
    [
      'only the year of a full date',
      [choice('when', ['2017', '2015', '2003'], '2017', 'Moon Jae-in')],
      [],
    ],
    [
      'a paragraph SQuAD extends',
      [choice('when', ['2003', '2015', '2017'], '2003', 'Roh Moo-hyun')],
      ['When did Roh become president?'],
    ],
    ['true/false has no key', [trueFalse('True', 'Ahn Cheol-soo')], []],
    [
      'timeline items do not count',
      [timeline(['Ahn Cheol-soo', 'Moon Jae-in', '2003'], 'Ahn Cheol-soo')],
      [],
    ],
    [
      'an evidence question’s sentence does not count',
      [choice('evidence', ['Ahn Cheol-soo', 'Moon Jae-in', 'Park Geun-hye'], 'Ahn Cheol-soo')],
      [],
    ],
  ] as const)('%s', (_, questions, covered) => {
    const coverage = squadCoverage(asBank(quizOf([...questions] as QuestionInput[])), SQUAD);
    expect(coverage.questions).toBe(5);
    expect(coverage.hits.map((hit) => hit.question)).toEqual(covered);
    expect(coverage.covered).toBe(covered.length);
    expect(coverage.share).toBeCloseTo(covered.length / 5);
    expect(coverage.misses).toHaveLength(5 - covered.length);
    expect([coverage.paragraphs, coverage.paragraphsFound]).toEqual([4, 3]);
  });

  it('names the generated question behind a hit and the keys near a miss', () => {
    const who = choice('who', PEOPLE, 'Ahn Cheol-soo');
    const coverage = squadCoverage(asBank(quizOf([who])), SQUAD);
    expect(coverage.hits[0]?.by).toEqual({
      id: who.id,
      type: 'who',
      key: 'Ahn Cheol-soo',
      prompt: who.prompt,
    });
    expect(coverage.misses[0]).toEqual({
      question: 'What did Ahn suggest?',
      answers: ['a referendum concerning THAAD deployment'],
      keysInParagraph: ['Ahn Cheol-soo'],
    });
  });
});

describe('squadArticleSchema', () => {
  it('accepts a corpus file and refuses a question without answers', () => {
    expect(squadArticleSchema.safeParse(SQUAD).success).toBe(true);
    const broken = {
      title: 'x',
      paragraphs: [{ context: 'c', qas: [{ question: 'q', answers: [] }] }],
    };
    expect(squadArticleSchema.safeParse(broken).success).toBe(false);
  });
});
