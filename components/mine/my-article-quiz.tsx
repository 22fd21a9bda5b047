'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { toPlayerQuiz } from '@/lib/quiz-play/player-quiz';
import { UseInClassButton } from '@/components/workspace/use-in-class-button';
import { NotInThisBrowser } from './not-in-this-browser';
import { articleHref, quizHref } from './saved-article';
import { useMyArticle } from './use-my-article';

/** The same player as for built-in articles; its evidence links lead to /mine/<id>. */
export function MyArticleQuiz({ id }: { id: string }) {
  const article = useMyArticle(id);
  const quiz = useMemo(
    () =>
      article
        ? toPlayerQuiz(article.quiz, { articleHref: articleHref(id), quizHref: quizHref(id) })
        : null,
    [article, id],
  );
  if (article === undefined) {
    return (
      <p role="status" className="min-h-64 py-8 text-muted">
        Loading your quiz…
      </p>
    );
  }
  if (article === null || !quiz) return <NotInThisBrowser />;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-muted">
        Quiz on{' '}
        <Link href={articleHref(id)} className="text-accent underline underline-offset-4">
          the article
        </Link>
        {article.publisher ? ` from ${article.publisher}` : ' you added'}
      </p>
      <h1 className="mt-1 mb-6 text-2xl font-bold tracking-tight break-words sm:text-3xl">
        {article.title}
      </h1>
      <QuizPlayer quiz={quiz} />
      <div className="mt-10 border-t border-border pt-4">
        <UseInClassButton article={article} />
      </div>
    </div>
  );
}
