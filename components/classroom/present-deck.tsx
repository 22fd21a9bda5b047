'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { answerLabel, isDense, optionLetter, type Slide } from '@/lib/classroom/slides';
import { JoinSlide } from './join-slide';
import { ProjectorAnswer } from './projector-answer';
import { ProjectorOption } from './projector-option';
import { useFullscreen } from './use-fullscreen';

// Type and spacing follow the screen (vmin: the smaller side), so a projector at 1280×720 and one at
// 1920×1080 show the same slide, just bigger; the floor keeps phones and small windows readable.
const control =
  'border-border bg-bg text-fg min-h-12 rounded-md border-2 px-[max(1rem,2vmin)] text-[max(1.125rem,2.4vmin)] font-semibold disabled:opacity-40';
const primary =
  'bg-accent text-accent-fg min-h-12 rounded-md px-[max(1.25rem,2.4vmin)] text-[max(1.125rem,2.4vmin)] font-semibold';
const option = 'rounded-md border-2 px-[max(0.75rem,1.4vmin)] py-[max(0.375rem,0.9vmin)]';

/** Keys pressed on a button or link keep their own meaning (Space/Enter activate it). */
function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, input, select, textarea') !== null
  );
}

/**
 * Projector mode: one question at a time in very large type. → / PageDown and ← / PageUp move (clickers
 * send PageDown/PageUp), Space or Enter reveals the key and its evidence, F toggles full screen, Q the
 * slide with the QR code that opens the quiz on phones.
 */
