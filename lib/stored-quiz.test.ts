import { describe, expect, it } from 'vitest';
import v1 from '@/store/fixtures/my-articles.v1.json';
import v2 from '@/store/fixtures/my-articles.v2.json';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import { parseStoredQuiz } from './stored-quiz';

const quizV1 = Object.values(v1.state.articles)[0]!.quiz;
const quizV2 = Object.values(v2.state.articles)[0]!.quiz;

describe('parseStoredQuiz', () => {
  it('reads a v1 quiz as v2: ranked in stored order, every question in the default quiz', () => {
    const parsed = parseStoredQuiz(quizV1);
    expect(parsed.success).toBe(true);
    const quiz = parsed.data!;
    expect(quiz.schemaVersion).toBe(2);
    expect(quiz.questions.map((question) => question.rank)).toEqual([1, 2, 3, 4]);
    expect(defaultQuestions(quiz).map((question) => question.id)).toEqual(
      quizV1.questions.map((question) => question.id),
    );
  });

  it('reads a v2 quiz as it is', () => {
    expect(parseStoredQuiz(quizV2).data).toEqual(quizV2);
  });

  it.each([
    ['a future version', { ...quizV2, schemaVersion: 3 }],
    ['a v1 quiz whose questions are not a list', { ...quizV1, questions: 'none' }],
    ['a v2 quiz without its defaultCount', { ...quizV2, defaultCount: undefined }],
    ['no quiz at all', null],
    ['text', 'quiz'],
  ])('refuses %s', (_case, data) => {
    expect(parseStoredQuiz(data).success).toBe(false);
  });
});
