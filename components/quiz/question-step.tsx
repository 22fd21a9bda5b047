'use client';

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Question } from '@/lib/quiz-engine/schema';
import { optionOrder, showsFeedbackAtOnce, timelineStart } from '@/lib/quiz-play/attempt-plan';
import type { PlayerQuiz } from '@/lib/quiz-play/player-quiz';
import { questionReturnPath } from '@/lib/quiz-play/player-quiz';
import type { AnswerRecord, Attempt } from '@/lib/quiz-play/progress-schema';
import { byShape, hasShape, isChoiceQuestion } from '@/lib/quiz-play/question-shape';
import { feedbackPlan } from '@/lib/quiz-play/feedback';
import {
  correctAnswerText,
  markResponse,
  responseProblem,
  type Response,
} from '@/lib/quiz-play/scoring';
import { ChoiceQuestion } from './choice-question';
import { ElapsedTimer } from './elapsed-timer';
import { FeedbackPanel } from './feedback-panel';
import { FillInQuestion } from './fill-in-question';
import { MatchingQuestion } from './matching-question';
import { ReadAloudButton } from './read-aloud-button';
import { TimelineQuestion } from './timeline-question';

interface Props {
  quiz: PlayerQuiz;
  attempt: Attempt;
  question: Question;
  paragraphOf: (passageId: string) => number | null;
  onAnswer: (record: AnswerRecord) => void;
  /** "I was right": count a typed answer marked wrong as right, and take that back. */
  onCountAsRight: () => void;
  onUndoCountAsRight: () => void;
  onNext: () => void;
  announce: (message: string) => void;
  timer: boolean;
  readAloudRate: number;
  /**
   * False until the stores hydrate: the question is already on screen (server-rendered), but an answer
   * must wait, or it would start an attempt over the saved one (and, before the page's script runs,
   * the form would submit itself to the server).
   */
  ready: boolean;
}

function initialDraft(question: Question, seed: number): Response | undefined {
  return byShape<Response | undefined>(question, {
    choice: () => undefined,
    typed: () => ({ kind: 'text', value: '' }),
    order: (timeline) => ({
      kind: 'order',
      value: timelineStart(timeline.items, timeline.answer, seed, timeline.id),
    }),
    match: (matching) => ({ kind: 'pairs', value: matching.items.map(() => '') }),
  });
}

/** What Read aloud says after an answer: the short feedback, as the panel shows it by default. */
function feedbackReadAloud(question: Question, answer: AnswerRecord): string[] {
  const plan = feedbackPlan(question, answer.response);
  return [
    answer.selfOverride ? 'Counted by you.' : answer.correct ? 'Correct.' : 'Not quite.',
    ...(answer.correct && !answer.selfOverride
      ? []
      : [`The answer: ${correctAnswerText(question)}.`]),
    ...(plan.explanationAtOnce ? [question.explanation] : []),
    `From the article: ${plan.proving.quote}`,
  ];
}

/**
 * "I was right": tolerant matching refuses some defensible answers (a synonym, a fuller name), so the
 * learner may count a typed answer marked wrong as right, once, shown as counted by them everywhere it
 * is scored. One button that changes its words, so focus stays on it after a press.
 */
function CountAsRight(props: { counted: boolean; onCount: () => void; onUndo: () => void }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={props.counted ? props.onUndo : props.onCount}
        className="min-h-11 rounded-md border-2 border-accent bg-bg px-4 font-semibold text-accent"
      >
        {props.counted ? 'Undo: count it as marked' : 'I was right — count it'}
      </button>
      <p className="text-sm">
        {props.counted
          ? 'Your results show it as counted by you.'
          : 'If your answer says the same, count it as right.'}
      </p>
    </div>
  );
}

