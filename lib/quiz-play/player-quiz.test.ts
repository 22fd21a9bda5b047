import { describe, expect, it } from 'vitest';
import v1 from '@/store/fixtures/my-articles.v1.json';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { evidenceHref, questionReturnPath, toPlayerQuiz } from './player-quiz';

const quiz = Object.values(v1.state.articles)[0]!.quiz as Quiz;

describe('toPlayerQuiz', () => {
  it('links a built-in article under /articles and /quiz by default', () => {
    const player = toPlayerQuiz({ ...quiz, article: { ...quiz.article, slug: 'korea' } });
    expect(player).toMatchObject({ articleHref: '/articles/korea', quizHref: '/quiz/korea' });
  });

  it('takes the paths of an article saved in the browser', () => {
    const paths = { articleHref: '/mine/my-0000001', quizHref: '/mine/my-0000001/quiz' };
    expect(toPlayerQuiz(quiz, paths)).toMatchObject(paths);
  });
});

describe('evidenceHref and questionReturnPath', () => {
  it.each([
    ['/articles/korea', '/quiz/korea', '/articles/korea?from=%2Fquiz%2Fkorea%3Fq%3D3#s-abc'],
    ['/mine/my-1', '/mine/my-1/quiz', '/mine/my-1?from=%2Fmine%2Fmy-1%2Fquiz%3Fq%3D3#s-abc'],
  ])('%s', (articleHref, quizHref, expected) => {
    expect(evidenceHref(articleHref, 's-abc', questionReturnPath(quizHref, 3))).toBe(expected);
  });
});
