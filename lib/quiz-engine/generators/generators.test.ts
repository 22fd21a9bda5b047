import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { mentions, type Candidate, type GeneratorContext } from '../kit';
import { createRandom } from '../random';
import { questionSchema } from '../schema';
import { quizFromArticle } from '../index';
import { articleOf, seedInput } from '../test-support';
import { acronymQuestions, lookAlikeExpansions } from './acronym';
import { evidenceQuestions } from './evidence';
import { fillInQuestions } from './fill-in';
import { fixtureArticle } from './fixture';
import { matchingQuestions } from './matching';
import { quoteQuestions } from './quote';
import { timelineQuestions } from './timeline';
import { trueFalseQuestions } from './true-false';
import { whenQuestions } from './when';
import { whoQuestions } from './who';

const context = (): GeneratorContext => ({
  analysis: analyze(fixtureArticle()),
  random: createRandom(1),
});
const ctx = context();
const all = (generate: (c: GeneratorContext) => Candidate[]) =>
  generate(ctx).map((c) => c.question);
const byPrompt = (questions: ReturnType<typeof all>, pattern: RegExp) =>
  questions.find((q) => pattern.test(q.prompt));

describe.each([
  ['who', whoQuestions],
  ['quote', quoteQuestions],
  ['when', whenQuestions],
  ['acronym', acronymQuestions],
  ['fill-in', fillInQuestions],
  ['true-false', trueFalseQuestions],
  ['evidence', (c: GeneratorContext) => evidenceQuestions(c)],
  ['timeline', timelineQuestions],
  ['matching', matchingQuestions],
])('%s questions on an unseen article', (type, generate) => {
  const questions = all(generate);

  it('exist and pass the schema', () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.type).toBe(type);
      expect(questionSchema.safeParse({ ...question, id: 'q-test', rank: 1 }).success).toBe(true);
    }
  });

  it('cite sentences that state the answer', () => {
    for (const question of questions) {
      const evidence = question.evidence.map((e) => e.quote).join(' ');
      if (
        typeof question.answer === 'string' &&
        !['true-false', 'evidence', 'acronym', 'quote'].includes(type)
      ) {
        expect(evidence).toContain(question.answer);
      }
      if (type === 'acronym') expect(evidence).toMatch(/\(RETA\)/);
    }
  });

  it('offer 3–4 distinct options with the answer at varying positions', () => {
    const positions = new Set<number>();
    for (const question of questions) {
      if (
        !('choices' in question) ||
        question.type === 'true-false' ||
        question.type === 'matching'
      )
        continue;
      expect(question.choices.length).toBeGreaterThanOrEqual(3);
      expect(question.choices.length).toBeLessThanOrEqual(4);
      positions.add(question.choices.indexOf(question.answer));
    }
    if (questions.length >= 4 && !['true-false', 'timeline', 'matching', 'fill-in'].includes(type))
      expect(positions.size).toBeGreaterThan(1);
  });
});

describe('whoQuestions', () => {
  const questions = all(whoQuestions);
  it.each([
    [/^Who proposed a carbon tax\?$/, 'Maria Okafor'],
    [/^Who rejected the carbon tax/, 'Daniel Brandt'],
    [/^Which organisation called for subsidies/, 'Farmers Union'],
    [/^Who was a former mayor of Malmo\?$/, 'Peter Lindqvist'],
  ])('asks %s → %s with people or organisations as options, never an alias', (pattern, answer) => {
    const question = byPrompt(questions, pattern);
    expect(question?.answer).toBe(answer);
    if (question?.type !== 'who') return;
    expect(question.choices).not.toContain('Okafor');
    expect(question.choices).not.toContain('Brandt');
    expect(question.prompt).not.toContain(answer);
  });

  it('never offers someone the text says did the same as a wrong answer', () => {
    const opposed = byPrompt(questions, /opposed the carbon tax/);
    // Brandt rejected (a different verb) the tax; nobody else "opposed" it, so the options are safe.
    expect(opposed?.answer).toBe('Farmers Union');
  });

  it('asks the seed example: who suggested a referendum concerning THAAD deployment', () => {
    const seed = whoQuestions({ analysis: analyze(seedInput()), random: createRandom(1) }).map(
      (c) => c.question,
    );
    const question = seed.find((q) => /referendum/.test(q.prompt));
    expect(question?.prompt).toBe('Who suggested a referendum concerning THAAD deployment?');
    expect(question?.answer).toBe('Ahn Cheol-soo');
  });

  it('names a government by its capital with other capitals as options', () => {
    const seed = whoQuestions({ analysis: analyze(seedInput()), random: createRandom(1) }).map(
      (c) => c.question,
    );
    const question = seed.find((q) => /denounced THAAD/.test(q.prompt));
    if (question && question.type === 'who') {
      expect(question.prompt.startsWith('Which government')).toBe(true);
      expect(question.answer).toBe('Beijing');
      expect(question.choices).not.toContain('China');
    }
  });
});

