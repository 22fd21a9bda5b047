import { describe, expect, it } from 'vitest';
import v2 from '@/store/fixtures/my-articles.v2.json';
import { FIXTURE_QUIZ } from '@/lib/classroom/test-fixtures';
import { defaultQuestions, quizSchema } from '@/lib/quiz-engine/schema';
import { defaultQuestionIds, evidenceHref, questionReturnPath, toPlayerQuiz } from './player-quiz';

const quiz = quizSchema.parse(Object.values(v2.state.articles)[0]!.quiz);

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

describe('defaultQuestionIds', () => {
  it.each([
    ['a bank longer than its default quiz', quiz, 5],
    ['a bank that is all default', FIXTURE_QUIZ, 3],
    ['a default quiz of none', { ...quiz, defaultCount: 0 }, 0],
  ])('are the ids of defaultQuestions for %s', (_case, bank, length) => {
    const ids = defaultQuestionIds(bank);
    expect(ids).toEqual(defaultQuestions(bank).map((question) => question.id));
    expect(ids).toHaveLength(length);
  });

  it('the player gets the whole bank and the default quiz in stored order', () => {
    const player = toPlayerQuiz(quiz);
    expect(player.questions).toHaveLength(9);
    expect(player.defaultIds).toEqual([
      'q-0k4v8aw',
      'q-16hvy78',
      'q-1d9xq3e',
      'q-0t2mzr5',
      'q-0envhlf',
    ]);
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
