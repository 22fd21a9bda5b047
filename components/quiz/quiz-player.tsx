'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BarFill } from '@/components/ui/bar-fill';
import {
  planQuestionOrder,
  showsFeedbackAtOnce,
  type AttemptMode,
} from '@/lib/quiz-play/attempt-plan';
import { questionReturnPath, type PlayerQuiz } from '@/lib/quiz-play/player-quiz';
import type { AnswerRecord, Attempt } from '@/lib/quiz-play/progress-schema';
import { dueQuestionIds, nextDueDate, summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { hashString, newSeed } from '@/lib/quiz-play/random';
import { useAttemptHydrated, useAttemptStore, useAttemptStoreApi } from '@/store/attempt-store';
import { useProgressHydrated, useProgressStore, useProgressStoreApi } from '@/store/progress-store';
import { useSettingsStore } from '@/store/settings-store';
import { QuestionStep } from './question-step';
import { ResultsView } from './results-view';
import { StartScreen } from './start-screen';

type FocusTarget = 'question-heading' | 'feedback-heading' | 'results-heading';

/**
 * Moves focus to a heading and brings it into view: a new question and the results from the page top
 * (the screen each was laid out to fit; the results lead with the score, wherever the last question was
 * scrolled to), the whole feedback panel as far as needed after an answer (verdict, answer and proving
 * sentence together), and the feedback a learner comes back to from the article with its whole panel
 * from the top of the screen.
 */
function focusTarget(id: FocusTarget, block: 'nearest' | 'start' = 'nearest'): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (id === 'question-heading' || id === 'results-heading') window.scrollTo({ top: 0 });
  target.focus({ preventScroll: true });
  const panel = id === 'feedback-heading' ? target.closest('section') : null;
  (panel ?? target).scrollIntoView({ block });
  return true;
}

/**
 * The quiz, one question at a time. The attempt (order seed, position, answers) lives in the attempt
 * store, so a reload or a trip to the article and back resumes exactly where the learner was.
 *
 * Nothing waits for the stores: before an attempt exists the player shows the opening question, the
 * first of an order seeded by the quiz's slug, which the server renders the same way. So the question
 * is in the server HTML, and after hydration a stored attempt replaces it inside the same shell
 * (position, progress bar, question), without moving what is above it.
 */
