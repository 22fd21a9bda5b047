import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  ENGINE_VERSION,
  hintsAtKey,
  quizFromArticle,
  type ArticleInput,
} from './index';
import { mentions } from './kit';
import { defaultQuestions, quizSchema, type Question } from './schema';
import { targetCount } from './select';
import { fixtureArticle } from './generators/fixture';
import { articleOf, corpusFiles, corpusInput, seedInput } from './test-support';

describe('quizFromArticle on the seed article', () => {
  const input = seedInput();
  const quiz = quizFromArticle(input);

  it('passes the quiz schema with every question grounded in a paragraph', () => {
    expect(() => quizSchema.parse(quiz)).not.toThrow();
    const kinds = new Map(quiz.passages.map((p) => [p.id, p.kind]));
    for (const question of quiz.questions) {
      for (const evidence of question.evidence)
        expect(kinds.get(evidence.passageId)).toBe('paragraph');
    }
  });

  it('keeps at least 40 questions covering all nine types', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBe(9);
  });

  it('asks who suggested the THAAD referendum, answered by Ahn Cheol-soo', () => {
    const question = quiz.questions.find((q) => q.type === 'who' && /referendum/i.test(q.prompt));
    expect(question?.answer).toBe('Ahn Cheol-soo');
    expect(question?.evidence[0]?.quote).toContain(
      'suggested a referendum concerning THAAD deployment',
    );
  });

  it.each(['Democratic Party of Korea', 'National Assembly', 'Kim Jong Un', 'Saenuri Party'])(
    'covers %s: it is the answer of some question',
    (name) => {
      expect(quiz.questions.some((q) => q.answer === name)).toBe(true);
    },
  );

  it('is byte-identical for the same seed and keeps ids across seeds', () => {
    expect(JSON.stringify(quizFromArticle(input, { seed: 1 }))).toBe(JSON.stringify(quiz));
    const other = quizFromArticle(input, { seed: 7 });
    expect(other.questions.map((q) => q.id).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
    expect(other.questions.map((q) => q.id)).not.toEqual(quiz.questions.map((q) => q.id));
  });

  it('ranks the kept questions by selection, not by the seed, and asks them all by default', () => {
    const byRank = (q: { questions: Question[] }) =>
      [...q.questions].sort((a, b) => a.rank - b.rank).map((question) => question.id);
    const other = quizFromArticle(input, { seed: 7 });
    expect(byRank(other)).toEqual(byRank(quiz));
    expect(quiz.questions.map((q) => q.rank)).not.toEqual(byRank(quiz).map((_, i) => i + 1));
    expect(quiz.defaultCount).toBe(quiz.questions.length);
    expect(defaultQuestions(quiz)).toEqual(quiz.questions);
  });

  it('records the engine version and passes every passage through without sentence text', () => {
    expect(quiz.engineVersion).toBe(ENGINE_VERSION);
    expect(quiz.passages).toHaveLength(input.passages.length);
    expect(Object.keys(quiz.passages[0]?.sentences[0] ?? {})).toEqual(['id', 'start', 'end']);
  });

  it('caps the number of questions at maxQuestions', () => {
    expect(quizFromArticle(input, { maxQuestions: 5 }).questions).toHaveLength(5);
  });
});

describe('analyzeArticle on the seed article', () => {
  const analysis = analyzeArticle(seedInput());
  it.each([
    ['person', 'Moon Jae-in', ['Moon']],
    ['person', 'Ahn Cheol-soo', []],
    ['person', 'Park Geun-hye', ['Park']],
    ['person', 'Kim Jong Un', []],
    ['organization', 'People’s Party', []],
    ['organization', 'Democratic Party of Korea', []],
    ['organization', 'National Assembly', []],
    ['organization', 'Chosun Ilbo', []],
    ['organization', 'Saenuri Party', []],
    ['place', 'China', ['Beijing']],
    ['place', 'United States', ['US', 'U.S.', 'Washington']],
    ['place', 'North Korea', ['Pyongyang']],
    ['place', 'South Korea', ['Seoul']],
  ])('finds the %s %s with its aliases', (kind, name, aliases) => {
    const entity = analysis.entities.find((e) => e.kind === kind && e.name === name);
    expect(entity).toBeDefined();
    for (const alias of aliases) expect(entity?.aliases).toContain(alias);
  });
});

