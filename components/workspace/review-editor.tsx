'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  QuestionCountPicker,
  QuestionCountProvider,
} from '@/components/classroom/question-count-choice';
import { BUTTON, CARD, ERROR, FIELD } from '@/components/ui/styles';
import { TextField } from '@/components/ui/text-field';
import type { QuestionCount } from '@/lib/classroom/question-count';
import { optionLetter } from '@/lib/classroom/slides';
import type { Question } from '@/lib/quiz-engine/schema';
import { isChoiceQuestion, questionLabel } from '@/lib/quiz-play/question-shape';
import type { ReviewEntry } from '@/lib/workspace/review';
import { quoted } from '@/lib/text/quoted';
import type { ArticleView } from '@/lib/workspace/view';
import { SentencePicker } from './sentence-picker';

type Send = (
  method: 'PUT' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  announce: string,
) => Promise<string | null>;

const place = (view: ArticleView, sentenceId: string) => {
  for (const passage of view.article.passages) {
    const index = passage.sentences.findIndex((sentence) => sentence.id === sentenceId);
    if (index >= 0) return passage.number ? `¶${passage.number}, sentence ${index + 1}` : 'heading';
  }
  return 'a sentence no longer in the article';
};

/** Options a teacher may reword: the wrong ones of a choice question other than true/false. */
const wrongOptions = (question: Question) =>
  isChoiceQuestion(question) && question.type !== 'true-false'
    ? question.choices.filter((choice) => choice !== question.answer)
    : [];

/**
 * The review of a workspace quiz: every question of the bank with its evidence; include or exclude,
 * move, reword a stem, explanation or wrong option, change a key by choosing the sentence that states
 * it, add questions of one's own, and choose how many the quiz asks. Each change is saved at once and
 * announced; a refusal (a key the chosen sentence does not state) is shown beside the form.
 */
