import { z } from 'zod';
import { quizSchema } from '@/lib/quiz-engine/schema';

/**
 * An article a reader pasted or picked, with the quiz generated from it in their browser. The quiz holds the
 * passages with their text, which is all the article page needs. Validated whenever it is read back from
 * storage, and the quiz again when it arrives from the worker.
 */
export const myArticleSchema = z.object({
  id: z.string().regex(/^my-[0-9a-z]{7}$/),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  /** YYYY-MM-DD: the article's own date, used to resolve "last year" and the like. */
  date: z.iso.date().optional(),
  createdAt: z.iso.datetime(),
  quiz: quizSchema,
});
export type MyArticle = z.infer<typeof myArticleSchema>;

export interface MyArticlesState {
  /** Keyed by id, so the same text saved twice is one entry. */
  articles: Record<string, MyArticle>;
}
