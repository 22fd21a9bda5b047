import { describe, expect, it } from 'vitest';
import v2 from '@/store/fixtures/my-articles.v2.json';
import { defaultQuestions, quizSchema } from '@/lib/quiz-engine/schema';
import { bestRanked } from './ranked';

const quiz = quizSchema.parse(Object.values(v2.state.articles)[0]!.quiz);
const ranks = (limit: number) => bestRanked(quiz.questions, limit).map((question) => question.rank);

describe('bestRanked', () => {
  it.each([
    [0, []],
    [1, [1]],
    [4, [1, 2, 4, 3]],
    [9, [6, 1, 2, 4, 8, 3, 5, 9, 7]],
    [50, [6, 1, 2, 4, 8, 3, 5, 9, 7]],
  ])('limit %i keeps the ranks up to it, in stored order: %j', (limit, expected) => {
    expect(ranks(limit)).toEqual(expected);
  });

  it('is defaultQuestions when the limit is defaultCount', () => {
    expect(bestRanked(quiz.questions, quiz.defaultCount)).toEqual(defaultQuestions(quiz));
  });
});
