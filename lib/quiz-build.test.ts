import { describe, expect, it } from 'vitest';
import { ArticleSourceError } from '@/lib/article-source';
import { GOOD_WHO, quizOf } from '@/lib/quiz-check/test-quiz';
import { buildQuiz, QuizContractError, quizJsonSchema, stableJson, validQuiz } from './quiz-build';

describe('validQuiz', () => {
  it('returns a quiz that keeps the contract', () => {
    expect(validQuiz(quizOf([GOOD_WHO])).questions).toHaveLength(1);
  });

  it.each([
    [
      'a quote that is not the passage text',
      quizOf([{ ...GOOD_WHO, evidence: [{ ...GOOD_WHO.evidence[0]!, quote: 'nope' }] }]),
    ],
    ['an answer outside the choices', quizOf([{ ...GOOD_WHO, answer: 'Kim Jong Un' }])],
    ['not a quiz at all', { hello: 'world' }],
  ])('refuses %s in one line', (_name, data) => {
    expect(() => validQuiz(data)).toThrow(QuizContractError);
    try {
      validQuiz(data);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

const PASTED = `Senate reform bill passes first vote

The Senate of Pakistan approved the electoral reform bill on 12 March 2024, after a debate that lasted three days. Senator Farooq Naek, who chaired the committee, said the bill would make elections fairer.

The bill makes four main changes:
* Voters will be able to check their polling station by text message.
* The Election Commission of Pakistan will publish results within 24 hours.
* Candidates must declare their assets to the commission before nomination.
* Overseas Pakistanis will vote at embassies in 2028 for the first time.

## The Senate vote of 12 March 2024

Opposition leader Shibli Faraz criticised the timetable. He said the opposition had two days to read the final text.

> We support fair elections, but this bill was rushed through without proper scrutiny.`;

describe('buildQuiz on pasted text with a list, a heading and a block quote', () => {
  const { quiz } = buildQuiz(PASTED, 'pasted-article.txt', { seed: 1 });
  const byId = new Map(quiz.passages.map((passage) => [passage.id, passage]));
  const cited = quiz.questions.flatMap((question) =>
    question.evidence.map((evidence) => ({ evidence, passage: byId.get(evidence.passageId) })),
  );

  it('keeps the forms in the quiz: four list items, a heading, a quote', () => {
    expect(quiz.passages.map((passage) => passage.form ?? passage.kind)).toEqual([
      'paragraph',
      'paragraph',
      'bullet',
      'bullet',
      'bullet',
      'bullet',
      'heading',
      'paragraph',
      'quote',
    ]);
  });

  it('asks about a list item as a sentence of its own, never glued to the next', () => {
    const fromItems = cited.filter(({ passage }) => passage?.form === 'bullet');
    expect(fromItems.length).toBeGreaterThan(0);
    for (const { evidence, passage } of fromItems) {
      expect(evidence.quote).toBe(passage?.text);
      expect(evidence.quote).not.toContain('*');
    }
  });

  it('never asks about a heading, even one full of dates and names', () => {
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(({ passage }) => passage?.kind !== 'paragraph')).toEqual([]);
  });
});

describe('buildQuiz', () => {
  it('refuses unusable input before the engine runs', () => {
    expect(() => buildQuiz('', 'empty.txt')).toThrow(ArticleSourceError);
  });
});

describe('stableJson', () => {
  it('writes two-space JSON with one trailing newline', () => {
    expect(stableJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

describe('quizJsonSchema', () => {
  it('describes the quiz and says which rules only the zod schema can enforce', () => {
    const schema = quizJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['questions', 'passages']),
    });
    expect(schema.description).toMatch(/passage\.text\.slice\(start, end\)/);
  });
});
