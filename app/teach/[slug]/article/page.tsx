import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
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
    <ArticleLayout
      kicker={article.publisher ?? 'Your workspace'}
      title={article.title}
      date={article.date}
      details={
        sourceUrl ? (
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
        ) : null
      }
      wordCount={article.wordCount}
      passages={article.passages}
      footer={
        <Link href={`/teach/${id}`} className="text-accent underline underline-offset-4">
          Back to teaching this article
        </Link>
      }
    />
  );
}
