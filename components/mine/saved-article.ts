import type { MyArticle } from '@/lib/my-articles/schema';
import { passagesWithText } from '@/lib/quiz-play/passages';
import type { Passage } from '@/lib/text/article';

/** The article's passages as the article page renders them: each sentence's text is cut from its passage. */
export function passagesOf(article: MyArticle): Passage[] {
  return passagesWithText(article.quiz.passages);
}

export function articleHref(id: string): string {
  return `/mine/${id}`;
}

export function quizHref(id: string): string {
  return `/mine/${id}/quiz`;
}
