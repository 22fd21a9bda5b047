import { describe, expect, it } from 'vitest';
import v1 from '@/store/fixtures/my-articles.v1.json';
import v2 from '@/store/fixtures/my-articles.v2.json';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { generateQuiz } from './generate';
import type { GenerateRequest } from './generate-protocol';

const saved = Object.values(v2.state.articles)[0]!;
const text = [saved.title, ...saved.quiz.passages.map((passage) => passage.text)].join('\n\n');
const request: GenerateRequest = {
  id: saved.id,
  text,
  fileName: 'pasted-article.txt',
  source: 'text',
  publisher: saved.publisher,
  date: saved.date,
};
const clock = () => 0;
const fakeEngine = (quiz: unknown) => (() => quiz as Quiz) as Parameters<typeof generateQuiz>[1];

describe('generateQuiz', () => {
  it('answers with a quiz of schema 2 about the request’s id, ranked, with its default quiz', () => {
    const response = generateQuiz(request);
    if (!response.ok) throw new Error(response.message);
    expect(response.quiz.schemaVersion).toBe(2);
    expect(response.quiz.article.slug).toBe(saved.id);
    expect(response.quiz.questions.length).toBeGreaterThan(0);
    expect(response.quiz.defaultCount).toBeGreaterThan(0);
  });

  it('sends a quiz the engine made as it is, once it passes the schema', () => {
    expect(generateQuiz(request, fakeEngine(saved.quiz), clock)).toEqual({
      ok: true,
      quiz: saved.quiz,
      ms: 0,
    });
  });

  it.each([
    [
      'a quiz of schema 1',
      Object.values(v1.state.articles)[0]!.quiz,
      'invalid-quiz',
      /does not match quiz schema 2 \(schemaVersion: /,
    ],
    [
      'ranks with a gap',
      { ...saved.quiz, questions: saved.quiz.questions.map((q) => ({ ...q, rank: q.rank * 2 })) },
      'invalid-quiz',
      /questions: question ranks must be 1\.\.n/,
    ],
    ['no questions', { ...saved.quiz, questions: [], defaultCount: 0 }, 'no-questions', /no fair/],
  ])('refuses %s in one line', (_case, quiz, problem, message) => {
    const response = generateQuiz(request, fakeEngine(quiz), clock);
    expect(response).toMatchObject({ ok: false, problem });
    expect(!response.ok && response.message).toMatch(message);
  });

  it('words a refusal of pasted text as text, and an engine failure as one', () => {
    expect(generateQuiz({ ...request, text: '   ' })).toEqual({
      ok: false,
      problem: 'empty',
      message: 'the text is empty',
    });
    expect(generateQuiz({ ...request, text: '   ', source: 'file' })).toMatchObject({
      message: 'the file is empty',
    });
    const failing = (() => {
      throw new Error('boom');
    }) as Parameters<typeof generateQuiz>[1];
    expect(generateQuiz(request, failing, clock)).toEqual({
      ok: false,
      problem: 'engine',
      message: 'the quiz could not be generated (boom)',
    });
  });
});