const corpus = corpusFiles();
describe.skipIf(corpus.length === 0)(
  'quizFromArticle on the shared corpus (../shared/corpus)',
  () => {
    it.each(corpus.map((path) => [path.split('/').pop() ?? path, path]))(
      '%s gives a valid, grounded quiz',
      (_name, path) => {
        const input = corpusInput(path);
        const quiz = quizFromArticle(input);
        expect(() => quizSchema.parse(quiz)).not.toThrow();
        expect(quiz.questions.length).toBeGreaterThan(0);
        // No type over 40% of the quiz, unless holding that would leave it under 60% of its target.
        const counts = new Map<string, number>();
        for (const q of quiz.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
        const largest = Math.max(...counts.values());
        const atFloor = quiz.questions.length <= Math.ceil(targetCount(input.wordCount) * 0.6);
        if (!atFloor) expect(largest).toBeLessThanOrEqual(Math.ceil(quiz.questions.length * 0.4));
      },
      // Speed is measured by bench:engine, not here; a shared CI machine only needs room.
      60_000,
    );
  },
);
if (corpus.length === 0) {
  console.warn('Skipping corpus tests: ../shared/corpus is not present beside the repository.');
}

describe('quizFromArticle on an article with headings', () => {
  const base = fixtureArticle();
  const withHeadings = articleOf(
    [
      'Carbon Tax Debate',
      ...base.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text),
      'Maria Okafor Proposed The Carbon Tax',
    ].flatMap((text, i) => (i === 3 ? ['Reactions In Parliament', text] : [text])),
  );

  it('never cites a heading as evidence', () => {
    expect(withHeadings.passages.some((p) => p.kind === 'heading')).toBe(true);
    const quiz = quizFromArticle(withHeadings, { maxQuestions: 50 });
    const headings = new Set(quiz.passages.filter((p) => p.kind === 'heading').map((p) => p.id));
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const question of quiz.questions)
      for (const e of question.evidence) expect(headings.has(e.passageId)).toBe(false);
  });

  it('shuffles options with the seed but keeps the answers', () => {
    const a = quizFromArticle(base, { seed: 1 });
    const b = quizFromArticle(base, { seed: 2 });
    const answers = (quiz: typeof a) =>
      Object.fromEntries(quiz.questions.map((q) => [q.id, JSON.stringify(q.answer)]));
    expect(answers(b)).toEqual(answers(a));
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });
});

/** Gates every kept question must pass, checked on the output a teacher would see. */
function gateViolations(input: ArticleInput): string[] {
  const quiz = quizFromArticle(input);
  const { entities } = analyzeArticle(input);
  // An answer is stated when the evidence names it in any of the ways the article names it.
  const namesFor = (answer: string) => {
    const entity = entities.find((e) =>
      [e.name, ...e.aliases].some((n) => n.replace(/^the /i, '') === answer),
    );
    return entity ? [entity.name, ...entity.aliases] : [answer];
  };
  const out: string[] = [];
  for (const q of quiz.questions) {
    const evidence = q.evidence.map((e) => e.quote).join(' ');
    const stem = q.prompt.replace(/“.*”/, '');
    if (q.type === 'who' || q.type === 'quote' || q.type === 'fill-in') {
      const names = [...namesFor(q.answer), ...(q.type === 'fill-in' ? q.acceptedAnswers : [])];
      if (names.some((name) => mentions(stem, name.replace(/^the /i, ''))))
        out.push(`answer leaks into stem: ${q.prompt}`);
      if (!names.some((name) => evidence.includes(name.replace(/^the /i, ''))))
        out.push(`answer not in evidence: ${q.prompt}`);
    }
    if (q.type === 'when' && !evidence.includes(q.answer.slice(-4)))
      out.push(`date not in evidence: ${q.prompt}`);
    if (q.type === 'acronym' && !evidence.includes(q.answer))
      out.push(`acronym not in evidence: ${q.prompt}`);
    if ('choices' in q && q.type !== 'true-false' && q.type !== 'matching' && q.choices.length < 3)
      out.push(`too few options: ${q.prompt}`);
    if (
      q.type !== 'timeline' &&
      q.type !== 'matching' &&
      q.type !== 'fill-in' &&
      /\b(?:this|these|those)\s+\p{L}+/iu.test(stem)
    )
      out.push(`unresolved demonstrative: ${q.prompt}`);
  }
  return out;
}

const gateCases: Array<[string, ArticleInput]> = [
  ['the seed', seedInput()],
  ['the unseen fixture', fixtureArticle()],
  ...corpusFiles().map((path): [string, ArticleInput] => [
    path.split('/').pop() ?? path,
    corpusInput(path),
  ]),
];

describe('gates on every kept question', () => {
  it.each(gateCases)(
    '%s has no gate violations',
    (_name, input) => {
      expect(gateViolations(input)).toEqual([]);
    },
    60_000,
  );
});

describe('hintsAtKey', () => {
  const base = { id: 'q', rank: 1, explanation: 'e', evidence: [] };
  it.each([
    [
      'initials of the key in the stem',
      'who',
      'Which organisation published the BFI Top 100?',
      'British Film Institute',
      true,
    ],
    [
      'a distinctive word shared with another name',
      'fill-in',
      'Galleries include Tate Britain and _____.',
      'Tate Modern',
      true,
    ],
    [
      'a common word shared with another name',
      'fill-in',
      'The turmoil in _____ worried North Korea.',
      'South Korea',
      false,
    ],
    ['a one-word key', 'fill-in', 'The deployment of _____ batteries.', 'THAAD', false],
    [
      'a person key with no hint',
      'who',
      'Who suggested a referendum concerning THAAD deployment?',
      'Ahn Cheol-soo',
      false,
    ],
  ])('%s', (_case, type, prompt, answer, expected) => {
    const question = (
      type === 'who'
        ? { ...base, type, prompt, answer, choices: [answer, 'A', 'B'] }
        : { ...base, type, prompt, answer, acceptedAnswers: [] }
    ) as Question;
    expect(hintsAtKey(question)).toBe(expected);
  });
});
