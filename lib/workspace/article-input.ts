import { ArticleSourceError, articleInputFromSource } from '@/lib/article-source';
import { generateCheckedQuiz } from '@/lib/quiz-check/gate';
import type { ArticleInput } from '@/lib/quiz-engine';
import { QUIZ_SCHEMA_VERSION, quizSchema, type Quiz } from '@/lib/quiz-engine/schema';
import { NoArticleError, articleFromHtml } from './html-article';

/**
 * What a teacher brings, before it is understood: text (pasted, a file's, or a quiz made in the
 * browser) or a web page's HTML (fetched by the server, or a file). Pure and synchronous, so it runs in
 * the generation worker: parsing a 5 MB page must not hold up the server's request thread.
 */
export type ArticleSource =
  | {
      kind: 'text';
      text: string;
      /** A file's name: ".md" reads front matter; absent, the text was pasted. */
      fileName?: string;
      title?: string;
      publisher?: string;
      statedDate?: string;
    }
  | {
      kind: 'html';
      html: string;
      url?: string;
      title?: string;
      publisher?: string;
      statedDate?: string;
    };

export interface PreparedArticle {
  input: ArticleInput;
  title: string;
}

/** A refusal worded for the teacher: one sentence, capitalised, with its full stop. */
export class ArticleRefusal extends Error {
  override name = 'ArticleRefusal';
  constructor(reason: string) {
    super(sentence(reason));
  }
}

export function sentence(reason: string): string {
  const trimmed = reason.trim().replace(/[.\s]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

/**
 * A pasted article's first line, as its title, when it reads as one: a single line on its own, not too
 * long, not ending like a sentence ("Zimbabwe coup: Robert Mugabe … steps in to mediate").
 */
export function firstLineTitle(text: string): string | undefined {
  const first =
    text
      .replace(/\r\n?/g, '\n')
      .trimStart()
      .split(/\n\s*\n/)[0]
      ?.trim() ?? '';
  if (!first || first.includes('\n') || first.startsWith('---')) return undefined;
  const words = first.split(/\s+/).length;
  return words <= 30 && !/[.!?:;,]$/.test(first) ? first.replace(/^#+\s*/, '') : undefined;
}

/** The engine's input for a source, under the article's id; ArticleRefusal says why it cannot be one. */
export function prepareArticle(source: ArticleSource, id: string): PreparedArticle {
  try {
    const { text, fileName, page } =
      source.kind === 'html'
        ? (() => {
            const extracted = articleFromHtml(source.html);
            return { text: extracted.text, fileName: 'web-page.txt', page: extracted };
          })()
        : { text: source.text, fileName: source.fileName ?? 'pasted-article.txt', page: undefined };
    const title =
      source.title?.trim() ||
      page?.title ||
      (source.kind === 'text' && !fileName.endsWith('.md') ? firstLineTitle(text) : undefined);
    const input = articleInputFromSource(text, fileName, title ? { title } : {});
    input.slug = id;
    const publisher = source.publisher?.trim() || input.publisher || page?.publisher;
    const date = source.statedDate || input.date || page?.date;
    if (publisher) input.publisher = publisher;
    if (date) input.date = date;
    if (source.kind === 'html' && source.url) input.sourceUrl = source.url;
    return { input, title: input.title };
  } catch (error) {
    if (error instanceof NoArticleError) throw new ArticleRefusal(error.message);
    if (error instanceof ArticleSourceError) {
      // The parser words its reasons for files; pasted text and pages are not files.
      const what = source.kind === 'html' ? 'the page' : source.fileName ? 'the file' : 'the text';
      throw new ArticleRefusal(error.message.replace(/^the file/, what));
    }
    throw error;
  }
}

/** The quiz of a prepared article, through the checker's gate; ArticleRefusal when none can be made. */
export function generateArticleQuiz(input: ArticleInput): Quiz {
  const { quiz } = generateCheckedQuiz(input, { seed: 1 });
  const checked = quizSchema.safeParse(quiz);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `the generated quiz does not match quiz schema ${QUIZ_SCHEMA_VERSION} (${issue?.path.join('.') || 'quiz'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  if (checked.data.questions.length === 0) {
    throw new ArticleRefusal(
      'no fair questions could be made from this article: try a longer one with names, dates and facts',
    );
  }
  return checked.data;
}
