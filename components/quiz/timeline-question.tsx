'use client';

import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Question } from '@/lib/quiz-engine/schema';
import { QuestionHeading } from './question-legend';

interface Props {
  question: Extract<Question, { type: 'timeline' }>;
  value: string[];
  onChange: (value: string[]) => void;
  answered: boolean;
  announce: (message: string) => void;
}

function moved(order: string[], from: number, to: number): string[] {
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as string);
  return next;
}

/**
 * Ordering by Move up / Move down buttons (keyboard, switch access, screen readers) and by dragging the
 * handle (touch or mouse, via pointer events). Dragging is a shortcut, never the only way.
 */
export function TimelineQuestion({ question, value, onChange, answered, announce }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);

  const move = (from: number, to: number) => {
    if (answered || to < 0 || to >= value.length || from === to) return;
    onChange(moved(value, from, to));
    announce(`Moved “${value[from]}” to position ${to + 1} of ${value.length}.`);
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>, item: string) => {
    if (answered) return;
    event.preventDefault();
    setDragging(item);
  };

  // Rows move in the DOM while dragging, which drops pointer capture; so the drag listens on the window.
  const latest = useRef({ value, onChange, announce });
  useEffect(() => {
    latest.current = { value, onChange, announce };
  });
  useEffect(() => {
    if (!dragging) return;
    const onMove = (event: PointerEvent) => {
      const rows = [
        ...(listRef.current?.querySelectorAll<HTMLElement>('[data-timeline-row]') ?? []),
      ];
      const { value: order, onChange: change } = latest.current;
      const from = order.indexOf(dragging);
      // The dragged event belongs after every row whose middle the pointer has passed.
      let to = 0;
      rows.forEach((row, index) => {
        const box = row.getBoundingClientRect();
        if (event.clientY > box.top + box.height / 2) to = index;
      });
      if (from >= 0 && to !== from) change(moved(order, from, to));
    };
    const onUp = () => {
      const { value: order, announce: say } = latest.current;
      say(`Placed “${dragging}” at position ${order.indexOf(dragging) + 1} of ${order.length}.`);
      setDragging(null);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [dragging]);

  // Once answered, the feedback lists the right order with where the learner had each event: the
  // order is said once, not in these rows as well.
  if (answered) return <QuestionHeading question={question} />;

  return (
    <div>
      <QuestionHeading question={question} />
      <p id={`timeline-help-${question.id}`} className="mt-1 mb-3 text-sm text-muted">
        Earliest at the top. Use Move up and Move down, or drag the handle.
      </p>
      <ol ref={listRef} className="grid gap-2" aria-describedby={`timeline-help-${question.id}`}>
        {value.map((item, index) => (
          <li
            key={item}
            data-timeline-row
            className={`flex items-center gap-2 rounded-lg border-2 p-2 ${
              dragging === item ? 'border-accent bg-accent-soft' : 'border-border bg-bg'
            }`}
          >
            <span
              aria-hidden="true"
              title="Drag to reorder"
              onPointerDown={(event) => onPointerDown(event, item)}
              className="flex min-h-11 w-8 shrink-0 cursor-grab touch-none items-center justify-center text-xl text-muted select-none"
            >
              ⠿
            </span>
            <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
            <span className="min-w-0 flex-1 text-base sm:text-lg">{item}</span>
            <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
              <MoveButton
                label={`Move “${item}” up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                glyph="↑"
              />
              <MoveButton
                label={`Move “${item}” down`}
                disabled={index === value.length - 1}
                onClick={() => move(index, index + 1)}
                glyph="↓"
              />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function MoveButton(props: {
  label: string;
  disabled: boolean;
  onClick: () => void;
  glyph: string;
}) {
  // aria-disabled rather than disabled: focus stays on the button when an item reaches the top or bottom.
  return (
    <button
      type="button"
      aria-label={props.label}
      aria-disabled={props.disabled}
      onClick={props.disabled ? undefined : props.onClick}
      className="min-h-11 min-w-11 rounded-md border border-border text-lg font-bold aria-disabled:text-muted aria-disabled:opacity-50"
    >
      <span aria-hidden="true">{props.glyph}</span>
    </button>
  );
}
