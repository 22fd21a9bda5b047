import type { Metadata } from 'next';
import { MyArticleView } from '@/components/mine/my-article-view';

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: 'Your article' };

/** The article lives in the reader's browser, so the server passes only its id to the client leaf. */
export default async function MyArticlePage({ params }: Props) {
  return <MyArticleView id={(await params).id} />;
}
