import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { getArticle, getArticleSlugs } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article?.meta.title ?? 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { meta } = article;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">{meta.publisher}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{meta.title}</h1>
        <dl className="mt-4 grid gap-1 text-base sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="font-semibold">{meta.statedDateLabel}</dt>
          <dd>
            <time dateTime={meta.statedDate}>{formatDate(meta.statedDate)}</time>
          </dd>
          <dt className="font-semibold">Source</dt>
          <dd>
            {meta.sourceUrl ? (
              <a href={meta.sourceUrl} className="text-accent underline underline-offset-4">
                {meta.publisher}
              </a>
            ) : (
              meta.publisher
            )}
            <span className="text-muted"> · retrieved {formatDate(meta.retrieved)}</span>
          </dd>
          <dt className="font-semibold">Reading time</dt>
          <dd>{article.readingMinutes} min</dd>
        </dl>
        <p className="mt-4 rounded-md border border-border bg-surface p-3 text-base" role="note">
          <strong>As of {formatDate(meta.statedDate)}.</strong> This article describes events as
          they stood on that date; later developments are not covered.
        </p>
      </header>
      <ArticleBody passages={article.passages} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">
        <p>{meta.attribution}</p>
        <p className="mt-3">
          <Link href="/" className="text-accent underline underline-offset-4">
            Back to the library
          </Link>
        </p>
      </footer>
    </article>
  );
}
