import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { toPlayerQuiz } from '@/lib/quiz-play/player-quiz';
import { isShareToken } from '@/lib/workspace/ids';
import { workspaceServer } from '@/lib/workspace/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';
export const metadata: Metadata = { title: 'Quiz', referrer: 'no-referrer' };

interface Props {
  params: Promise<{ token: string }>;
}

/** The shared quiz: the teacher's chosen questions; progress stays in the student's browser. */
export default async function SharedQuizPage({ params }: Props) {
  const { token } = await params;
  const shared = isShareToken(token) ? await (await workspaceServer()).shared(token) : null;
  if (!shared) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-muted">
        Quiz on{' '}
        <Link href={`/s/${token}`} className="text-accent underline underline-offset-4">
          the article
        </Link>{' '}
        your teacher shared
      </p>
      <h1 className="mt-1 mb-6 text-2xl font-bold tracking-tight break-words sm:text-3xl">
        {shared.quiz.article.title}
      </h1>
      <QuizPlayer
        quiz={toPlayerQuiz(shared.quiz, {
          articleHref: `/s/${token}`,
          quizHref: `/s/${token}/quiz`,
        })}
      />
    </div>
  );
}
