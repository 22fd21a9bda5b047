'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDate } from '@/components/ui/format';
import type { MyArticle } from '@/lib/my-articles/schema';
import {
  sortedArticles,
  useMyArticlesHydrated,
  useMyArticlesStore,
  useMyArticlesStoreApi,
} from '@/store/my-articles-store';
import { articleHref, quizHref } from './saved-article';

/** The library's "Your articles": what this browser keeps, with read, quiz and delete. */
export function MyArticlesList() {
  const hydrated = useMyArticlesHydrated();
  const articles = useMyArticlesStore(useShallow((state) => sortedArticles(state)));
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="your-articles-heading" className="mt-12">
      <h2
        id="your-articles-heading"
        ref={heading}
        tabIndex={-1}
        className="text-2xl font-bold tracking-tight"
      >
        Your articles
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {!hydrated ? null : articles.length === 0 ? (
        <p className="mt-2 text-muted">
          None yet.{' '}
          <Link href="/create" className="text-accent underline underline-offset-4">
            Quiz any article
          </Link>{' '}
          by pasting its text; it stays in this browser.
        </p>
      ) : (
        <>
          <p className="mt-2 text-muted">Kept in this browser only.</p>
          <ul className="mt-4 grid gap-4" aria-label="Your articles">
            {articles.map((article) => (
              <MyArticleItem
                key={article.id}
                article={article}
                onDeleted={() => {
                  setAnnouncement(`Deleted “${article.title}”.`);
                  heading.current?.focus();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MyArticleItem({ article, onDeleted }: { article: MyArticle; onDeleted: () => void }) {
  const store = useMyArticlesStoreApi();
  const [asking, setAsking] = useState(false);
  return (
    <li className="rounded-lg border border-border p-5">
      <h3 className="text-xl font-semibold break-words">
        <Link href={articleHref(article.id)} className="text-accent underline underline-offset-4">
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {article.publisher ? `${article.publisher} · ` : null}
        {article.date ? `${formatDate(article.date)} · ` : null}
        {article.quiz.defaultCount} questions
      </p>
      {asking ? (
        <div
          role="group"
          aria-label={`Confirm deleting ${article.title}`}
          className="mt-3 flex flex-wrap items-center gap-3"
        >
          <p>Delete this article and its quiz from this browser?</p>
          <button
            type="button"
            onClick={() => {
              store.getState().remove(article.id);
              onDeleted();
            }}
            className="min-h-11 rounded-md bg-bad px-4 font-semibold text-bg"
          >
            Yes, delete
          </button>
          <button
            type="button"
            onClick={() => setAsking(false)}
            className="min-h-11 rounded-md border border-border px-4 font-semibold"
          >
            Keep it
          </button>
        </div>
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link
            href={quizHref(article.id)}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
            aria-label={`Take the quiz: ${article.title}`}
          >
            Take the quiz
          </Link>
          <button
            type="button"
            onClick={() => setAsking(true)}
            className="min-h-11 text-muted underline underline-offset-4"
            aria-label={`Delete ${article.title}…`}
          >
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}
