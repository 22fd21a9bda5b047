import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { bestRanked } from './ranked';

/** Where a paragraph is in the article, for ¶ labels and links; the text itself stays on the server. */
export interface PlayerPassage {
  id: string;
  number: number | null;
}

/** What the player needs of a quiz: plain, serializable props for the client leaf. */
export interface PlayerQuiz {
  slug: string;
  title: string;
  /** The whole ranked bank, in stored order: retry and review find any question of it by id. */
  questions: Question[];
  /** The default quiz (practice, test, retake): the best-ranked `defaultCount` questions. */
  defaultIds: string[];
  passages: PlayerPassage[];
  /** Where the article is read ("/articles/<slug>", or "/mine/<id>" for one saved in this browser). */
  articleHref: string;
  /** Where the quiz is played ("/quiz/<slug>", or "/mine/<id>/quiz"). */
  quizHref: string;
}

/** Built-in articles live under /articles and /quiz; an article saved in the browser passes its own paths. */
export function toPlayerQuiz(
  quiz: Quiz,
  paths: { articleHref: string; quizHref: string } = {
    articleHref: `/articles/${quiz.article.slug}`,
    quizHref: `/quiz/${quiz.article.slug}`,
  },
): PlayerQuiz {
  return {
    slug: quiz.article.slug,
    title: quiz.article.title,
    ...paths,
    questions: quiz.questions,
    defaultIds: defaultQuestionIds(quiz),
    passages: quiz.passages.map(({ id, number }) => ({ id, number })),
  };
}

/** The ids of the default quiz (`defaultQuestions`), in stored order. */
export function defaultQuestionIds(quiz: Pick<Quiz, 'questions' | 'defaultCount'>): string[] {
  return bestRanked(quiz.questions, quiz.defaultCount).map((question) => question.id);
}

/**
 * "/articles/x?from=%2Fquiz%2Fx%3Fq%3D3#s-abc" (articleHref "/articles/x"): the article page highlights the
 * sentence (or paragraph) and links back.
 */
export function evidenceHref(articleHref: string, anchorId: string, returnTo: string): string {
  return `${articleHref}?from=${encodeURIComponent(returnTo)}#${anchorId}`;
}

/** "/quiz/x?q=3" (quizHref "/quiz/x"): the question the learner was on. */
export function questionReturnPath(quizHref: string, index: number): string {
  return `${quizHref}?q=${index}`;
}
