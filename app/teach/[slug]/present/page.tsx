import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PresentDeck } from '@/components/classroom/present-deck';
import { presentSlides } from '@/lib/classroom/slides';
import { getArticle, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article ? `Present: ${article.meta.title}` : 'Not found' };
}

export default async function PresentPage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  const quiz = getQuiz(slug);
  if (!article || !quiz) notFound();
  return (
    <PresentDeck
      title={article.meta.title}
      slides={presentSlides(quiz, `/teach/${slug}/present`)}
    />
  );
}