describe('quoteQuestions', () => {
  it('asks for the speaker of an unaltered quotation', () => {
    const question = all(quoteQuestions)[0];
    expect(question?.prompt).toBe('Who said, “We cannot tax our way out of a crisis”?');
    expect(question?.answer).toBe('Daniel Brandt');
  });
});

describe('whenQuestions', () => {
  const questions = all(whenQuestions);
  it.each([
    [/^When did Maria Okafor propose a carbon tax\?$/, '3 March 2019'],
    [/^When did the National Assembly approve/, '20 June 2019'],
    [/^When did Daniel Brandt say, “We cannot tax/, '12 April 2019'],
  ])('asks %s → %s, dates as options, none overlapping', (pattern, answer) => {
    const question = byPrompt(questions, pattern);
    expect(question?.answer).toBe(answer);
    if (question?.type === 'when')
      for (const choice of question.choices) expect(choice).toMatch(/^\d{1,2} \w+ \d{4}$/);
  });

  it('never asks about a relative date it cannot resolve', () => {
    const seed = whenQuestions({ analysis: analyze(seedInput()), random: createRandom(1) }).map(
      (c) => c.question,
    );
    expect(seed.some((q) => /push ahead|Kaesong/.test(q.prompt))).toBe(false);
  });
});

describe('acronymQuestions', () => {
  it('asks both directions and never offers the answer twice', () => {
    const questions = all(acronymQuestions);
    expect(byPrompt(questions, /^What does RETA stand for\?$/)?.answer).toBe(
      'Renewable Energy Transition Act',
    );
  });

  it.each([['Terminal High Altitude Area Defense'], ['Legal Framework Order']])(
    'builds look-alike long forms of %s with the same initials',
    (long) => {
      const initials = (text: string) =>
        text
          .split(' ')
          .map((w) => w[0])
          .join('');
      for (const variant of lookAlikeExpansions(long, 3)) {
        expect(variant).not.toBe(long);
        expect(initials(variant)).toBe(initials(long));
      }
    },
  );
});

describe('fillInQuestions', () => {
  const questions = all(fillInQuestions);
  it('blanks only names and numbers, once, and accepts aliases', () => {
    for (const question of questions) {
      if (question.type !== 'fill-in') continue;
      expect(question.prompt.match(/_____/g)).toHaveLength(1);
      expect(/^\p{Lu}|^\d/u.test(question.answer)).toBe(true);
      expect(mentions(question.prompt, question.answer)).toBe(false);
    }
    const brandt = questions.find((q) => q.type === 'fill-in' && q.answer === 'Daniel Brandt');
    expect(brandt?.type === 'fill-in' && brandt.acceptedAnswers).toContain('Brandt');
  });
});

describe('trueFalseQuestions', () => {
  const questions = all(trueFalseQuestions);
  it('keeps the attribution and makes false forms the text contradicts', () => {
    const falses = questions.filter((q) => q.answer === 'False');
    expect(falses.length).toBeGreaterThan(0);
    for (const question of questions)
      expect(question.prompt.startsWith('According to the article, ')).toBe(true);
    expect(falses.map((q) => q.prompt)).toEqual(
      expect.arrayContaining([
        'According to the article, Maria Okafor supported new coal mines in the north.',
        'According to the article, Maria Okafor proposed a carbon tax on 9 March 2019.',
      ]),
    );
  });

  it('never alters a quotation', () => {
    expect(questions.some((q) => /cannot tax/.test(q.prompt))).toBe(false);
  });
});

