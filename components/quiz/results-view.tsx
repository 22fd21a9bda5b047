'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { MODE_LABELS } from '@/lib/quiz-play/labels';
import { evidenceHref, type PlayerQuiz } from '@/lib/quiz-play/player-quiz';
import type { Attempt } from '@/lib/quiz-play/progress-schema';
import {
  breakdownByParagraph,
  breakdownByType,
  countedByYou,
  paragraphsToReread,
  scoreAnswers,
} from '@/lib/quiz-play/results';
import { FeedbackPanel } from './feedback-panel';

interface Props {
  quiz: PlayerQuiz;
  attempt: Attempt;
  bestPercent: number | null;
  dueCount: number;
  nextDue: Date | null;
  paragraphOf: (passageId: string) => number | null;
  onRetryMissed: (ids: string[]) => void;
  onRetake: () => void;
}

function formatDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}

/**
 * The end of an attempt, shortest first: the score, the two or three paragraphs most worth rereading
 * and what to do next fill a phone's first screen; the tallies and every missed question with its
 * feedback are one tap away, each behind a disclosure of its own.
 */
export function ResultsView({
  quiz,
  attempt,
  bestPercent,
  dueCount,
  nextDue,
  paragraphOf,
  onRetryMissed,
  onRetake,
}: Props) {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  const questions = attempt.questionIds.flatMap((id) => byId.get(id) ?? []);
  const score = scoreAnswers(attempt.questionIds, attempt.answers);
  const counted = countedByYou(attempt.questionIds, attempt.answers);
  const types = breakdownByType(questions, attempt.answers);
  const paragraphs = breakdownByParagraph(questions, attempt.answers, quiz.passages);
  const weak = paragraphs.filter((paragraph) => paragraph.right < paragraph.total);
  const reread = paragraphsToReread(paragraphs);
  const missed = attempt.questionIds
    .map((id, index) => ({ question: byId.get(id), index }))
    .filter(({ question }) => question && !attempt.answers[question.id]?.correct);
  const resultsPath = quiz.quizHref;

  return (
    <div className="grid gap-6">
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabIndex={-1} className="text-2xl font-bold">
          Your results
        </h2>
        <p className="text-muted">{MODE_LABELS[attempt.mode]}</p>
        <p className="mt-2 text-3xl font-bold">
          {score.correct} of {score.total} right
          <span className="ml-2 text-2xl font-semibold text-muted">({score.percent}%)</span>
        </p>
        {counted > 0 ? (
          <p className="mt-1">
            Including {counted} typed {counted === 1 ? 'answer' : 'answers'} counted by you.
          </p>
        ) : null}
        {bestPercent !== null && (attempt.mode === 'practice' || attempt.mode === 'test') ? (
          <p className="mt-1">Your best on this quiz: {bestPercent}%</p>
        ) : null}

        {reread.length > 0 ? (
          <div className="mt-4">
            <h3 id="reread-heading" className="text-lg font-bold">
              Worth rereading
            </h3>
            <ul aria-labelledby="reread-heading" className="mt-1 flex flex-wrap gap-2">
              {reread.map((paragraph) => {
                const misses = paragraph.total - paragraph.right;
                return (
                  <li key={paragraph.passageId}>
                    <ParagraphLink
                      href={evidenceHref(quiz.articleHref, paragraph.passageId, resultsPath)}
                      number={paragraph.number}
                      className="gap-2 rounded-lg border-2 border-accent px-3"
                    >
                      {misses} of {paragraph.total} missed
                    </ParagraphLink>
                  </li>
                );
              })}
            </ul>
            {weak.length > reread.length ? (
              <p className="mt-1 text-sm text-muted">
                The {reread.length} with the most misses, of the {weak.length} paragraphs where you
                missed a question (all of them are in the tallies below).
              </p>
            ) : null}
          </div>
        ) : (
          <p className="mt-3 text-lg">Every paragraph the quiz asked about: all right.</p>
        )}

        <div className="mt-4 flex flex-wrap gap-3">
          {missed.length > 0 ? (
            <button
              type="button"
              onClick={() => onRetryMissed(missed.map(({ question }) => question?.id ?? ''))}
              className="min-h-12 rounded-lg bg-accent px-5 text-lg font-semibold text-accent-fg"
            >
              Review missed ({missed.length})
            </button>
          ) : null}
          <button
            type="button"
            onClick={onRetake}
            className="min-h-12 rounded-lg border-2 border-accent px-5 text-lg font-semibold text-accent"
          >
            Retake
          </button>
          <Link
            href="/"
            className="inline-flex min-h-12 items-center px-2 font-semibold text-accent underline underline-offset-4"
          >
            Back to the library
          </Link>
        </div>
        {dueCount > 0 ? (
          <p className="mt-4">
            {dueCount} {dueCount === 1 ? 'question is' : 'questions are'} due for review now.{' '}
            <Link href="/review" className="text-accent underline underline-offset-4">
              Go to Review
            </Link>
          </p>
        ) : nextDue ? (
          <p className="mt-4">
            Missed questions come back for review from {formatDay(nextDue)}, on the{' '}
            <Link href="/review" className="text-accent underline underline-offset-4">
              Review
            </Link>{' '}
            page.
          </p>
        ) : null}
      </section>

      <div className="grid gap-3">
        {missed.length > 0 ? (
          <details className={DISCLOSURE}>
            <summary className={SUMMARY}>
              The {missed.length === 1 ? 'question' : `${missed.length} questions`} you missed, with
              the answers
            </summary>
            <ol className="mt-2 grid gap-6 pb-4">
              {missed.map(({ question, index }) =>
                question ? (
                  <li key={question.id}>
                    <p className="text-lg font-semibold">{question.prompt}</p>
                    {attempt.answers[question.id] ? (
                      <FeedbackPanel
                        articleHref={quiz.articleHref}
                        question={question}
                        answer={attempt.answers[question.id]!}
                        paragraphOf={paragraphOf}
                        returnTo={resultsPath}
                        headingLevel="h3"
                        headingId={`missed-${index}`}
                      />
                    ) : (
                      <p className="text-muted">Not answered.</p>
                    )}
                  </li>
                ) : null,
              )}
            </ol>
          </details>
        ) : null}

        <details className={DISCLOSURE}>
          <summary className={SUMMARY}>Right answers by paragraph and by question type</summary>
          <div className="grid gap-6 pb-4">
            <section aria-labelledby="by-paragraph-heading">
              <h3 id="by-paragraph-heading" className="text-lg font-bold">
                By paragraph
              </h3>
              <ul className="mt-2 flex flex-wrap gap-2" aria-label="Right answers per paragraph">
                {paragraphs.map((paragraph) => (
                  <li key={paragraph.passageId}>
                    <ParagraphLink
                      href={evidenceHref(quiz.articleHref, paragraph.passageId, resultsPath)}
                      number={paragraph.number}
                      className={`gap-1 rounded-md border px-2 text-sm ${paragraph.right < paragraph.total ? 'border-bad' : 'border-border'}`}
                    >
                      {paragraph.right}/{paragraph.total} right
                    </ParagraphLink>
                  </li>
                ))}
              </ul>
            </section>

            <section aria-labelledby="by-type-heading">
              <h3 id="by-type-heading" className="text-lg font-bold">
                By question type
              </h3>
              <table className="mt-2 w-full max-w-md text-left">
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2 pr-4">
                      Type
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Right
                    </th>
                    <th scope="col" className="py-2">
                      Asked
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {types.map((type) => (
                    <tr key={type.type} className="border-b border-border">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        {type.label}
                      </th>
                      <td className="py-2 pr-4">{type.right}</td>
                      <td className="py-2">{type.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </details>
      </div>
    </div>
  );
}

/** A paragraph's ¶ and what the learner did there, as one link (44 px tall) to it in the article. */
function ParagraphLink({
  href,
  number,
  className,
  children,
}: {
  href: string;
  number: number;
  className: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={`inline-flex min-h-11 items-center text-accent ${className}`}>
      <span aria-hidden="true" className="font-semibold underline underline-offset-4">
        ¶{number}
      </span>
      <span className="sr-only">Paragraph {number}:</span>
      <span className="font-normal text-fg">{children}</span>
    </Link>
  );
}

// A native disclosure: Enter or Space on its summary opens it, and screen readers announce the state.
const DISCLOSURE = 'rounded-lg border border-border px-4';
const SUMMARY = 'min-h-12 cursor-pointer py-3 text-lg font-semibold text-accent';
