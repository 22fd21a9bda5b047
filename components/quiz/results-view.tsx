'use client';

import Link from 'next/link';
import { MODE_LABELS } from '@/lib/quiz-play/labels';
import { evidenceHref, type PlayerQuiz } from '@/lib/quiz-play/player-quiz';
import type { Attempt } from '@/lib/quiz-play/progress-schema';
import {
  breakdownByParagraph,
  breakdownByType,
  countedByYou,
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

/** The end of an attempt: score, where the gaps are (by type and by paragraph), and what to do next. */
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
  const missed = attempt.questionIds
    .map((id, index) => ({ question: byId.get(id), index }))
    .filter(({ question }) => question && !attempt.answers[question.id]?.correct);
  const resultsPath = quiz.quizHref;

  return (
    <div className="grid gap-8">
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabIndex={-1} className="text-2xl font-bold">
          Your results
        </h2>
        <p className="text-muted">{MODE_LABELS[attempt.mode]}</p>
        <p className="mt-3 text-3xl font-bold">
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

      <section aria-labelledby="by-paragraph-heading">
        <h2 id="by-paragraph-heading" className="text-xl font-bold">
          By paragraph
        </h2>
        {weak.length > 0 ? (
          <p className="mt-2 text-lg">
            You missed questions about{' '}
            {weak.map((paragraph, index) => (
              <span key={paragraph.passageId}>
                {index > 0 ? (index === weak.length - 1 ? ' and ' : ', ') : null}
                <Link
                  href={evidenceHref(quiz.articleHref, paragraph.passageId, resultsPath)}
                  className="font-semibold text-accent underline underline-offset-4"
                  aria-label={`paragraph ${paragraph.number}`}
                >
                  ¶{paragraph.number}
                </Link>
              </span>
            ))}
            . Reading {weak.length === 1 ? 'it' : 'them'} again is the quickest way to close the
            gap.
          </p>
        ) : (
          <p className="mt-2 text-lg">Every paragraph the quiz asked about: all right.</p>
        )}
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Right answers per paragraph">
          {paragraphs.map((paragraph) => (
            <li
              key={paragraph.passageId}
              className={`rounded-md border px-2 py-1 text-sm ${paragraph.right < paragraph.total ? 'border-bad' : 'border-border'}`}
            >
              ¶{paragraph.number}: {paragraph.right}/{paragraph.total}
              <span className="sr-only"> right</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-type-heading">
        <h2 id="by-type-heading" className="text-xl font-bold">
          By question type
        </h2>
        <table className="mt-3 w-full max-w-md text-left">
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

      {missed.length > 0 ? (
        <section aria-labelledby="missed-heading">
          <h2 id="missed-heading" className="text-xl font-bold">
            Questions you missed
          </h2>
          <ol className="mt-3 grid gap-6">
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
        </section>
      ) : null}
    </div>
  );
}
