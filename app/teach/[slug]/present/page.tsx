import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PresentDeck } from '@/components/classroom/present-deck';
import { chosenQuestions, parseQuestionCount } from '@/lib/classroom/question-count';
import { presentSlides } from '@/lib/classroom/slides';
import { getArticle, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ count?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article ? `Present: ${article.meta.title}` : 'Not found' };
}

/** The teacher's chosen questions (`?count=`, the default quiz without it), one slide each. */
export default async function PresentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  const quiz = getQuiz(slug);
  if (!article || !quiz) notFound();
  const questions = chosenQuestions(quiz, parseQuestionCount((await searchParams).count));
  return (
    <PresentDeck
      title={article.meta.title}
      slides={presentSlides(quiz, questions, `/teach/${slug}/present`)}
    />
  );
}
