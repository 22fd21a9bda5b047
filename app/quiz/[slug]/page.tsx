import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { getArticleSlugs, getQuiz } from '@/lib/content';
import { toPlayerQuiz } from '@/lib/quiz-play/player-quiz';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSlugs()
    .filter((slug) => getQuiz(slug) !== null)
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quiz = getQuiz((await params).slug);
  return { title: quiz ? `Quiz: ${quiz.article.title}` : 'Quiz not found' };
}

export default async function QuizPage({ params }: Props) {
  const quiz = getQuiz((await params).slug);
  if (!quiz) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-muted">
        Quiz on{' '}
        <Link
          href={`/articles/${quiz.article.slug}`}
          className="text-accent underline underline-offset-4"
        >
          the article
        </Link>
        {quiz.article.publisher ? ` from ${quiz.article.publisher}` : null}
      </p>
      <h1 className="mt-0.5 mb-3 text-xl font-bold tracking-tight sm:mt-1 sm:mb-6 sm:text-3xl">
        {quiz.article.title}
      </h1>
      <QuizPlayer quiz={toPlayerQuiz(quiz)} />
    </div>
  );
}
