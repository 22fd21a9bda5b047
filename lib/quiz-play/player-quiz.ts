import type { Question, Quiz } from '@/lib/quiz-engine/schema';

/** Where a paragraph is in the article, for ¶ labels and links; the text itself stays on the server. */
export interface PlayerPassage {
  id: string;
  number: number | null;
}

/** What the player needs of a quiz: plain, serializable props for the client leaf. */
export interface PlayerQuiz {
  slug: string;
  title: string;
  questions: Question[];
  passages: PlayerPassage[];
}

export function toPlayerQuiz(quiz: Quiz): PlayerQuiz {
  return {
    slug: quiz.article.slug,
    title: quiz.article.title,
    questions: quiz.questions,
    passages: quiz.passages.map(({ id, number }) => ({ id, number })),
  };
}

/** "/articles/x?from=%2Fquiz%2Fx%3Fq%3D3#s-abc": the article page highlights the sentence and links back. */
export function evidenceHref(slug: string, sentenceId: string, returnTo: string): string {
  return `/articles/${slug}?from=${encodeURIComponent(returnTo)}#${sentenceId}`;
}

export function questionReturnPath(slug: string, index: number): string {
  return `/quiz/${slug}?q=${index}`;
}
