'use client';

import Link from 'next/link';
import { ArticleLayout } from '@/components/article/article-layout';
import { formatDate } from '@/components/ui/format';
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
    <ArticleLayout
      kicker={article.publisher ?? 'Your article'}
      title={article.title}
      date={article.date}
      details={
        <>
          <dt className="font-semibold">Added</dt>
          <dd>
            <time dateTime={article.createdAt}>{formatDate(article.createdAt.slice(0, 10))}</time>
            <span className="text-muted"> · kept in this browser only</span>
          </dd>
        </>
      }
      wordCount={article.quiz.article.wordCount}
      actions={
        <>
          <p className="mt-5">
            <Link
              href={quizHref(article.id)}
              className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
            >
              Take the quiz ({article.quiz.defaultCount} questions)
            </Link>
          </p>
          <UseInClassButton article={article} />
        </>
      }
      passages={passagesOf(article)}
      footer={
        <>
          <p>Added by you. The quiz was generated in this browser from the text you gave.</p>
          <p className="mt-3">
            <Link href="/" className="text-accent underline underline-offset-4">
              Back to the library
            </Link>
          </p>
        </>
      }
    />
  );
}
