import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
import { toPlayerQuiz } from '@/lib/quiz-play/player-quiz';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { ownedArticlePage } from '@/lib/workspace/page-data';

export const metadata: Metadata = { title: 'Try the quiz', referrer: 'no-referrer' };

interface Props {
  params: Promise<{ slug: string }>;
}

/** The teacher plays their own quiz, as a student would (their chosen questions, their order). */
export default async function WorkspaceQuizPage({ params }: Props) {
  const { slug } = await params;
  if (!isWorkspaceArticleId(slug)) notFound();
  const page = await ownedArticlePage(slug);
  if (page.kind !== 'ok') return <NotInWorkspace reason={page.reason} />;
  const { quiz, title } = page.view;
  if (!quiz) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-muted">
        Quiz on{' '}
        <Link href={`/teach/${slug}/article`} className="text-accent underline underline-offset-4">
          the article
        </Link>{' '}
        in your workspace
      </p>
      <h1 className="mt-1 mb-6 text-2xl font-bold tracking-tight break-words sm:text-3xl">
        {title}
      </h1>
      <QuizPlayer
        quiz={toPlayerQuiz(quiz, {
          articleHref: `/teach/${slug}/article`,
          quizHref: `/teach/${slug}/quiz`,
        })}
      />
    </div>
  );
}
