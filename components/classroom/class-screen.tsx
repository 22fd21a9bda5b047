'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { BarFill } from '@/components/ui/bar-fill';
import type { ClassScreenQuestion, ClassScreenView } from '@/lib/classroom/class-screen';
import { answerLabel, isDense, optionLetter } from '@/lib/classroom/slides';
import { JoinSlide } from './join-slide';
import { ProjectorAnswer } from './projector-answer';
import { ProjectorOption } from './projector-option';
import { useFullscreen } from './use-fullscreen';
import { useLiveUpdates } from './use-live-updates';

const control =
  'border-border bg-bg text-fg min-h-11 rounded-md border-2 px-[max(0.75rem,1.6vmin)] text-[max(1rem,2vmin)] font-semibold';

/**
 * The projector's page of a live session. It follows the session as the teacher moves it from the
 * dashboard: the join slide while waiting, then the question and how many answered, then (on reveal) the
 * key marked, the class's answers and the sentence that proves it. F toggles full screen.
 */
export function ClassScreen({
  initialView,
  joinUrl,
  qrDataUrl,
}: {
  initialView: ClassScreenView;
  joinUrl: string;
  qrDataUrl: string;
}) {
  const [view, setView] = useState(initialView);
  const [offline, setOffline] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { fullscreen, toggle } = useFullscreen(root);
  const id = view.id;

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`/api/sessions/${id}/screen`, { cache: 'no-store' });
      setOffline(false);
      if (response.ok) setView((await response.json()) as ClassScreenView);
      return true;
    } catch {
      setOffline(true);
      return false;
    }
  }, [id]);

  useLiveUpdates({
    eventsUrl: view.open ? `/api/sessions/${id}/events` : null,
    refresh,
    currentVersion: view.version,
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'f' && event.key !== 'F') return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  const { current } = view;
  const waiting = view.open && !current;
  const joined = `${view.joined} ${view.joined === 1 ? 'student' : 'students'} joined`;

  return (
    <div
      ref={root}
      data-projector=""
      className="fixed inset-0 z-40 grid grid-rows-[auto_minmax(0,1fr)] gap-[max(0.75rem,2vmin)] overflow-x-hidden overflow-y-auto bg-bg p-[max(1rem,3vmin)] text-fg"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-[3vmin] gap-y-1 text-[max(1.125rem,2.4vmin)]">
        <p className="min-w-0 font-semibold text-muted">{view.title}</p>
        <div className="flex flex-wrap items-center gap-x-[3vmin] gap-y-1">
          {current ? (
            <p className="font-bold">
              Question {current.number} of {view.totalQuestions}
            </p>
          ) : null}
          {current ? (
            <p role="status" data-testid="answered-count">
              {current.answered} of {view.joined} answered
            </p>
          ) : null}
          {current && view.open && !view.locked ? (
            <p className="text-muted">
              Join: <span className="font-mono font-bold text-fg">{view.code}</span>
            </p>
          ) : null}
          <button type="button" className={control} onClick={toggle}>
            {fullscreen ? 'Exit full screen' : 'Full screen'}
          </button>
        </div>
      </div>

      {offline ? (
        <p role="alert" className="font-semibold text-bad">
          Cannot reach the server; this screen catches up when it is back.
        </p>
      ) : null}

      {waiting ? (
        <JoinSlide
          heading="Join on your phone"
          url={joinUrl}
          qrDataUrl={qrDataUrl}
          code={view.locked ? undefined : view.code}
        >
          <p role="status">
            {joined}.{' '}
            {view.locked
              ? 'The class is closed to new students.'
              : view.mode === 'student'
                ? 'Work through the questions at your own pace.'
                : 'The first question appears when your teacher starts.'}
          </p>
        </JoinSlide>
      ) : current ? (
        <ScreenQuestion current={current} />
      ) : (
        <div className="grid content-center gap-[2vmin]">
          <h1 className="text-[clamp(2.25rem,6vmin,6rem)] font-bold">
            {view.status === 'ended' ? 'This session has ended' : 'This session has expired'}
          </h1>
          <p className="text-[max(1.25rem,3.2vmin)]">{joined}. Thank you for taking part.</p>
        </div>
      )}
    </div>
  );
}

/** The question on screen; after the reveal, the key marked in place, the class's answers and the proof. */
function ScreenQuestion({ current }: { current: ClassScreenQuestion }) {
  const { question, reveal } = current;
  const answer = useRef<HTMLDivElement>(null);
  // The layout keeps the answer on the first screen at projector sizes; on a small window, bring it in.
  useEffect(() => {
    if (reveal) answer.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal]);

  const dense = isDense({ ...question, items: [] });
  const promptSize = dense
    ? 'text-[clamp(1.75rem,4vmin,4.5rem)]'
    : 'text-[clamp(2.25rem,5vmin,5.5rem)]';
  const bodySize = dense ? 'text-[max(1.125rem,2.6vmin)]' : 'text-[max(1.5rem,3.6vmin)]';
  const total = reveal ? reveal.counts.reduce((sum, count) => sum + count, 0) : 0;

  return (
    <div
      className={`grid min-h-0 grid-cols-1 content-start gap-[max(0.75rem,2.2vmin)] ${reveal ? 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-x-[3vmin]' : ''}`}
    >
      <div className="grid min-w-0 content-start gap-[max(0.75rem,2.2vmin)]">
        <h1 className={`${promptSize} leading-tight font-bold break-words`}>{question.prompt}</h1>
        <ul
          aria-label={reveal ? 'How the class answered' : 'Options'}
          className={`grid gap-[max(0.5rem,1.2vmin)] ${bodySize} leading-snug`}
        >
          {question.choices.map((choice, index) => {
            const key = reveal?.keyIndex === index;
            const count = reveal?.counts[index] ?? 0;
            const percent = total ? Math.round((100 * count) / total) : 0;
            return (
              <ProjectorOption
                key={choice}
                index={index}
                choice={choice}
                isKey={key}
                aside={
                  reveal ? (
                    <span className="font-semibold whitespace-nowrap">
                      {count} ({percent}%)
                    </span>
                  ) : null
                }
              >
                {reveal ? (
                  <div className="mt-[0.6vmin] h-[max(0.375rem,0.9vmin)] overflow-hidden rounded bg-surface">
                    <BarFill fraction={percent / 100} className={key ? 'fill-ok' : 'fill-accent'} />
                  </div>
                ) : null}
              </ProjectorOption>
            );
          })}
        </ul>
      </div>

      <div aria-live="polite" ref={answer} className={reveal ? 'min-w-0' : 'hidden'}>
        {reveal ? (
          <ProjectorAnswer
            answer={answerLabel(
              `${optionLetter(reveal.keyIndex)}. ${reveal.answer}`,
              reveal.keyIndex,
            )}
            explanation={reveal.explanation}
            evidence={reveal.evidence}
          />
        ) : null}
      </div>
    </div>
  );
}
