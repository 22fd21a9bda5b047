import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/quiz-engine/schema';
import { checkQuiz, failsGates, groundingProblem, type Gate } from './checks';
import { extractEntities } from './entities';
import { formatReport } from './format';
import { cite, GOOD_WHO, PARAGRAPHS, quizOf } from './test-quiz';

const entities = extractEntities(PARAGRAPHS);

const GOOD_TF: Extract<Question, { type: 'true-false' }> = {
  id: 'q-tf',
  rank: 1,
  type: 'true-false',
  prompt: 'According to the article, Park Geun-hye of the Saenuri Party backed the THAAD system.',
  choices: ['True', 'False'],
  answer: 'True',
  explanation: 'The article says so.',
  evidence: [cite('backed the Terminal')],
};

const GOOD: Question[] = [
  GOOD_WHO,
  {
    id: 'q-when',
    rank: 1,
    type: 'when',
    prompt:
      'When did Moon Jae-in say South Korea should seek balance between the United States and China?',
    choices: ['24 January 2017', '23 April 2017', '11 March 2016'],
    answer: '24 January 2017',
    explanation: 'He said it on 24 January 2017.',
    evidence: [cite('24 January 2017')],
  },
  {
    id: 'q-acronym',
    rank: 1,
    type: 'acronym',
    prompt: 'What does THAAD stand for?',
    choices: [
      'Terminal High Altitude Area Defense',
      'Korea Air and Missile Defense',
      'Theatre High Air Attack Defense',
    ],
    answer: 'Terminal High Altitude Area Defense',
    explanation: 'THAAD is the Terminal High Altitude Area Defense system.',
    evidence: [cite('(THAAD)')],
  },
  GOOD_TF,
  {
    id: 'q-fill',
    rank: 1,
    type: 'fill-in',
    prompt: 'Park Geun-hye of the _____ backed the Terminal High Altitude Area Defense system.',
    answer: 'Saenuri Party',
    acceptedAnswers: ['Saenuri'],
    explanation: 'She belonged to the Saenuri Party.',
    evidence: [cite('backed the Terminal')],
  },
];