export function PresentDeck({
  title,
  slides,
  exitHref,
  join,
}: {
  title: string;
  slides: Slide[];
  /** Where "Exit" leads: the teacher's page for this article (the site's own navigation is hidden here). */
  exitHref: string;
  /** The quiz's address for phones and its QR code, when the class can open it (a library article). */
  join?: { url: string; qrDataUrl: string };
}) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [joining, setJoining] = useState(false);
  const deck = useRef<HTMLDivElement>(null);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen(deck);
  const answer = useRef<HTMLDivElement>(null);
  const slide = slides[index];

  // The layout keeps the answer on the first screen at projector sizes; on a small window, bring it in.
  useEffect(() => {
    if (revealed) answer.current?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);

  const go = useCallback(
    (delta: number) => {
      setIndex((current) => Math.min(slides.length - 1, Math.max(0, current + delta)));
      setRevealed(false);
      setJoining(false);
    },
    [slides.length],
  );

  // From the QR slide, "reveal" goes back to the question with its answer shown.
  const toggleAnswer = useCallback(() => {
    if (joining) setRevealed(true);
    else setRevealed((value) => !value);
    setJoining(false);
  }, [joining]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
      else if ((event.key === ' ' || event.key === 'Enter') && !isInteractive(event.target)) {
        toggleAnswer();
      } else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else if ((event.key === 'q' || event.key === 'Q') && join) setJoining((value) => !value);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, toggleFullscreen, toggleAnswer, join]);

  if (!slide) return <p className="text-2xl">This quiz has no questions.</p>;

  const dense = isDense(slide);
  const promptSize = dense
    ? 'text-[clamp(1.75rem,4vmin,4.5rem)]'
    : 'text-[clamp(2.25rem,5vmin,5.5rem)]';
  const bodySize = dense ? 'text-[max(1.125rem,2.6vmin)]' : 'text-[max(1.5rem,3.6vmin)]';
  const answerText = answerLabel(slide.answer, slide.keyIndex);
  const showAnswer = revealed && !joining;

  return (
    <div
      ref={deck}
      data-projector=""
      className={`fixed inset-0 z-40 grid grid-cols-1 grid-rows-[auto_1fr_auto] gap-[max(0.75rem,2vmin)] overflow-y-auto bg-bg p-[max(1rem,3vmin)] text-fg ${showAnswer ? 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-x-[3vmin]' : ''}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <p className="text-[max(1.125rem,2.4vmin)] font-semibold text-muted">{title}</p>
        <p className="text-[max(1.25rem,3vmin)] font-bold" aria-live="polite">
          Question {index + 1} of {slides.length}
        </p>
      </div>

      {joining && join ? (
        <div className="col-start-1 grid">
          <JoinSlide
            heading="Take this quiz on your phone"
            url={join.url}
            qrDataUrl={join.qrDataUrl}
          >
            <p>Your answers stay on your phone: nobody else sees them.</p>
          </JoinSlide>
        </div>
      ) : (
        <div className="col-start-1 grid content-start gap-[max(0.75rem,2.2vmin)]">
          <h1 className={`${promptSize} leading-tight font-bold`}>{slide.prompt}</h1>

          {slide.shape === 'match' ? (
            <div
              className={`grid gap-[max(0.75rem,2vmin)] ${bodySize} leading-snug sm:grid-cols-2`}
            >
              <ol className="grid list-decimal content-start gap-[max(0.5rem,1.2vmin)] pl-[1.5em]">
                {slide.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
              <ul className="grid content-start gap-[max(0.5rem,1.2vmin)]">
                {slide.choices.map((choice, i) => (
                  <li key={choice}>
                    <strong>{optionLetter(i)}.</strong> {choice}
                  </li>
                ))}
              </ul>
            </div>
          ) : slide.shape === 'order' ? (
            <ul className={`grid gap-[max(0.5rem,1.2vmin)] ${bodySize} leading-snug`}>
              {slide.items.map((item) => (
                <li key={item} className={`${option} border-border`}>
                  {item}
                </li>
              ))}
            </ul>
          ) : slide.shape === 'choice' ? (
            <ul className={`grid gap-[max(0.5rem,1.2vmin)] ${bodySize} leading-snug`}>
              {slide.choices.map((choice, i) => {
                const key = revealed && i === slide.keyIndex;
                return <ProjectorOption key={choice} index={i} choice={choice} isKey={key} />;
              })}
            </ul>
          ) : (
            <p className={bodySize}>Answer: ____________________</p>
          )}
        </div>
      )}

      {/* Beside the question on a wide screen, from the top row to the bottom one: the answer and its
          proving sentences are on the same screen as the question, never below it. */}
      <div
        aria-live="polite"
        ref={answer}
        className={showAnswer ? 'lg:col-start-2 lg:row-span-3 lg:row-start-1' : 'hidden'}
      >
        {showAnswer ? (
          <ProjectorAnswer
            answer={answerText}
            explanation={slide.explanation}
            evidence={slide.evidence}
          />
        ) : null}
      </div>

      <div className="col-start-1 grid gap-[max(0.5rem,1vmin)]">
        <nav aria-label="Presentation" className="flex flex-wrap items-center gap-3">
          <button type="button" className={control} onClick={() => go(-1)} disabled={index === 0}>
            ← Previous
          </button>
          <button type="button" className={primary} onClick={toggleAnswer}>
            {showAnswer ? 'Hide answer' : 'Reveal answer'}
          </button>
          <button
            type="button"
            className={control}
            onClick={() => go(1)}
            disabled={index === slides.length - 1}
          >
            Next →
          </button>
          {join ? (
            <button
              type="button"
              className={control}
              aria-pressed={joining}
              onClick={() => setJoining((value) => !value)}
            >
              QR code
            </button>
          ) : null}
          <button type="button" className={control} onClick={toggleFullscreen}>
            {fullscreen ? 'Exit full screen' : 'Full screen'}
          </button>
          <a
            href={exitHref}
            className="ml-auto inline-flex min-h-12 items-center text-[max(1rem,2.2vmin)] text-accent underline underline-offset-4"
          >
            Exit
          </a>
        </nav>
        <p className="text-[max(0.875rem,1.8vmin)] text-muted">
          Keys: <kbd>→</kbd> or <kbd>PageDown</kbd> next · <kbd>←</kbd> or <kbd>PageUp</kbd>{' '}
          previous · <kbd>Space</kbd> or <kbd>Enter</kbd> reveal · <kbd>F</kbd> full screen
          {join ? (
            <>
              {' '}
              · <kbd>Q</kbd> QR code for phones
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}
