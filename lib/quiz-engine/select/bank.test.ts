import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from '../forms/kit';
import { MULTIPLE_CHOICE_TYPES } from '../kinds';
import { createRandom } from '../random';
import type { QuestionType } from '../schema';
import {
  MAX_KEY_SHARE,
  MAX_PER_PATTERN,
  MAX_TYPE_SHARE,
  MIN_QUIZ,
  TRUE_SHARE,
  defaultCountFor,
  questionId,
  rankBank,
  toQuestions,
} from './bank';

let serial = 0;

/** A hand-made draft: its own fact, evidence and prompt unless told otherwise. */
function draft(type: QuestionType, key: string, score: number, extra: Partial<Draft> = {}): Draft {
  serial++;
  const tf = type === 'true-false';
  return {
    type,
    prompt: `${type} question ${serial}?`,
    explanation: 'Paragraph 1: it says so.',
    evidence: [`s${serial}`],
    key,
    distractors: tf ? [key === 'True' ? 'False' : 'True'] : [`${key} A`, `${key} B`, `${key} C`],
    keyId: tf ? key : `key:${key}`,
    about: [],
    score,
    fact: `fact ${serial}`,
    shown: [],
    idParts: [String(serial)],
    ...extra,
  };
}

const many = (count: number, make: (i: number) => Draft) => [...Array(count).keys()].map(make);
const MULTIPLE = new Set<QuestionType>(MULTIPLE_CHOICE_TYPES);

describe('defaultCountFor: about 15 questions per 1,000 words, 5 to 40', () => {
  it.each<[number, number]>([
    [0, 5],
    [200, 5],
    [500, 8],
    [1000, 15],
    [2000, 30],
    [2667, 40],
    [10000, 40],
  ])('%s words → %s', (words, count) => {
    expect(defaultCountFor(words)).toBe(count);
  });
});