describe('checkQuiz', () => {
  it('passes a well-made quiz with no violations', () => {
    const report = checkQuiz(quizOf(GOOD), entities);
    expect(report.violations).toEqual([]);
    expect(report.grounded).toBe(GOOD.length);
    expect(failsGates(report)).toBe(false);
    expect(report.typeMix).toMatchObject({
      who: 1,
      when: 1,
      acronym: 1,
      'true-false': 1,
      'fill-in': 1,
    });
  });

  it.each<[string, Question[], Gate]>([
    [
      'a key not stated in its evidence',
      [{ ...GOOD_WHO, evidence: [cite('24 January 2017')] }],
      'ungrounded',
    ],
    [
      'a quote that is not the passage text',
      [
        {
          ...GOOD_WHO,
          evidence: [{ ...cite('suggested a referendum'), quote: 'Ahn Cheol-soo suggested it.' }],
        },
      ],
      'ungrounded',
    ],
    [
      'a false statement that alters a quotation',
      [
        {
          id: 'q-tf-bad',
          rank: 1,
          type: 'true-false',
          prompt:
            'According to the article, Moon Jae-in said "We need to abandon the alliance with the US."',
          choices: ['True', 'False'],
          answer: 'False',
          explanation: 'x',
          evidence: [cite('We need to advance')],
        },
      ],
      'ungrounded',
    ],
    [
      'a true/false statement the evidence does not state',
      [
        {
          id: 'q-tf-unstated',
          rank: 1,
          type: 'true-false',
          prompt:
            'According to the article, Ahn Cheol-soo wrote novels about railway engineering in Busan.',
          choices: ['True', 'False'],
          answer: 'False',
          explanation: 'x',
          evidence: [cite('suggested a referendum')],
        },
      ],
      'ungrounded',
    ],
    [
      'the key in the stem',
      [
        {
          ...GOOD_WHO,
          prompt: 'Who, like Ahn, suggested a referendum concerning THAAD deployment?',
        },
      ],
      'leak',
    ],
    [
      'an answer that is not a choice',
      [{ ...GOOD_WHO, choices: ['Moon Jae-in', 'Park Geun-hye', 'Roh Moo-hyun'] }],
      'answer-not-in-choices',
    ],
    [
      'an alias of the key among the options',
      [{ ...GOOD_WHO, choices: ['Ahn', 'Ahn Cheol-soo', 'Moon Jae-in'] }],
      'alias-among-options',
    ],
    [
      'two options naming one country',
      [{ ...GOOD_WHO, choices: ['Ahn Cheol-soo', 'United States', 'U.S.'] }],
      'alias-among-options',
    ],
    [
      'a heading as evidence',
      [{ ...GOOD_WHO, evidence: [cite('suggested a referendum'), cite('Defence Policy')] }],
      'heading-evidence',
    ],
    [
      'two choices',
      [{ ...GOOD_WHO, choices: ['Ahn Cheol-soo', 'Moon Jae-in'] }],
      'too-few-choices',
    ],
    [
      'true/false with other choices',
      [{ ...GOOD_TF, choices: ['True', 'False', 'Unknown'] }],
      'too-few-choices',
    ],
    [
      'two questions with one id',
      [GOOD_WHO, { ...GOOD_WHO, prompt: 'Who called for a referendum on THAAD?' }],
      'duplicate-id',
    ],
    ['the same question twice', [GOOD_WHO, { ...GOOD_WHO, id: 'q-who-2' }], 'duplicate-question'],
    [
      'a fill-in without its blank',
      [
        {
          id: 'q-fill-none',
          rank: 1,
          type: 'fill-in',
          prompt:
            'Park Geun-hye of the Saenuri Party backed the Terminal High Altitude Area Defense system.',
          answer: 'Saenuri Party',
          acceptedAnswers: ['Saenuri'],
          explanation: 'She belonged to the Saenuri Party.',
          evidence: [cite('backed the Terminal')],
        },
      ],
      'missing-blank',
    ],
    [
      'a grammar slip copied from the article ("a excellent chance")',
      [
        {
          ...GOOD_TF,
          prompt:
            'According to the article, Park Geun-hye of the Saenuri Party backed a expensive THAAD system.',
        },
      ],
      'copied-slip',
    ],
  ])('fails %s', (_name, questions, gate) => {
    const report = checkQuiz(quizOf(questions), entities);
    expect(report.violations.map((v) => v.kind)).toContain(gate);
    expect(failsGates(report)).toBe(true);
  });

  it.each([
    'an MP backed an FBI inquiry',
    'a European law, a one-off payment and a university',
    'an hour, an honest answer and a unique chance',
    'the Plan A and an Oscar',
  ])('takes "a"/"an" written as said for no slip: %s', (words) => {
    const report = checkQuiz(
      quizOf([{ ...GOOD_WHO, prompt: `Who said ${words} mattered?` }]),
      entities,
    );
    expect(report.violations.filter((v) => v.kind === 'copied-slip')).toEqual([]);
  });

  it('does not take two timelines with the same generic prompt for duplicates', () => {
    const timeline = (id: string, items: string[]): Question => ({
      id,
      rank: 1,
      type: 'timeline',
      prompt: 'Put these events from the article in order, earliest first.',
      items,
      answer: items,
      explanation: 'x',
      evidence: [cite('24 January 2017')],
    });
    const report = checkQuiz(
      quizOf([timeline('t1', ['a', 'b', 'c']), timeline('t2', ['d', 'e', 'f'])]),
      entities,
    );
    expect(report.violations.filter((v) => v.kind === 'duplicate-question')).toEqual([]);
  });

  it('fails a quiz with no questions', () => {
    expect(failsGates(checkQuiz(quizOf([]), entities))).toBe(true);
  });

  it.each([
    'He advised that Seoul should not choose between which two capitals?',
    'What did the party say this agreement would change?',
    'According to the article, they suggested a referendum.',
    'Fill in the missing name: He said _____ should seek balance.',
    "Fill in the missing number: In 2011, it was Canada's highest-circulation newspaper among the top _____.",
    'Fill in the missing number: In 2005 it had proven coal reserves of _____ million tons.',
    'According to the article, the Toronto Star was the only major daily to do so in 2006.',
  ])('warns about a stem whose pronoun has no referent: %s', (prompt) => {
    const report = checkQuiz(quizOf([{ ...GOOD_WHO, prompt }]), entities);
    expect(report.warnings.map((w) => w.kind)).toContain('pronoun-stem');
  });

  it.each([
    'Who said he would reverse the decision on THAAD?',
    'According to the article, Moon Jae-in said his party wanted balance.',
    'Who said "He supports it"?',
    'Match each actor with the position the article gives them.',
    'According to the article, A number of UK cities are known for their music.',
    'Fill in the missing name: the advantage of _____ is not worth the tension it is causing.',
    'According to the article, several analysts downgraded their recommendations.',
    'Which agreement did Moon say this agreement replaced?',
    'Fill in the missing number: In 2009, it was estimated that people watched _____ hours of radio.',
    'Put these events from the article in order, earliest first.',
  ])('accepts a resolved or quoted pronoun: %s', (prompt) => {
    const report = checkQuiz(quizOf([{ ...GOOD_WHO, prompt }]), entities);
    expect(report.warnings.filter((w) => w.kind === 'pronoun-stem')).toEqual([]);
  });

  it('warns when an option is not of the key’s type', () => {
    const report = checkQuiz(
      quizOf([{ ...GOOD_WHO, choices: ['Ahn Cheol-soo', 'Moon Jae-in', '24 January 2017'] }]),
      entities,
    );
    expect(report.warnings.map((w) => w.kind)).toContain('type-mismatch');
    expect(report.agreeingOptionSets).toBe(0);
  });

  it('counts an untyped option beside a person key as a mismatch', () => {
    const report = checkQuiz(
      quizOf([{ ...GOOD_WHO, choices: ['Ahn Cheol-soo', 'Moon Jae-in', 'balanced diplomacy'] }]),
      entities,
    );
    expect([report.typedOptionSets, report.agreeingOptionSets]).toEqual([1, 0]);
  });

  it('counts option sets of one type as agreeing', () => {
    const report = checkQuiz(quizOf([GOOD_WHO]), entities);
    expect([report.typedOptionSets, report.agreeingOptionSets]).toEqual([1, 1]);
  });

  it('lists the people, organisations, dates and acronyms no question teaches', () => {
    const report = checkQuiz(quizOf(GOOD), entities);
    const uncovered = Object.fromEntries(report.coverage.map((c) => [c.kind, c.uncovered]));
    expect(uncovered.person?.sort()).toEqual(['Moon Jae-in', 'Park Geun-hye', 'Roh Moo-hyun']);
    expect(uncovered.organization).toEqual(['People’s Party']);
    expect(uncovered.date).toEqual(['2015', '2003']);
    expect(uncovered.acronym).toEqual([]);
  });
});

