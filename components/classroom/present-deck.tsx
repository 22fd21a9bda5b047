'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { optionLetter, type Slide } from '@/lib/classroom/slides';
import { EvidenceList } from './evidence-list';

const control =
  'border-border bg-bg text-fg min-h-12 rounded-md border-2 px-5 text-xl font-semibold disabled:opacity-40';
const primary = 'bg-accent text-accent-fg min-h-12 rounded-md px-6 text-xl font-semibold';

/** Keys pressed on a button or link keep their own meaning (Space/Enter activate it). */
function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, input, select, textarea') !== null
  );
}

/**
 * Projector mode: one question at a time in very large type. → / PageDown and ← / PageUp move (clickers
 * send PageDown/PageUp), Space or Enter reveals the key and its evidence, F toggles full screen.
 */
export function PresentDeck({ title, slides }: { title: string; slides: Slide[] }) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const deck = useRef<HTMLDivElement>(null);
  const slide = slides[index];

  const go = useCallback(
    (delta: number) => {
      setIndex((current) => Math.min(slides.length - 1, Math.max(0, current + delta)));
      setRevealed(false);
    },
    [slides.length],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void deck.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
      else if ((event.key === ' ' || event.key === 'Enter') && !isInteractive(event.target)) {
        setRevealed((value) => !value);
      } else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else return;
      event.preventDefault();
    };
    const onFullscreen = () => setFullscreen(document.fullscreenElement !== null);
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [go, toggleFullscreen]);

  if (!slide) return <p className="text-2xl">This quiz has no questions.</p>;

  return (
    <div
      ref={deck}
      className="flex min-h-[80vh] flex-col gap-8 bg-bg text-fg [&:fullscreen]:overflow-auto [&:fullscreen]:p-[4vw]"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-xl font-semibold text-muted">{title}</p>
        <p className="text-2xl font-bold" aria-live="polite">
          Question {index + 1} of {slides.length}
        </p>
      </div>

      <h1 className="text-4xl leading-tight font-bold sm:text-5xl">{slide.prompt}</h1>

      {slide.shape === 'match' ? (
        <div className="grid gap-6 text-2xl sm:grid-cols-2 sm:text-3xl">
          <ol className="grid list-decimal gap-3 pl-10">
            {slide.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
          <ul className="grid gap-3">
            {slide.choices.map((choice, i) => (
              <li key={choice}>
                <strong>{optionLetter(i)}.</strong> {choice}
              </li>
            ))}
          </ul>
        </div>
      ) : slide.shape === 'order' ? (
        <ul className="grid gap-3 text-2xl sm:text-3xl">
          {slide.items.map((item) => (
            <li key={item} className="rounded-md border-2 border-border px-4 py-3">
              {item}
            </li>
          ))}
        </ul>
      ) : slide.shape === 'choice' ? (
        <ul className="grid gap-3 text-2xl sm:text-3xl">
          {slide.choices.map((choice, i) => (
            <li key={choice} className="rounded-md border-2 border-border px-4 py-3">
              <strong>{optionLetter(i)}.</strong> {choice}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-3xl">Answer: ____________________</p>
      )}

      <div aria-live="polite">
        {revealed ? (
          <div className="rounded-lg border-4 border-ok bg-ok-soft p-6">
            <p className="text-3xl font-bold sm:text-4xl">
              <span aria-hidden="true">✓ </span>Answer: {slide.answer}
            </p>
            <p className="mt-3 text-2xl">{slide.explanation}</p>
            <div className="text-xl">
              <EvidenceList evidence={slide.evidence} />
            </div>
          </div>
        ) : null}
      </div>

      <nav aria-label="Presentation" className="mt-auto flex flex-wrap items-center gap-3">
        <button type="button" className={control} onClick={() => go(-1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" className={primary} onClick={() => setRevealed((value) => !value)}>
          {revealed ? 'Hide answer' : 'Reveal answer'}
        </button>
        <button
          type="button"
          className={control}
          onClick={() => go(1)}
          disabled={index === slides.length - 1}
        >
          Next →
        </button>
        <button type="button" className={control} onClick={toggleFullscreen}>
          {fullscreen ? 'Exit full screen' : 'Full screen'}
        </button>
      </nav>
      <p className="text-lg text-muted">
        Keys: <kbd>→</kbd> or <kbd>PageDown</kbd> next · <kbd>←</kbd> or <kbd>PageUp</kbd> previous
        · <kbd>Space</kbd> or <kbd>Enter</kbd> reveal · <kbd>F</kbd> full screen
      </p>
    </div>
  );
}
