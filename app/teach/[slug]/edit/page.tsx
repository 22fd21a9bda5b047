import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
import { ReviewEditor } from '@/components/workspace/review-editor';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { ownedArticlePage } from '@/lib/workspace/page-data';

export const metadata: Metadata = { title: 'Review the questions', referrer: 'no-referrer' };

interface Props {
  params: Promise<{ slug: string }>;
}

/** The teacher's review of a workspace quiz (library articles are reviewed in content/reviews/). */
export default async function ReviewPage({ params }: Props) {
  const { slug } = await params;
  if (!isWorkspaceArticleId(slug)) notFound();
  const page = await ownedArticlePage(slug);
  if (page.kind !== 'ok') return <NotInWorkspace reason={page.reason} />;
  // Nothing to review until the quiz is ready: its page shows the progress.
  if (!page.view.review) redirect(`/teach/${slug}`);
  return <ReviewEditor initial={page.view} />;
}