describe('groundingProblem', () => {
  const passages = new Map(quizOf([]).passages.map((p) => [p.id, p]));
  it.each<[string, Question, boolean]>([
    [
      'a who key named by its alias in the evidence',
      {
        ...GOOD_WHO,
        answer: 'Moon Jae-in',
        choices: ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'],
        evidence: [cite('opposed sanctions')],
      },
      true,
    ],
    [
      'a timeline whose items are each dated in the evidence',
      {
        id: 't',
        rank: 1,
        type: 'timeline',
        prompt: 'Put these in order.',
        items: [
          'Moon Jae-in said South Korea should seek balance',
          'Moon Jae-in opposed sanctions',
          'Roh Moo-hyun became president',
        ],
        answer: [
          'Roh Moo-hyun became president',
          'Moon Jae-in opposed sanctions',
          'Moon Jae-in said South Korea should seek balance',
        ],
        explanation: 'x',
        evidence: [cite('opposed sanctions'), cite('seek balance'), cite('Roh Moo-hyun')],
      },
      true,
    ],
    [
      'a timeline with an undated event',
      {
        id: 't',
        rank: 1,
        type: 'timeline',
        prompt: 'Put these in order.',
        items: [
          'Moon Jae-in said South Korea should seek balance',
          'Moon Jae-in opposed sanctions',
          'Ahn Cheol-soo suggested a referendum',
        ],
        answer: [
          'Moon Jae-in opposed sanctions',
          'Moon Jae-in said South Korea should seek balance',
          'Ahn Cheol-soo suggested a referendum',
        ],
        explanation: 'x',
        evidence: [cite('opposed sanctions'), cite('seek balance'), cite('suggested a referendum')],
      },
      false,
    ],
    [
      'a matching whose pairs are each stated',
      {
        id: 'm',
        rank: 1,
        type: 'matching',
        prompt: 'Match each actor to their position.',
        items: ['Ahn Cheol-soo', 'Park Geun-hye', 'Moon Jae-in'],
        choices: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'opposed sanctions',
        ],
        answer: ['suggested a referendum on THAAD', 'backed the THAAD system', 'opposed sanctions'],
        explanation: 'x',
        evidence: [
          cite('suggested a referendum'),
          cite('backed the Terminal'),
          cite('opposed sanctions'),
        ],
      },
      true,
    ],
    [
      'a matching whose actor is named in the sentence before a pronoun',
      {
        id: 'm3',
        rank: 1,
        type: 'matching',
        prompt: 'Match each actor to their position.',
        items: ['Ahn Cheol-soo', 'Park Geun-hye', 'Moon Jae-in'],
        choices: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'need to advance the alliance',
        ],
        answer: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'need to advance the alliance',
        ],
        explanation: 'x',
        evidence: [
          cite('suggested a referendum'),
          cite('backed the Terminal'),
          cite('seek balance'),
          cite('We need to advance'),
        ],
      },
      true,
    ],
    [
      'a matching whose pronoun sentence has no antecedent cited',
      {
        id: 'm4',
        rank: 1,
        type: 'matching',
        prompt: 'Match each actor to their position.',
        items: ['Ahn Cheol-soo', 'Park Geun-hye', 'Moon Jae-in'],
        choices: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'need to advance the alliance',
        ],
        answer: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'need to advance the alliance',
        ],
        explanation: 'x',
        evidence: [
          cite('suggested a referendum'),
          cite('backed the Terminal'),
          cite('We need to advance'),
        ],
      },
      false,
    ],
    [
      'a matching with a pair the article does not state',
      {
        id: 'm2',
        rank: 1,
        type: 'matching',
        prompt: 'Match each actor to their position.',
        items: ['Ahn Cheol-soo', 'Park Geun-hye', 'Moon Jae-in'],
        choices: [
          'suggested a referendum on THAAD',
          'backed the THAAD system',
          'opposed sanctions',
        ],
        answer: ['backed the THAAD system', 'suggested a referendum on THAAD', 'opposed sanctions'],
        explanation: 'x',
        evidence: [
          cite('suggested a referendum'),
          cite('backed the Terminal'),
          cite('opposed sanctions'),
        ],
      },
      false,
    ],
  ])('%s → grounded %s', (_name, question, grounded) => {
    expect(groundingProblem(question, passages) === null).toBe(grounded);
  });
});

describe('groundingProblem with names the article declares equal', () => {
  const passages = new Map(quizOf([]).passages.map((p) => [p.id, p]));
  const question: Question = {
    ...GOOD_WHO,
    prompt: 'Which government should not choose between Beijing and Washington?',
    choices: ['the Korean capital', 'Tokyo', 'Moscow'],
    answer: 'the Korean capital',
    evidence: [cite('should not choose')],
  };
  it('is grounded only when the article declares the evidence wording an alias of the key', () => {
    expect(groundingProblem(question, passages)).not.toBeNull();
    expect(groundingProblem(question, passages, [['Seoul', 'the Korean capital']])).toBeNull();
  });
});

describe('formatReport', () => {
  it('prints the figures and ends with the verdict', () => {
    const lines = formatReport(
      checkQuiz(quizOf([GOOD_WHO, { ...GOOD_WHO, id: 'q-who-2' }]), entities),
    );
    expect(lines[1]).toBe('questions: 2 (who 2)');
    expect(lines).toContain('grounded: 2/2 (100%)');
    expect(lines.some((line) => line.startsWith('  FAIL duplicate-question q-who-2'))).toBe(true);
    expect(lines.at(-1)).toBe('result: FAIL');
  });
});
