'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { QuestionType } from '@/lib/quiz-engine/schema';
import { planQuestionOrder } from '@/lib/quiz-play/attempt-plan';
import { dueQuestionIds, nextDueDate } from '@/lib/quiz-play/progress-summary';
import { questionLabel } from '@/lib/quiz-play/question-shape';
import { newSeed } from '@/lib/quiz-play/random';
import { useAttemptStore, useAttemptStoreApi } from '@/store/attempt-store';
import { useProgressHydrated, useProgressStore } from '@/store/progress-store';

export interface ReviewQuiz {
  slug: string;
  title: string;
  questions: { id: string; prompt: string; type: QuestionType }[];
}

function formatDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}

/** What is due across quizzes; "Start review" runs those questions in the quiz player. */
export function ReviewList({ quizzes }: { quizzes: ReviewQuiz[] }) {
  const hydrated = useProgressHydrated();
  const progress = useProgressStore((state) => state.quizzes);
  const attemptApi = useAttemptStoreApi();
  const attempts = useAttemptStore((state) => state.attempts);
  const router = useRouter();

  if (!hydrated) return <p className="mt-8 min-h-32 text-muted">Loading your reviews…</p>;

  const now = new Date();
  const rows = quizzes.map((quiz) => {
    const known = new Set(quiz.questions.map((question) => question.id));
    const due = dueQuestionIds(progress[quiz.slug], now, known);
    return { quiz, due, next: nextDueDate(progress[quiz.slug], now) };
  });
  const dueTotal = rows.reduce((sum, row) => sum + row.due.length, 0);
  const nextAny = rows
    .map((row) => row.next)
    .filter((date): date is Date => date !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];

  const startReview = (quiz: ReviewQuiz, due: string[]) => {
    const seed = newSeed();
    const at = new Date();
    attemptApi.getState().start(quiz.slug, {
      id: `${at.getTime().toString(36)}-${seed.toString(36)}`,
      mode: 'review',
      seed,
      questionIds: planQuestionOrder(quiz.questions, seed, due),
      at: at.toISOString(),
    });
    router.push(`/quiz/${quiz.slug}`);
  };

  if (dueTotal === 0) {
    return (
      <div className="mt-8 rounded-lg bg-surface p-5">
        <h2 className="text-xl font-semibold">Nothing is due for review</h2>
        <p className="mt-2">
          {nextAny
            ? `Your next review is on ${formatDay(nextAny)}.`
            : 'Take a quiz: the questions you miss will come back here.'}
        </p>
        <p className="mt-3">
          <Link href="/" className="text-accent underline underline-offset-4">
            Go to the library
          </Link>
        </p>
      </div>
    );
  }

  return (
    <ul className="mt-8 grid gap-6" aria-label="Quizzes with reviews due">
      {rows
        .filter((row) => row.due.length > 0)
        .map(({ quiz, due }) => {
          const byId = new Map(quiz.questions.map((question) => [question.id, question]));
          const attempt = attempts[quiz.slug];
          const inProgress = attempt && !attempt.finishedAt;
          return (
            <li key={quiz.slug} className="rounded-lg border border-border p-5">
              <h2 className="text-xl font-semibold">{quiz.title}</h2>
              <p className="mt-1">
                {due.length} {due.length === 1 ? 'question' : 'questions'} due
              </p>
              <ul className="mt-3 grid list-disc gap-1 pl-5 text-muted">
                {due.map((id) => {
                  const question = byId.get(id);
                  return question ? (
                    <li key={id}>
                      <span className="sr-only">{questionLabel(question.type)}: </span>
                      {question.prompt}
                    </li>
                  ) : null;
                })}
              </ul>
              <button
                type="button"
                onClick={() => startReview(quiz, due)}
                className="mt-4 min-h-12 rounded-lg bg-accent px-5 text-lg font-semibold text-accent-fg"
              >
                Start review<span className="sr-only">: {quiz.title}</span>
              </button>
              {inProgress ? (
                <p className="mt-2 text-sm text-muted">
                  This replaces the unfinished attempt of this quiz.
                </p>
              ) : null}
            </li>
          );
        })}
    </ul>
  );
}