describe('evidenceQuestions', () => {
  it('offers article sentences, about the same actor, that do not support the statement', () => {
    const question = byPrompt(
      all((c) => evidenceQuestions(c)),
      /Daniel Brandt supported lower fuel duties/,
    );
    expect(question?.answer).toBe('He supported lower fuel duties for farmers.');
    if (question?.type !== 'evidence') return;
    for (const choice of question.choices)
      if (choice !== question.answer) expect(choice).not.toMatch(/fuel duties/);
  });
});

describe('timelineQuestions', () => {
  it('orders dated events whose text holds no date', () => {
    const [question] = all(timelineQuestions);
    expect(question?.type).toBe('timeline');
    if (question?.type !== 'timeline') return;
    expect(question.answer[0]).toBe('Maria Okafor proposed a carbon tax');
    expect(question.answer[question.answer.length - 1]).toBe(
      'The National Assembly approved the RETA',
    );
    for (const item of question.items) expect(item).not.toMatch(/\d{4}|March|April|June/);
    expect(question.items).not.toEqual(question.answer);
  });
});

describe('matchingQuestions', () => {
  it('matches each actor to one position that fits no other actor shown', () => {
    const [question] = all(matchingQuestions);
    if (question?.type !== 'matching') throw new Error('no matching question');
    expect(new Set(question.items).size).toBe(question.items.length);
    expect(question.items.length).toBeGreaterThanOrEqual(3);
    const carbon = question.answer.filter((position) => /carbon tax/.test(position));
    expect(carbon.length).toBeLessThanOrEqual(1);
  });
});

describe('coverage rules on a made-up article', () => {
  const article = articleOf([
    'Maria Okafor, leader of the Green Union Party, proposed a carbon tax on 3 March 2021. The Labour Reform Party and the Civic Alliance Party opposed the tax.',
    '"We will not wait for another flood," she said during a speech at the Riverside Assembly.',
    'The ruling Civic Alliance Party lost twelve seats in 2022, and the Green Union Party gained nine seats.',
    'Maria Okafor promised free buses for every student in the province.',
    'The Green Union Party opened an office in every district of the province.',
    'Farmers in the north feared higher fuel prices, while city councils expected cleaner air and quieter streets within a decade of the change.',
  ]);
  const local = { analysis: analyze(article), random: createRandom(1) };

  it('asks which party the article calls the ruling party, with parties as options', () => {
    const question = whoQuestions(local)
      .map((c) => c.question)
      .find((q) => /ruling party/.test(q.prompt));
    expect(question?.answer).toBe('Civic Alliance Party');
    expect(question && 'choices' in question ? question.choices : []).toEqual(
      expect.arrayContaining(['Green Union Party', 'Labour Reform Party']),
    );
  });

  it('blanks a name after a quotation, naming the speaker in brackets and never the quotation', () => {
    const question = fillInQuestions(local)
      .map((c) => c.question)
      .find((q) => q.answer === 'Riverside Assembly');
    expect(question?.prompt).toContain(
      '"We will not wait for another flood," [Maria Okafor] said during a speech at the _____.',
    );
  });

  it('covers every person, party and date of the article in a quiz', () => {
    const quiz = quizFromArticle(article);
    const answers = new Set(
      quiz.questions.flatMap((q) =>
        q.type === 'fill-in' ? [q.answer, ...q.acceptedAnswers] : [JSON.stringify(q.answer)],
      ),
    );
    const said = (name: string) => answers.has(name) || answers.has(JSON.stringify(name));
    for (const name of [
      'Maria Okafor',
      'Civic Alliance Party',
      'Green Union Party',
      'Labour Reform Party',
      'Riverside Assembly',
      '3 March 2021',
    ])
      expect(said(name), name).toBe(true);
  });
});

describe('when-questions on bare passives', () => {
  it.each([
    [
      'The 1962 Constitution was abrogated on 25 March 1969.',
      'When was the 1962 Constitution abrogated?',
    ],
    ['In 2006, a new design of British passport was introduced.', undefined],
    ['In September 2002, the logo was changed.', undefined],
  ])('%s → %s', (sentence, expected) => {
    const local = {
      analysis: analyze(
        articleOf([
          sentence,
          'The 1956 Constitution was adopted on 23 March 1956, and the Assembly met again in 1958 and 1971.',
        ]),
      ),
      random: createRandom(1),
    };
    const prompts = whenQuestions(local).map((c) => c.question.prompt);
    if (expected) expect(prompts).toContain(expected);
    else expect(prompts.filter((p) => /passport|logo/.test(p))).toEqual([]);
  });
});