export function ReviewEditor({ initial }: { initial: ArticleView }) {
  const [view, setView] = useState(initial);
  const [announcement, setAnnouncement] = useState('');
  const review = view.review!;
  const api = `/api/articles/${view.id}`;

  // Changes go to the server one at a time, in the order made, so a slower answer to an earlier change
  // (a count typed digit by digit) never overwrites a later one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const send: Send = (method, path, body, announce) => {
    const next = queue.current.then(() => save(method, path, body, announce));
    queue.current = next.catch(() => {});
    return next;
  };

  const save: Send = async (method, path, body, announce) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch(() => null);
    const data = (await response?.json().catch(() => null)) as
      (ArticleView & { error?: string }) | null;
    if (!response?.ok || !data) {
      const message = data?.error ?? 'It could not be saved. Check the connection and try again.';
      setAnnouncement(message);
      return message;
    }
    setView(data);
    setAnnouncement(announce);
    return null;
  };

  const order = review.entries.map((entry) => entry.question.id);
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved as string);
    void send(
      'PUT',
      '/selection',
      { order: next, count: review.selection.count },
      `Moved to position ${index + by + 1} of ${next.length}.`,
    );
  };

  return (
    <>
      <p className="text-sm text-muted">
        <Link href={`/teach/${view.id}`} className="text-accent underline underline-offset-4">
          {view.title}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Review the questions</h1>
      <p className="mt-2 max-w-prose text-lg text-muted">
        Every question of the bank, with the sentence that proves it. Changes are saved as you make
        them and kept if the quiz is regenerated. Print, present, live sessions, the share link and
        exports use the questions marked “In the quiz”, in this order.
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <section aria-labelledby="how-many" className={`${CARD} mt-6`}>
        <h2 id="how-many" className="text-xl font-semibold">
          How many questions
        </h2>
        <div className="mt-3">
          <QuestionCountProvider
            initial={review.selection.count}
            bank={{ size: review.available, defaultCount: review.recommended, liveRanks: [] }}
            onChange={(count: QuestionCount) =>
              void send(
                'PUT',
                '/selection',
                { order, count },
                `The quiz now asks ${count === 'all' ? 'all' : count === 'default' ? 'the recommended' : count} questions.`,
              )
            }
          >
            <QuestionCountPicker labelledBy="how-many" />
          </QuestionCountProvider>
        </div>
        <p className="mt-2 text-lg">
          In the quiz now: <strong>{review.chosen}</strong> of {review.available}. Your own
          questions always count first.
        </p>
      </section>

      {review.orphans.length > 0 ? (
        <section aria-labelledby="orphans" className="mt-6 rounded-lg border-2 border-bad p-4">
          <h2 id="orphans" className="text-xl font-semibold">
            Edits whose question is gone
          </h2>
          <p className="mt-1">
            The quiz was regenerated and these questions are no longer in it, so your edits of them
            are not applied. They are kept here until you remove them.
          </p>
          <ul className="mt-3 grid gap-2">
            {review.orphans.map((orphan) => (
              <li key={orphan.questionId} className="flex flex-wrap items-center gap-3">
                <span>
                  {orphan.summary} <span className="text-muted">({orphan.questionId})</span>
                </span>
                <button
                  type="button"
                  className={BUTTON.secondary}
                  onClick={() =>
                    void send(
                      'DELETE',
                      `/questions/${orphan.questionId}`,
                      undefined,
                      'Edit removed.',
                    )
                  }
                >
                  Remove <span className="sr-only">the edit of {orphan.questionId}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <OwnQuestionForm view={view} send={send} />

      <ol className="mt-6 grid gap-4" aria-label="Questions, in the order asked">
        {review.entries.map((entry, index) => (
          <QuestionItem
            key={entry.question.id}
            view={view}
            entry={entry}
            index={index}
            count={review.entries.length}
            send={send}
            move={move}
          />
        ))}
      </ol>
    </>
  );
}

function statusOf(entry: ReviewEntry, chosen: number): string {
  if (entry.excluded) return 'Excluded';
  if (entry.chosen) return 'In the quiz';
  return `Not in the quiz (beyond the ${chosen} chosen)`;
}

function QuestionItem({
  view,
  entry,
  index,
  count,
  send,
  move,
}: {
  view: ArticleView;
  entry: ReviewEntry;
  index: number;
  count: number;
  send: Send;
  move: (index: number, by: -1 | 1) => void;
}) {
  const [editing, setEditing] = useState(false);
  const { question } = entry;
  const headingId = `q-${question.id}`;
  const label = `question ${index + 1}`;
  const options = isChoiceQuestion(question) ? question.choices : [];
  return (
    <li
      aria-labelledby={headingId}
      className={`${CARD} ${entry.excluded ? 'border-dashed bg-surface' : entry.chosen ? 'border-2 border-accent' : ''}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-semibold">
        <span>#{index + 1}</span>
        <span className={entry.chosen ? 'text-fg' : 'text-muted'}>
          {entry.chosen ? '✓ ' : entry.excluded ? '✕ ' : '○ '}
          {statusOf(entry, view.review!.chosen)}
        </span>
        <span className="text-muted">{questionLabel(question.type)}</span>
        {entry.own ? <span className="rounded bg-accent-soft px-2">Your question</span> : null}
        {entry.original ? <span className="rounded bg-accent-soft px-2">Edited</span> : null}
      </div>
      <h3 id={headingId} className="mt-2 text-lg font-semibold break-words">
        {question.prompt}
      </h3>
      {options.length > 0 ? (
        <ul className="mt-2 grid gap-1">
          {options.map((option, i) => (
            <li key={option} className={option === question.answer ? 'font-semibold' : ''}>
              {optionLetter(i)}. {option}
              {option === question.answer ? ' — the answer ✓' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">
          <span className="font-semibold">Answer:</span>{' '}
          {Array.isArray(question.answer) ? question.answer.join(' · ') : question.answer}
        </p>
      )}
      <p className="mt-2 text-muted">{question.explanation}</p>
      <ul className="mt-2 grid gap-2">
        {question.evidence.map((evidence) => (
          <li key={evidence.sentenceId} className="border-l-4 border-accent pl-3">
            <blockquote className="font-serif">{quoted(evidence.quote)}</blockquote>
            <a
              href={`/teach/${view.id}/article?from=${encodeURIComponent(`/teach/${view.id}/edit`)}#${evidence.sentenceId}`}
              className="text-accent underline underline-offset-4"
            >
              {place(view, evidence.sentenceId)}
            </a>
          </li>
        ))}
      </ul>
      {entry.problems.length > 0 ? (
        <ul className="mt-2 grid gap-1 font-semibold text-bad">
          {entry.problems.map((problem) => (
            <li key={problem}>⚠ {problem}</li>
          ))}
        </ul>
      ) : null}

      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON.secondary}
          disabled={index === 0}
          onClick={() => move(index, -1)}
        >
          Move up <span className="sr-only">{label}</span>
        </button>
        <button
          type="button"
          className={BUTTON.secondary}
          disabled={index === count - 1}
          onClick={() => move(index, 1)}
        >
          Move down <span className="sr-only">{label}</span>
        </button>
        <button
          type="button"
          className={BUTTON.secondary}
          onClick={() =>
            void send(
              'PUT',
              `/questions/${question.id}`,
              { ...editOf(entry), excluded: !entry.excluded },
              entry.excluded
                ? `Question ${index + 1} included.`
                : `Question ${index + 1} excluded.`,
            )
          }
        >
          {entry.excluded ? 'Include' : 'Exclude'} <span className="sr-only">{label}</span>
        </button>
        <button
          type="button"
          className={BUTTON.secondary}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {editing ? 'Close the editor' : 'Edit'} <span className="sr-only">{label}</span>
        </button>
        {entry.original || entry.own ? (
          <button
            type="button"
            className={BUTTON.secondary}
            onClick={() =>
              void send(
                'DELETE',
                `/questions/${question.id}`,
                undefined,
                entry.own ? 'Your question was deleted.' : 'Back to the generated question.',
              )
            }
          >
            {entry.own ? 'Delete' : 'Undo my edits'} <span className="sr-only">{label}</span>
          </button>
        ) : null}
      </div>
      {editing ? (
        <EditForm view={view} entry={entry} send={send} onDone={() => setEditing(false)} />
      ) : null}
    </li>
  );
}

/** The fields of the stored edit a question has now (so one change keeps the others). */
function editOf(entry: ReviewEntry): Record<string, unknown> {
  const { question, original } = entry;
  if (entry.own) return {};
  if (!original) return {};
  const edit: Record<string, unknown> = {};
  if (question.prompt !== original.prompt) edit.prompt = question.prompt;
  if (question.explanation !== original.explanation) edit.explanation = question.explanation;
  if (isChoiceQuestion(question) && isChoiceQuestion(original)) {
    const key =
      question.answer !== original.answer ||
      question.evidence[0]?.sentenceId !== original.evidence[0]?.sentenceId;
    if (key && question.evidence[0]) {
      edit.key = { answer: question.answer, sentenceId: question.evidence[0].sentenceId };
    }
    const options: Record<string, string> = {};
    original.choices.forEach((choice, i) => {
      const now = question.choices[i];
      if (choice !== original.answer && now !== undefined && now !== choice) options[choice] = now;
    });
    if (Object.keys(options).length) edit.options = options;
  }
  return edit;
}

function EditForm({
  view,
  entry,
  send,
  onDone,
}: {
  view: ArticleView;
  entry: ReviewEntry;
  send: Send;
  onDone: () => void;
}) {
  const id = useId();
  const { question } = entry;
  const base = entry.original ?? question;
  const [prompt, setPrompt] = useState(question.prompt);
  const [explanation, setExplanation] = useState(question.explanation);
  const wrong = wrongOptions(base);
  const [options, setOptions] = useState<string[]>(() => {
    const current = wrongOptions(question);
    return wrong.map((_option, i) => current[i] ?? wrong[i] ?? '');
  });
  const canChangeKey = !entry.own && wrong.length > 0 && question.type !== 'evidence';
  const [changingKey, setChangingKey] = useState(false);
  const [answer, setAnswer] = useState(typeof question.answer === 'string' ? question.answer : '');
  const [sentenceId, setSentenceId] = useState<string | null>(
    question.evidence[0]?.sentenceId ?? null,
  );
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const edit: Record<string, unknown> = { excluded: entry.excluded };
    if (prompt.trim() !== base.prompt) edit.prompt = prompt.trim();
    if (explanation.trim() !== base.explanation) edit.explanation = explanation.trim();
    if (!entry.own) {
      const changed: Record<string, string> = {};
      wrong.forEach((original, i) => {
        const now = options[i]?.trim();
        if (now && now !== original) changed[original] = now;
      });
      if (Object.keys(changed).length) edit.options = changed;
      if (changingKey && sentenceId) edit.key = { answer: answer.trim(), sentenceId };
      else if (editOf(entry).key) edit.key = editOf(entry).key;
    }
    const problem = await send('PUT', `/questions/${question.id}`, edit, 'Question saved.');
    if (problem) {
      setError(problem);
      requestAnimationFrame(() => errorRef.current?.focus());
    } else onDone();
  };

  return (
    <form
      onSubmit={(event) => void save(event)}
      className="mt-4 grid gap-4 border-t border-border pt-4"
    >
      <TextField
        id={`${id}-prompt`}
        label="Question"
        value={prompt}
        onChange={setPrompt}
        rows={3}
      />
      <TextField
        id={`${id}-explanation`}
        label="Explanation shown after answering"
        value={explanation}
        onChange={setExplanation}
        rows={3}
      />
      {!entry.own && wrong.length > 0 ? (
        <fieldset className="grid gap-2">
          <legend className="font-semibold">Wrong options</legend>
          {wrong.map((original, i) => (
            <div key={original}>
              <label htmlFor={`${id}-wrong-${i}`} className="text-sm">
                Wrong option {i + 1} (generated: “{original}”)
              </label>
              <input
                id={`${id}-wrong-${i}`}
                value={options[i] ?? ''}
                onChange={(event) =>
                  setOptions(options.map((value, j) => (j === i ? event.target.value : value)))
                }
                className={FIELD}
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      {canChangeKey ? (
        <div className="grid gap-3">
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              checked={changingKey}
              onChange={(event) => setChangingKey(event.target.checked)}
              className="size-5"
            />
            Change the answer (it must be stated in the sentence you choose)
          </label>
          {changingKey ? (
            <>
              <TextField
                id={`${id}-answer`}
                label="New answer"
                value={answer}
                onChange={setAnswer}
              />
              <SentencePicker
                passages={view.article.passages}
                value={sentenceId}
                onChange={setSentenceId}
                label="The sentence that states the new answer"
              />
            </>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className={ERROR}>
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={BUTTON.primary}>
          Save
        </button>
        <button type="button" className={BUTTON.secondary} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function OwnQuestionForm({ view, send }: { view: ArticleView; send: Send }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [prompt, setPrompt] = useState('');
  const [answer, setAnswer] = useState('');
  const [wrong, setWrong] = useState(['', '', '']);
  const [explanation, setExplanation] = useState('');
  const [sentenceId, setSentenceId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const options = wrong.map((option) => option.trim()).filter(Boolean);
    const missing = !prompt.trim()
      ? 'Write the question.'
      : !answer.trim()
        ? 'Write its answer.'
        : options.length < 2
          ? 'Give at least two wrong options.'
          : !explanation.trim()
            ? 'Write the explanation students see after answering.'
            : !sentenceId
              ? 'Choose the sentence that states the answer.'
              : null;
    const problem =
      missing ??
      (await send(
        'POST',
        '/questions',
        {
          prompt: prompt.trim(),
          answer: answer.trim(),
          wrong: options,
          explanation: explanation.trim(),
          sentenceId,
        },
        'Your question was added to the quiz.',
      ));
    if (problem) {
      setError(problem);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError(null);
    setPrompt('');
    setAnswer('');
    setWrong(['', '', '']);
    setExplanation('');
    setOpen(false);
  };

  if (!open) {
    return (
      <p className="mt-6">
        <button type="button" className={BUTTON.primary} onClick={() => setOpen(true)}>
          Add a question of your own
        </button>
      </p>
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`} className={`${CARD} mt-6`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Your own question
      </h2>
      <p className="mt-1 text-muted">
        One answer and wrong options, anchored to the sentence that states the answer (it is
        checked: an answer the sentence does not state is refused).
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate className="mt-4 grid gap-4">
        <TextField
          id={`${id}-prompt`}
          label="Question"
          value={prompt}
          onChange={setPrompt}
          rows={3}
        />
        <TextField id={`${id}-answer`} label="Answer" value={answer} onChange={setAnswer} />
        <fieldset className="grid gap-2">
          <legend className="font-semibold">Wrong options (two or three)</legend>
          {wrong.map((value, i) => (
            <div key={i}>
              <label htmlFor={`${id}-wrong-${i}`} className="text-sm">
                Wrong option {i + 1}
                {i === 2 ? ' (optional)' : ''}
              </label>
              <input
                id={`${id}-wrong-${i}`}
                value={value}
                onChange={(event) =>
                  setWrong(wrong.map((old, j) => (j === i ? event.target.value : old)))
                }
                className={FIELD}
              />
            </div>
          ))}
        </fieldset>
        <TextField
          id={`${id}-explanation`}
          label="Explanation shown after answering"
          value={explanation}
          onChange={setExplanation}
          rows={3}
        />
        <SentencePicker
          passages={view.article.passages}
          value={sentenceId}
          onChange={setSentenceId}
          label="The sentence that states the answer"
        />
        {error ? (
          <p ref={errorRef} tabIndex={-1} role="alert" className={ERROR}>
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={BUTTON.primary}>
            Add the question
          </button>
          <button type="button" className={BUTTON.secondary} onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