/** One question: the inputs for its type, then (in practice) the verdict with its evidence. */
export function QuestionStep({
  quiz,
  attempt,
  question,
  paragraphOf,
  onAnswer,
  onCountAsRight,
  onUndoCountAsRight,
  onNext,
  announce,
  timer,
  readAloudRate,
  ready,
}: Props) {
  const answer = attempt.answers[question.id];
  const showFeedback = !!answer && showsFeedbackAtOnce(attempt.mode);
  const [draft, setDraft] = useState<Response | undefined>(() =>
    initialDraft(question, attempt.seed),
  );
  const [problem, setProblem] = useState<string | null>(null);
  // Also computed on the server, but the browser's first render computes it again: state is not sent.
  const [shownAt] = useState(() => Date.now());

  const options = useMemo(
    () => ('choices' in question ? optionOrder(question.choices, attempt.seed, question.id) : []),
    [question, attempt.seed],
  );
  const response = answer?.response ?? draft;
  const isLast = attempt.index === attempt.questionIds.length - 1;
  const answeredBefore = attempt.questionIds
    .filter((id) => id !== question.id)
    .reduce((sum, id) => sum + (attempt.answers[id]?.timeMs ?? 0), 0);

  const submit = () => {
    if (answer) return;
    const missing = responseProblem(question, draft);
    if (missing || !draft) {
      setProblem(missing);
      announce(missing ?? '');
      return;
    }
    setProblem(null);
    const mark = markResponse(question, draft);
    onAnswer({
      response: draft,
      correct: mark.correct,
      timeMs: Math.max(0, Date.now() - shownAt),
      ...(mark.parts ? { parts: mark.parts } : {}),
    });
  };

  // Digits pick an option; Enter submits, then continues. Typing in a field or using a control is left alone.
  const keys = useRef({ submit, onNext, options, showFeedback, answered: !!answer });
  useEffect(() => {
    keys.current = { submit, onNext, options, showFeedback, answered: !!answer };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input[type="text"], textarea, select, [contenteditable="true"]')) return;
      const current = keys.current;
      if (/^[1-9]$/.test(event.key) && isChoiceQuestion(question) && !current.answered) {
        const option = current.options[Number(event.key) - 1];
        if (option === undefined) return;
        event.preventDefault();
        setDraft({ kind: 'choice', value: option });
        setProblem(null);
        document
          .querySelector<HTMLInputElement>(
            `input[name="answer-${CSS.escape(question.id)}"][value="${CSS.escape(option)}"]`,
          )
          ?.focus();
        return;
      }
      if (event.key === 'Enter' && !target?.closest('button, a, summary')) {
        event.preventDefault();
        if (!current.answered) current.submit();
        else if (current.showFeedback) current.onNext();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [question]);

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (answer) onNext();
    else submit();
  };

  const readAloudText = [
    question.prompt.replace(/_{3,}/g, 'blank'),
    ...options.map((option, index) => `Option ${index + 1}: ${option}.`),
    ...(hasShape(question, 'order') && response?.kind === 'order'
      ? response.value.map((item, index) => `${index + 1}: ${item}.`)
      : []),
    ...(hasShape(question, 'match') ? question.items.map((item) => `${item}.`) : []),
    ...(showFeedback && answer ? feedbackReadAloud(question, answer) : []),
  ].join(' ');

  return (
    <form
      data-question-id={question.id}
      onSubmit={onFormSubmit}
      noValidate
      aria-describedby={problem ? 'answer-problem' : undefined}
    >
      {byShape(question, {
        choice: (choice) => (
          <ChoiceQuestion
            question={choice}
            options={options}
            value={draft?.kind === 'choice' ? draft.value : undefined}
            onChange={(value) => {
              setDraft({ kind: 'choice', value });
              setProblem(null);
            }}
            answered={
              answer && showFeedback && answer.response.kind === 'choice'
                ? { given: answer.response.value }
                : null
            }
          />
        ),
        typed: (typed) => (
          <FillInQuestion
            question={typed}
            value={response?.kind === 'text' ? response.value : ''}
            onChange={(value) => {
              setDraft({ kind: 'text', value });
              setProblem(null);
            }}
            answered={!!answer}
          />
        ),
        order: (timeline) => (
          <TimelineQuestion
            question={timeline}
            value={response?.kind === 'order' ? response.value : timeline.items}
            onChange={(value) => setDraft({ kind: 'order', value })}
            answered={showFeedback}
            announce={announce}
          />
        ),
        match: (matching) => (
          <MatchingQuestion
            question={matching}
            options={optionOrder(matching.choices, attempt.seed, matching.id)}
            value={response?.kind === 'pairs' ? response.value : []}
            onChange={(value) => {
              setDraft({ kind: 'pairs', value });
              setProblem(null);
            }}
            answered={showFeedback}
          />
        ),
      })}

      {problem ? (
        <p id="answer-problem" className="mt-3 font-semibold text-bad">
          {problem}
        </p>
      ) : null}

      {showFeedback && answer ? (
        <FeedbackPanel
          articleHref={quiz.articleHref}
          question={question}
          answer={answer}
          paragraphOf={paragraphOf}
          returnTo={questionReturnPath(quiz.quizHref, attempt.index)}
          headingId="feedback-heading"
        >
          {answer.response.kind === 'text' && (!answer.correct || answer.selfOverride) ? (
            <CountAsRight
              counted={!!answer.selfOverride}
              onCount={onCountAsRight}
              onUndo={onUndoCountAsRight}
            />
          ) : null}
        </FeedbackPanel>
      ) : null}

      {/* The primary action first and the helpers beside it: on a phone all of them share one row under
          the options, so the question, its options and "Check answer" fit one screen. */}
      <div className="mt-4 flex flex-wrap items-center gap-3 sm:mt-6">
        <button
          type="submit"
          disabled={!ready}
          className="min-h-12 rounded-lg bg-accent px-6 text-lg font-semibold text-accent-fg disabled:opacity-70"
        >
          {!answer
            ? attempt.mode === 'test'
              ? isLast
                ? 'Submit and see results'
                : 'Submit answer'
              : 'Check answer'
            : isLast
              ? 'See your results'
              : 'Next question'}
        </button>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          {timer ? (
            <ElapsedTimer
              baseMs={answeredBefore + (answer?.timeMs ?? 0)}
              running={!answer}
              startedAt={shownAt}
            />
          ) : null}
          <ReadAloudButton text={readAloudText} rate={readAloudRate} />
        </div>
      </div>
    </form>
  );
}
