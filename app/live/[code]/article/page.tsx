import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LiveArticle } from '@/components/classroom/live-article';
import { normalizeJoinCode } from '@/lib/classroom/secrets';

export const metadata: Metadata = { title: 'The class’s article' };

interface Props {
  params: Promise<{ code: string }>;
}

/** A shell: the article is fetched by the client with the device's participant token. */
export default async function LiveArticlePage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  if (!code) notFound();
  return <LiveArticle code={code} />;
}
