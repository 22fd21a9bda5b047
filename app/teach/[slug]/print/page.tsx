import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintControls } from '@/components/classroom/print-controls';
import { PrintPacket } from '@/components/classroom/print-packet';
import { getArticle, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article ? `Print packet: ${article.meta.title}` : 'Not found' };
}

export default async function PrintPage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  const quiz = getQuiz(slug);
  if (!article || !quiz) notFound();
  return (
    <PrintControls>
      <PrintPacket quiz={quiz} meta={article.meta} />
    </PrintControls>
  );
}
