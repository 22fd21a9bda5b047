import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
import { readingMinutes } from '@/lib/text/article';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { ownedArticlePage } from '@/lib/workspace/page-data';

export const metadata: Metadata = { title: 'Article', referrer: 'no-referrer' };

interface Props {
  params: Promise<{ slug: string }>;
}

/** A workspace article for its teacher: numbered paragraphs, every sentence addressable by its id. */
export default async function WorkspaceArticlePage({ params }: Props) {
  const { slug } = await params;
  if (!isWorkspaceArticleId(slug)) notFound();
  const page = await ownedArticlePage(slug);
  if (page.kind !== 'ok') return <NotInWorkspace reason={page.reason} />;
  const { article, sourceUrl, id } = page.view;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {article.publisher ?? 'Your workspace'}
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
          {sourceUrl ? (
            <>
              <dt className="font-semibold">Source</dt>
              <dd className="break-all">
                <a
                  href={sourceUrl}
                  rel="noreferrer"
                  className="text-accent underline underline-offset-4"
                >
                  {sourceUrl}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">Reading time</dt>
          <dd>{readingMinutes(article.wordCount)} min</dd>
        </dl>
      </header>
      <ArticleBody passages={article.passages} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">
        <Link href={`/teach/${id}`} className="text-accent underline underline-offset-4">
          Back to teaching this article
        </Link>
      </footer>
    </article>
  );
}