describe('rankBank', () => {
  it('keeps one draft per fact: the one worth most', () => {
    const weak = draft('who', 'Moon Jae-in', 2, { fact: 'moon suggested' });
    const strong = draft('who', 'Moon Jae-in', 4, { fact: 'moon suggested' });
    const other = draft('which', 'Democratic Party', 3, { fact: 'moon suggested' });
    const { ranked } = rankBank([weak, strong, other], 5);
    expect(ranked).toContain(strong);
    expect(ranked).not.toContain(weak);
    // The same fact asked by another type is another question.
    expect(ranked).toContain(other);
  });

  it('keeps one of a statement’s true and false forms, the false first', () => {
    const t = draft('true-false', 'True', 3, { fact: 'statement' });
    const f = draft('true-false', 'False', 3, { fact: 'statement' });
    const { ranked } = rankBank([t, f], 5);
    expect(ranked).toEqual([f]);
  });

  it.each<[string, Draft[]]>([
    [
      'one key on six of ten questions',
      [
        ...many(6, (i) => draft('who', 'Moon Jae-in', 5 - i / 10)),
        ...many(4, (i) => draft('which', `Party ${i}`, 4)),
      ],
    ],
    [
      'one key written two ways ("the United Nations", "United Nations")',
      [
        ...many(3, (i) => draft('which', 'the United Nations', 5 - i / 10)),
        ...many(3, (i) => draft('which', 'United Nations', 4 - i / 10)),
        ...many(4, (i) => draft('when', `${1990 + i}`, 3)),
      ],
    ],
  ])('no key answers more than 20 percent of the multiple-choice questions: %s', (_, drafts) => {
    const { ranked } = rankBank(drafts, 10);
    const choice = ranked.filter((d) => MULTIPLE.has(d.type));
    const limit = Math.max(1, Math.floor(choice.length * MAX_KEY_SHARE));
    const counts = new Map<string, number>();
    for (const d of choice) {
      const key = d.key!.replace(/^the /, '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const n of counts.values()) expect(n).toBeLessThanOrEqual(limit);
    // The strongest question on the key stays.
    expect(ranked).toContain(drafts[0]);
  });

  it.each<[string, number, number]>([
    ['mostly True', 8, 2],
    ['mostly False', 2, 8],
    ['balanced', 5, 5],
  ])('keeps True at 40–58 percent of true/false: %s', (_, trues, falses) => {
    const drafts = [
      ...many(trues, (i) => draft('true-false', 'True', 3 - i / 10)),
      ...many(falses, (i) => draft('true-false', 'False', 3 - i / 10)),
    ];
    const { ranked } = rankBank(drafts, 10);
    const tf = ranked.filter((d) => d.type === 'true-false');
    expect(tf.length).toBeGreaterThanOrEqual(4);
    const share = tf.filter((d) => d.key === 'True').length / tf.length;
    expect(share).toBeGreaterThanOrEqual(TRUE_SHARE.min);
    expect(share).toBeLessThanOrEqual(TRUE_SHARE.max);
  });

  it.each<[number, number, number]>([
    // All True: one is kept (two of two, or two of three, would still be "always True").
    [3, 0, 1],
    [2, 0, 1],
    [1, 0, 1],
    [2, 1, 3],
    [1, 1, 2],
  ])(
    'a short bank of %i True and %i False keeps %i: at most half True, rounded up',
    (trues, falses, kept) => {
      const drafts = [
        ...many(trues, (i) => draft('true-false', 'True', 3 - i / 10)),
        ...many(falses, (i) => draft('true-false', 'False', 3 - i / 10)),
        draft('who', 'Ahn Cheol-soo', 2),
      ];
      const tf = rankBank(drafts, 10).ranked.filter((d) => d.type === 'true-false');
      expect(tf).toHaveLength(kept);
      expect(tf.filter((d) => d.key === 'False')).toHaveLength(falses);
    },
  );

  it('a default quiz with many types has no type above 40 percent', () => {
    const types: QuestionType[] = [
      'who',
      'which',
      'where',
      'when',
      'how-many',
      'what',
      'why',
      'quote',
      'fill-in',
      'acronym',
    ];
    const drafts = types.flatMap((type) => many(4, (i) => draft(type, `${type} ${i}`, 5 - i)));
    const { ranked, quizCount } = rankBank(drafts, 15);
    expect(quizCount).toBe(15);
    const quiz = ranked.slice(0, quizCount);
    for (const type of types)
      expect(quiz.filter((d) => d.type === type).length).toBeLessThanOrEqual(
        quizCount * MAX_TYPE_SHARE,
      );
    // The rest of the bank follows; nothing is lost.
    expect(ranked).toHaveLength(drafts.length);
  });

  it('a default quiz takes few questions of one fixed pattern while others wait', () => {
    // The best-scored true/false are all "X said, “…”": only MAX_PER_PATTERN of them lead.
    const said = many(6, (i) =>
      draft('true-false', i % 2 ? 'True' : 'False', 9 - i / 10, { pattern: 'said-quote' }),
    );
    const plain = many(6, (i) => draft('true-false', i % 2 ? 'True' : 'False', 5 - i / 10));
    const others = (['who', 'which', 'where', 'when', 'how-many', 'what'] as const).flatMap(
      (type) => many(2, (i) => draft(type, `${type} ${i}`, 6 - i)),
    );
    const { ranked, quizCount } = rankBank([...said, ...plain, ...others], 15);
    const quiz = ranked.slice(0, quizCount);
    expect(quizCount).toBe(15);
    expect(quiz.filter((d) => d.pattern === 'said-quote')).toHaveLength(MAX_PER_PATTERN);
    expect(quiz.filter((d) => d.type === 'true-false' && !d.pattern).length).toBeGreaterThan(0);
  });

  it('a bank of two types gives a shorter quiz, never shorter than MIN_QUIZ', () => {
    const drafts = [
      ...many(10, (i) => draft('who', `Person ${i}`, 5 - i / 10)),
      ...many(10, (i) => draft('when', `${1900 + i}`, 5 - i / 10)),
    ];
    const { ranked, quizCount } = rankBank(drafts, 10);
    expect(quizCount).toBe(MIN_QUIZ);
    const quiz = ranked.slice(0, quizCount);
    expect(new Set(quiz.map((d) => d.type))).toEqual(new Set(['who', 'when']));
    expect(ranked).toHaveLength(drafts.length);
  });

  it('a one-type bank fills its quiz only up to the type cap', () => {
    const drafts = many(10, (i) => draft('who', `Person ${i}`, 5 - i / 10));
    const { ranked, quizCount } = rankBank(drafts, 10);
    expect(quizCount).toBe(Math.floor(10 * MAX_TYPE_SHARE));
    // Best first.
    expect(ranked.slice(0, quizCount)).toEqual(drafts.slice(0, quizCount));
  });
});

const SENTENCES = [
  'Moon Jae-in won the election in 2017.',
  'Ahn Cheol-soo suggested a referendum on the missile system.',
  'Hong Joon-pyo supports a hard line on North Korea.',
  'Sim Sang-jung called for a wealth tax.',
  'Yoo Seong-min backed the alliance with the United States.',
  'The National Assembly approved the budget in 2016.',
  'The Constitutional Court removed the president in 2017.',
  'Seoul lowered interest rates in 2015.',
  'The army sent 130,000 soldiers to the region.',
  'The city built 12 bridges.',
];

function article(): Analysis {
  const body = `${SENTENCES.slice(0, 5).join(' ')}\n\n${SENTENCES.slice(5).join(' ')}`;
  const { passages, wordCount } = segmentArticle(`Korea\n\n${body}\n`);
  return analyzeArticle({ slug: 'korea', title: 'Korea', passages, wordCount });
}

describe('toQuestions', () => {
  const analysis = article();
  const ids = analysis.doc.sentences.map((s) => s.id);
  // Ranked worst-placed first in reading order, so stored order and rank order differ.
  const ranked = ids
    .map((id, i) => draft(i % 2 ? 'who' : 'when', `Answer ${i}`, 1, { evidence: [id] }))
    .reverse();

  it('stores questions in reading order with ranks 1..n', () => {
    const questions = toQuestions(analysis, ranked, 'test', createRandom(1));
    expect(questions).toHaveLength(ranked.length);
    expect(questions.map((q) => q.rank).sort((a, b) => a - b)).toEqual(
      [...ranked.keys()].map((i) => i + 1),
    );
    expect(questions.map((q) => q.evidence[0]!.sentenceId)).toEqual(ids);
    // The first question in reading order was ranked last.
    expect(questions[0]!.rank).toBe(ranked.length);
    for (const q of questions)
      expect(q.evidence[0]!.quote).toBe(SENTENCES[ids.indexOf(q.evidence[0]!.sentenceId)]);
  });

  it.each([1, 2, 7, 42])('deals key positions evenly in reading order (seed %s)', (seed) => {
    const questions = toQuestions(analysis, ranked, 'test', createRandom(seed));
    const positions = questions.map((q) => {
      if (!('choices' in q) || typeof q.answer !== 'string') throw new Error('a choice question');
      expect(q.choices).toHaveLength(4);
      expect(q.choices).toContain(q.answer);
      return q.choices.indexOf(q.answer);
    });
    // Every run of four uses each of the four places once.
    for (let i = 0; i + 4 <= positions.length; i += 4)
      expect([...positions.slice(i, i + 4)].sort()).toEqual([0, 1, 2, 3]);
  });

  it('a true/false question keeps True, False in that order', () => {
    const statement = draft('true-false', 'False', 1, { evidence: [ids[0]!] });
    const [question] = toQuestions(analysis, [statement], 'test', createRandom(3));
    expect(question).toMatchObject({
      type: 'true-false',
      choices: ['True', 'False'],
      answer: 'False',
    });
  });

  it('ids depend on the draft, never on the seed', () => {
    const a = toQuestions(analysis, ranked, 'test', createRandom(1)).map((q) => q.id);
    const b = toQuestions(analysis, ranked, 'test', createRandom(99)).map((q) => q.id);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(questionId('test', ranked[0]!)).toBe(questionId('test', { ...ranked[0]!, score: 9 }));
    expect(questionId('test', ranked[0]!)).not.toBe(questionId('other', ranked[0]!));
  });
});
