import type { MyArticle } from '@/lib/my-articles/schema';
import type { Passage } from '@/lib/text/article';

/** The article's passages as the article page renders them: each sentence's text is cut from its passage. */
export function passagesOf(article: MyArticle): Passage[] {
  return article.quiz.passages.map((passage) => ({
    ...passage,
    sentences: passage.sentences.map((sentence) => ({
      ...sentence,
      text: passage.text.slice(sentence.start, sentence.end),
    })),
  }));
}

export function articleHref(id: string): string {
  return `/mine/${id}`;
}

export function quizHref(id: string): string {
  return `/mine/${id}/quiz`;
}