export function QuizPlayer({ quiz }: { quiz: PlayerQuiz }) {
  const { slug, quizHref } = quiz;
  const attemptHydrated = useAttemptHydrated();
  const progressHydrated = useProgressHydrated();
  const hydrated = attemptHydrated && progressHydrated;
  const attempt = useAttemptStore((state) => state.attempts[slug]);
  const attemptApi = useAttemptStoreApi();
  const progressApi = useProgressStoreApi();
  const quizProgress = useProgressStore((state) => state.quizzes[slug]);
  const { timer, readAloudRate } = useSettingsStore(
    useShallow((state) => ({ timer: state.timer, readAloudRate: state.readAloudRate })),
  );

  const byId = useMemo(
    () => new Map(quiz.questions.map((question) => [question.id, question])),
    [quiz.questions],
  );
  const known = useMemo(() => new Set(byId.keys()), [byId]);
  const paragraphs = useMemo(
    () => new Map(quiz.passages.map((passage) => [passage.id, passage.number])),
    [quiz.passages],
  );
  const paragraphOf = useCallback((id: string) => paragraphs.get(id) ?? null, [paragraphs]);

  // The attempt a first answer starts: the mode the learner picked below the question, an order the
  // server can render (no random seed there).
  const [openingMode, setOpeningMode] = useState<'practice' | 'test'>('practice');
  const opening = useMemo<Attempt>(() => {
    const seed = hashString(slug);
    return {
      id: 'opening',
      slug,
      mode: openingMode,
      seed,
      questionIds: planQuestionOrder(quiz.questions, seed, quiz.defaultIds),
      index: 0,
      answers: {},
      startedAt: '',
    };
  }, [slug, openingMode, quiz.questions, quiz.defaultIds]);

  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => {
    // A trailing space toggles so the same words are announced again.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);

  const pendingFocus = useRef<FocusTarget | null>(null);
  const pendingBlock = useRef<'nearest' | 'start'>('nearest');
  useEffect(() => {
    if (pendingFocus.current && focusTarget(pendingFocus.current, pendingBlock.current)) {
      pendingFocus.current = null;
      pendingBlock.current = 'nearest';
    }
  });

  // Once hydrated: drop an attempt the (regenerated) quiz no longer matches, and honour ?q=<index> from the
  // article's "Back to your question" only when it points inside the current attempt.
  const checkedUrl = useRef(false);
  useEffect(() => {
    if (!hydrated || checkedUrl.current) return;
    checkedUrl.current = true;
    const current = attemptApi.getState().attempts[slug];
    if (!current) return;
    if (current.questionIds.length === 0 || current.questionIds.some((id) => !known.has(id))) {
      attemptApi.getState().discard(slug);
      return;
    }
    const q = new URLSearchParams(window.location.search).get('q');
    const index = q !== null && /^\d+$/.test(q) ? Number(q) : null;
    const answered = current.questionIds.filter((id) => current.answers[id]).length;
    if (
      !current.finishedAt &&
      index !== null &&
      index < current.questionIds.length &&
      index <= answered
    ) {
      // Back from the article: the learner left from this question's feedback, so land on it, not on
      // the page top.
      const backToFeedback =
        showsFeedbackAtOnce(current.mode) && !!current.answers[current.questionIds[index] ?? ''];
      if (index === current.index) {
        if (backToFeedback) focusTarget('feedback-heading', 'start');
      } else {
        if (backToFeedback) {
          pendingFocus.current = 'feedback-heading';
          pendingBlock.current = 'start';
        }
        attemptApi.getState().goTo(slug, index);
      }
    }
  }, [hydrated, attemptApi, slug, known]);

  // Keep ?q= in the address in step with the question on screen, so reload and sharing land on it.
  const inProgress = attempt && !attempt.finishedAt;
  const index = attempt?.index ?? 0;
  useEffect(() => {
    if (!hydrated || !checkedUrl.current) return;
    const wanted = inProgress ? questionReturnPath(quizHref, index) : quizHref;
    if (`${window.location.pathname}${window.location.search}` !== wanted) {
      window.history.replaceState(window.history.state, '', wanted);
    }
  }, [hydrated, inProgress, index, quizHref]);

  const begin = useCallback(
    (mode: AttemptMode, seed: number, questionIds: string[]) => {
      const at = new Date();
      attemptApi.getState().start(slug, {
        id: `${at.getTime().toString(36)}-${seed.toString(36)}`,
        mode,
        seed,
        questionIds,
        at: at.toISOString(),
      });
    },
    [attemptApi, slug],
  );

  const start = useCallback(
    (mode: AttemptMode, only?: string[]) => {
      const seed = newSeed();
      begin(mode, seed, planQuestionOrder(quiz.questions, seed, only ?? quiz.defaultIds));
      pendingFocus.current = 'question-heading';
      announce(`${mode === 'test' ? 'Test' : 'Practice'} started.`);
    },
    [begin, quiz.questions, quiz.defaultIds, announce],
  );

  const finishing = useRef(false);
  const finish = useCallback(async () => {
    const current = attemptApi.getState().attempts[slug];
    if (!current || current.finishedAt || finishing.current) return;
    finishing.current = true;
    const at = new Date();
    let cards = {};
    try {
      // The scheduler is only needed here, so it is not part of the page's first load.
      const { scheduleAnswers } = await import('@/lib/quiz-play/schedule');
      cards = scheduleAnswers(
        progressApi.getState().quizzes[slug]?.questions ?? {},
        current.answers,
        at,
      );
    } catch {
      // Offline and the chunk not cached: keep the attempt; only the review dates are skipped.
    }
    progressApi.getState().recordAttempt(
      slug,
      {
        id: current.id,
        mode: current.mode,
        startedAt: current.startedAt,
        finishedAt: at.toISOString(),
        questionIds: current.questionIds,
        answers: current.answers,
      },
      cards,
    );
    attemptApi.getState().finish(slug, at.toISOString());
    finishing.current = false;
    pendingFocus.current = 'results-heading';
    announce('Quiz finished. Your results are below.');
  }, [attemptApi, progressApi, slug, announce]);

  const live = (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {announcement}
    </div>
  );

  if (hydrated && attempt?.finishedAt) {
    const now = new Date();
    return (
      <>
        {live}
        <ResultsView
          quiz={quiz}
          attempt={attempt}
          bestPercent={summarizeQuiz(quizProgress, now, known).bestPercent}
          dueCount={dueQuestionIds(quizProgress, now, known).length}
          nextDue={nextDueDate(quizProgress, now)}
          paragraphOf={paragraphOf}
          onRetryMissed={(ids) => start('retry', ids)}
          onRetake={() => start(attempt.mode === 'test' ? 'test' : 'practice')}
        />
      </>
    );
  }

  // Until the stores hydrate (and whenever no attempt is in progress) the opening question is shown.
  const ongoing = hydrated && attempt ? attempt : null;
  const shown = ongoing ?? opening;
  const lastAttempt = quizProgress?.attempts.at(-1);
  const missedLastTime = lastAttempt
    ? lastAttempt.questionIds.filter((id) => known.has(id) && !lastAttempt.answers[id]?.correct)
    : [];
  const total = shown.questionIds.length;
  const question = byId.get(shown.questionIds[shown.index] ?? '');
  const answeredCount = shown.questionIds.filter((id) => shown.answers[id]).length;
  if (!question) return live;

  const onAnswer = (record: AnswerRecord) => {
    // Starting (or answering) before the stores hydrate would write over a saved attempt.
    if (!hydrated) {
      announce('One moment: your saved progress is still loading.');
      return;
    }
    if (!ongoing) begin(opening.mode, opening.seed, opening.questionIds);
    attemptApi.getState().answer(slug, question.id, record);
    if (shown.mode === 'test') {
      if (shown.index === total - 1) void finish();
      else {
        attemptApi.getState().goTo(slug, shown.index + 1);
        pendingFocus.current = 'question-heading';
        announce(`Answer saved. Question ${shown.index + 2} of ${total}.`);
      }
      return;
    }
    pendingFocus.current = 'feedback-heading';
    const verdict = record.correct ? 'Correct.' : 'Not quite.';
    announce(
      `${verdict} ${record.parts ? `${record.parts.right} of ${record.parts.total} right.` : ''}`,
    );
  };

  const onCountAsRight = () => {
    attemptApi.getState().countAsRight(slug, question.id);
    announce('Counted as right, by you.');
  };
  const onUndoCountAsRight = () => {
    attemptApi.getState().undoCountAsRight(slug, question.id);
    announce('Not counted: marked not quite again.');
  };

  const onNext = () => {
    if (shown.index === total - 1) {
      void finish();
      return;
    }
    attemptApi.getState().goTo(slug, shown.index + 1);
    pendingFocus.current = 'question-heading';
    announce(`Question ${shown.index + 2} of ${total}.`);
  };

  return (
    <div>
      {live}
      <div className="mb-3 sm:mb-5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <p className="font-semibold">
            Question {shown.index + 1} of {total}
          </p>
          <p className="text-sm text-muted">
            {shown.mode === 'test'
              ? 'Test: results at the end'
              : shown.mode === 'practice'
                ? 'Practice'
                : shown.mode === 'retry'
                  ? 'Retrying missed questions'
                  : 'Review'}
          </p>
        </div>
        <div
          role="progressbar"
          aria-label="Answered"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answeredCount}
          aria-valuetext={`${answeredCount} of ${total} answered`}
          className="mt-1.5 h-2.5 overflow-hidden rounded-full border border-border bg-surface sm:mt-2 sm:h-3"
        >
          <BarFill fraction={answeredCount / total} className="fill-accent" />
        </div>
      </div>
      <QuestionStep
        key={`${shown.id}:${question.id}`}
        quiz={quiz}
        attempt={shown}
        question={question}
        paragraphOf={paragraphOf}
        onAnswer={onAnswer}
        onCountAsRight={onCountAsRight}
        onUndoCountAsRight={onUndoCountAsRight}
        onNext={onNext}
        announce={announce}
        timer={timer}
        readAloudRate={readAloudRate}
        ready={hydrated}
      />
      {ongoing ? (
        <StartOver
          onConfirm={() => {
            attemptApi.getState().discard(slug);
            pendingFocus.current = 'question-heading';
            announce('Attempt discarded. Back to the first question.');
          }}
        />
      ) : (
        <StartScreen
          questionCount={total}
          mode={openingMode}
          onModeChange={setOpeningMode}
          summary={summarizeQuiz(quizProgress, new Date(), known)}
          missedLastTime={missedLastTime}
          dueIds={dueQuestionIds(quizProgress, new Date(), known)}
          onStart={start}
        />
      )}
    </div>
  );
}

/** Leaving an attempt loses its answers, so it asks first. */
function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="mt-8 border-t border-border pt-4 sm:mt-10">
      {asking ? (
        <div
          role="group"
          aria-label="Confirm starting over"
          className="flex flex-wrap items-center gap-3"
        >
          <p>Start over? This attempt’s answers will be lost.</p>
          <button
            type="button"
            onClick={onConfirm}
            className="min-h-11 rounded-md bg-bad px-4 font-semibold text-bg"
          >
            Yes, start over
          </button>
          <button
            type="button"
            onClick={() => setAsking(false)}
            className="min-h-11 rounded-md border border-border px-4 font-semibold"
          >
            Keep going
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setAsking(true)}
          className="min-h-11 text-sm text-muted underline underline-offset-4"
        >
          Start over…
        </button>
      )}
    </div>
  );
}
