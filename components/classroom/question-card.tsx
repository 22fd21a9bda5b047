'use client';

import { useState, type FormEvent } from 'react';
import type { StudentQuestionState } from '@/lib/classroom/service';
import { EvidenceList } from './evidence-list';

export type SendState = 'sent' | 'sending' | null;

/**
 * One live question on a phone: a native radio group (fieldset + legend, arrow keys work, screen readers
 * announce it), 56px rows, a send button; then the student's answer and, once allowed, the key.
 */
export function QuestionCard({
  heading,
  state,
  sendState,
  notice,
  onAnswer,
}: {
  heading: string;
  state: StudentQuestionState;
  /** 'sending' while this device's answer waits for the server's acknowledgement. */
  sendState: SendState;
  notice: string | null;
  onAnswer: (choice: string) => void;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const { question, revealed } = state;
  const answer = state.myAnswer;
  const locked = answer !== null || revealed !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected && !locked) onAnswer(selected);
  }

  return (
    <section aria-labelledby={`heading-${question.id}`} className="grid gap-4">
      <h2 id={`heading-${question.id}`} className="text-base font-semibold text-muted">
        {heading}
      </h2>
      <form onSubmit={submit} className="grid gap-4">
        <fieldset disabled={locked} className="grid gap-3">
          <legend className="mb-3 text-2xl leading-snug font-semibold">{question.prompt}</legend>
          {question.choices.map((choice, index) => {
            const isKey = revealed?.answer === choice;
            const mine = answer === choice;
            return (
              <label
                key={choice}
                className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-md border-2 p-3 text-lg ${
                  isKey
                    ? 'border-ok bg-ok-soft'
                    : mine || (!locked && selected === choice)
                      ? 'border-accent bg-accent-soft'
                      : 'border-border'
                } ${locked ? 'cursor-default' : ''}`}
              >
                <input
                  type="radio"
                  name={`choice-${question.id}`}
                  value={choice}
                  checked={locked ? mine : selected === choice}
                  onChange={() => setSelected(choice)}
                  className="size-6 shrink-0"
                />
                <span className="min-w-0 break-words">
                  <span className="font-bold">{String.fromCharCode(65 + index)}.</span> {choice}
                  {isKey ? <strong className="block text-ok">✓ Correct answer</strong> : null}
                  {mine && revealed && !isKey ? (
                    <strong className="block text-bad">✗ Your answer</strong>
                  ) : null}
                </span>
              </label>
            );
          })}
        </fieldset>
        {!locked ? (
          <button
            type="submit"
            disabled={!selected}
            className="min-h-12 rounded-md bg-accent px-5 text-xl font-semibold text-accent-fg disabled:opacity-50"
          >
            Send answer
          </button>
        ) : null}
      </form>
      <div role="status" className="text-lg">
        {answer !== null && sendState === 'sending' ? (
          <p>
            <span aria-hidden="true">⏳ </span>Sending “{answer}”… it will keep trying until your
            teacher’s screen has it.
          </p>
        ) : answer !== null && !revealed ? (
          <p className="font-semibold">
            <span aria-hidden="true">✓ </span>Answer received: “{answer}”.
          </p>
        ) : null}
        {revealed && state.myCorrect !== null ? (
          <p className={`text-xl font-bold ${state.myCorrect ? 'text-ok' : 'text-bad'}`}>
            {state.myCorrect ? '✓ Right!' : `✗ Not this time. The answer is “${revealed.answer}”.`}
          </p>
        ) : revealed && answer === null ? (
          <p className="text-xl font-bold">
            You did not answer. The answer is “{revealed.answer}”.
          </p>
        ) : null}
      </div>
      {notice ? (
        <p role="alert" className="text-lg font-semibold text-bad">
          {notice}
        </p>
      ) : null}
      {revealed ? (
        <div className="rounded-md border border-border p-4">
          <h3 className="text-lg font-semibold">Why</h3>
          <p className="mt-1 text-lg">{revealed.explanation}</p>
          <EvidenceList evidence={revealed.evidence} />
        </div>
      ) : null}
    </section>
  );
}
