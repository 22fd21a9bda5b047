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
