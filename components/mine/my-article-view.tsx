'use client';

import Link from 'next/link';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { readingMinutes } from '@/lib/text/article';
import { UseInClassButton } from '@/components/workspace/use-in-class-button';
import { NotInThisBrowser } from './not-in-this-browser';
import { passagesOf, quizHref } from './saved-article';
import { useMyArticle } from './use-my-article';

/** An article saved in this browser, numbered and addressable exactly like a built-in one. */
export function MyArticleView({ id }: { id: string }) {
  const article = useMyArticle(id);
  if (article === undefined) {
    return (
      <p role="status" className="min-h-64 py-8 text-muted">
        Loading your article…
      </p>
    );
  }
  if (article === null) return <NotInThisBrowser />;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {article.publisher ?? 'Your article'}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {article.title}
        </h1>
        <dl className="mt-4 grid gap-1 text-base sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {article.date ? (
            <>
              <dt className="font-semibold">Article’s date</dt>
              <dd>
                <time dateTime={article.date}>{formatDate(article.date)}</time>
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">Added</dt>
          <dd>
            <time dateTime={article.createdAt}>{formatDate(article.createdAt.slice(0, 10))}</time>
            <span className="text-muted"> · kept in this browser only</span>
          </dd>
          <dt className="font-semibold">Reading time</dt>
          <dd>{readingMinutes(article.quiz.article.wordCount)} min</dd>
        </dl>
        <p className="mt-5">
          <Link
            href={quizHref(article.id)}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
          >
            Take the quiz ({article.quiz.defaultCount} questions)
          </Link>
        </p>
        <UseInClassButton article={article} />
      </header>
      <ArticleBody passages={passagesOf(article)} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">
        <p>Added by you. The quiz was generated in this browser from the text you gave.</p>
        <p className="mt-3">
          <Link href="/" className="text-accent underline underline-offset-4">
            Back to the library
          </Link>
        </p>
      </footer>
    </article>
  );
}
