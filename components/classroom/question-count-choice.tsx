'use client';

import Link from 'next/link';
import { createContext, use, useCallback, useId, useState, type ReactNode } from 'react';
import {
  questionCountParam,
  rankLimit,
  withQuestionCount,
  type QuestionCount,
} from '@/lib/classroom/question-count';

/** What the choice needs to know of the quiz's ranked bank (plain numbers from the server). */
export interface RankedBank {
  size: number;
  defaultCount: number;
  /** Ranks of the questions that can be asked live. */
  liveRanks: number[];
}

interface Choice {
  count: QuestionCount;
  setCount: (count: QuestionCount) => void;
  bank: RankedBank;
}

const ChoiceContext = createContext<Choice | null>(null);

function useChoice(): Choice {
  const choice = use(ChoiceContext);
  if (!choice) throw new Error('Use inside <QuestionCountProvider>.');
  return choice;
}

/** How many questions and how many of them can go live, for a choice. */
export function chosenCounts(count: QuestionCount, bank: RankedBank) {
  const limit = rankLimit(count, { defaultCount: bank.defaultCount, size: bank.size });
  return { questions: limit, live: bank.liveRanks.filter((rank) => rank <= limit).length };
}

/**
 * The teacher's choice of how many questions print, present and live use. It lives in the address
 * (`?count=`), so a reload or a shared link keeps it; the links and the live form read it from here.
 * With `onChange` (a workspace article, whose choice is saved on the server) the address is left alone.
 */
export function QuestionCountProvider({
  initial,
  bank,
  onChange,
  children,
}: {
  initial: QuestionCount;
  bank: RankedBank;
  onChange?: (count: QuestionCount) => void;
  children: ReactNode;
}) {
  const [count, setChosen] = useState(initial);
  const setCount = useCallback(
    (next: QuestionCount) => {
      setChosen(next);
      if (onChange) {
        onChange(next);
        return;
      }
      const url = new URL(window.location.href);
      const param = questionCountParam(next);
      if (param === null) url.searchParams.delete('count');
      else url.searchParams.set('count', param);
      window.history.replaceState(window.history.state, '', url);
    },
    [onChange],
  );
  return <ChoiceContext value={{ count, setCount, bank }}>{children}</ChoiceContext>;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

const option =
  'border-border has-[:checked]:border-accent has-[:checked]:bg-accent-soft flex min-h-11 cursor-pointer items-start gap-3 rounded-md border-2 p-3';

/**
 * The recommended default quiz, the whole bank, or a number: a native radio group (named by the heading
 * `labelledBy`) and a number field.
 */
export function QuestionCountPicker({ labelledBy }: { labelledBy: string }) {
  const { count, setCount, bank } = useChoice();
  const id = useId();
  const [typed, setTyped] = useState(() =>
    String(typeof count === 'number' ? count : bank.defaultCount),
  );
  const typedNumber = wholeNumber(typed);
  const typedValid = typedNumber >= 1 && typedNumber <= bank.size;
  const byNumber = typeof count === 'number';
  const counts = chosenCounts(count, bank);

  // A number applies as soon as it is a valid one; until then the last choice stays in use.
  const chooseNumber = (text: string) => {
    setTyped(text);
    const value = wholeNumber(text);
    if (value >= 1 && value <= bank.size) setCount(value);
  };

  return (
    <div className="grid gap-3">
      <fieldset className="grid gap-2" aria-labelledby={labelledBy} aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`} className="mb-1 text-base text-muted">
          The quiz ranks its {bank.size} questions from most to least worth asking. The packet, the
          presentation and a live session use the ones you choose here, in the quiz’s order.
        </p>
        {(
          [
            [
              'default',
              `Recommended: ${bank.defaultCount}`,
              'the best-ranked questions, the quiz a learner gets on their own.',
            ],
            ['all', `All ${bank.size}`, 'every question of the bank.'],
          ] as const
        ).map(([value, title, detail]) => (
          <label key={value} className={option}>
            <input
              type="radio"
              name={`${id}-count`}
              checked={count === value}
              onChange={() => setCount(value)}
              className="mt-1 size-5 shrink-0"
            />
            <span>
              <strong>{title}</strong> — {detail}
            </span>
          </label>
        ))}
        <div className={option}>
          <input
            type="radio"
            id={`${id}-by-number`}
            name={`${id}-count`}
            checked={byNumber}
            onChange={() => chooseNumber(typed)}
            className="mt-1 size-5 shrink-0"
          />
          <div className="grid gap-2">
            <label htmlFor={`${id}-by-number`} className="cursor-pointer">
              <strong>A number</strong> — the best-ranked, as many as you say:
            </label>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <label htmlFor={`${id}-number`} className="sr-only">
                Number of questions (1 to {bank.size})
              </label>
              <input
                id={`${id}-number`}
                type="number"
                inputMode="numeric"
                min={1}
                max={bank.size}
                step={1}
                value={typed}
                onChange={(event) => chooseNumber(event.target.value)}
                aria-invalid={typedValid ? undefined : true}
                aria-describedby={`${id}-number-hint`}
                className="min-h-11 w-24 rounded-md border-2 border-border bg-bg px-2 text-lg"
              />
              <span
                id={`${id}-number-hint`}
                className={typedValid ? 'text-base text-muted' : 'text-base font-semibold text-bad'}
              >
                {typedValid
                  ? `From 1 to ${bank.size}.`
                  : `Enter a whole number from 1 to ${bank.size}.`}
              </span>
            </div>
          </div>
        </div>
      </fieldset>
      <p role="status" className="text-lg font-semibold">
        Print, present and live use {counts.questions}{' '}
        {counts.questions === 1 ? 'question' : 'questions'}.
      </p>
    </div>
  );
}

/** A link to print or present that carries the choice. */
export function QuestionCountLink({
  href,
  className,
  children,
}: {
  href: string;
  className: string;
  children: ReactNode;
}) {
  const { count } = useChoice();
  return (
    <Link href={withQuestionCount(href, count)} className={className}>
      {children}
    </Link>
  );
}

/** How many of the chosen questions a live session asks, and why not the others. */
export function LiveCountNote({ printOnly }: { printOnly: string }) {
  const { count, bank } = useChoice();
  const counts = chosenCounts(count, bank);
  return (
    <p className="mt-2 text-base text-muted">
      Of the {counts.questions} chosen, {counts.live}{' '}
      {counts.live === 1 ? 'question is' : 'questions are'} asked live: the ones with a fixed set of
      choices, so the class’s answers can be shown as a distribution. {printOnly} questions stay in
      the packet and the presentation. Students need no account: a code and a display name.
    </p>
  );
}

/** The choice as the live form sends it, and whether anything can be asked live. */
export function useLiveChoice(): { count: QuestionCount; live: number } {
  const { count, bank } = useChoice();
  return { count, live: chosenCounts(count, bank).live };
}
