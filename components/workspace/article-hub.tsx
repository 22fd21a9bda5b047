'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { LiveCountNote, QuestionCountProvider } from '@/components/classroom/question-count-choice';
import { StartSessionForm } from '@/components/classroom/start-session-form';
import { formatDate } from '@/components/ui/format';
import { BUTTON, CARD } from '@/components/ui/styles';
import { liveQuestions, printOnlyKinds } from '@/lib/classroom/live-questions';
import { progressText, type ArticleView } from '@/lib/workspace/view';
import { CopyLink } from './copy-link';

const POLL_MS = 1000;

/** Keeps the view fresh while its quiz is generated, then stops. */
function useArticleView(initial: ArticleView) {
  const [view, setView] = useState(initial);
  const generating = view.status === 'generating';
  useEffect(() => {
    if (!generating) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/articles/${initial.id}`, { cache: 'no-store' });
        if (response.ok && !stopped) setView((await response.json()) as ArticleView);
      } catch {
        // A dropped connection: try again on the next tick.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [generating, initial.id]);
  return [view, setView] as const;
}

async function post(url: string, body?: unknown): Promise<ArticleView> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json().catch(() => ({}))) as ArticleView & { error?: string };
  if (!response.ok) throw new Error(data.error ?? 'That did not work. Try again.');
  return data;
}

/**
 * A workspace article's page for its teacher: the generation's progress until the quiz is ready, then
 * everything the library's teacher page offers (review, print, present, live) plus sharing and exports.
 */
export function ArticleHub({ initial }: { initial: ArticleView }) {
  const [view, setView] = useArticleView(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const base = `/teach/${view.id}`;

  const act = async (run: () => Promise<ArticleView>) => {
    setBusy(true);
    setError(null);
    try {
      setView(await run());
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const meta = [
    view.article.publisher,
    view.article.date ? `as of ${formatDate(view.article.date)}` : null,
    `${view.article.wordCount.toLocaleString('en')} words`,
  ].filter(Boolean);

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">
        Teach · your workspace
      </p>
      <h1 ref={heading} className="mt-1 text-3xl font-bold tracking-tight break-words sm:text-4xl">
        {view.title}
      </h1>
      <p className="mt-2 text-lg text-muted">
        {meta.join(' · ')}
        {view.sourceUrl ? (
          <>
            {' · '}
            <a
              href={view.sourceUrl}
              className="text-accent underline underline-offset-4"
              rel="noreferrer"
            >
              source
            </a>
          </>
        ) : null}
      </p>

      <div role="status" aria-live="polite" className="mt-6">
        {view.status === 'generating' ? (
          <div className={`${CARD} bg-surface`}>
            <p className="text-lg font-semibold">Preparing the quiz…</p>
            <p className="mt-1">{progressText(view.progress)}</p>
            <p className="mt-2 text-sm text-muted">
              This page updates by itself. You can leave it: the quiz keeps being made.
            </p>
          </div>
        ) : view.status === 'failed' ? (
          <div className="rounded-lg border-2 border-bad bg-bad-soft p-4">
            <p className="font-semibold">No quiz could be made from this article.</p>
            <p className="mt-1">{view.error}</p>
          </div>
        ) : view.error ? (
          <p className="rounded-md border-2 border-bad p-3">
            The last regeneration failed, so the earlier quiz is still in use. {view.error}
          </p>
        ) : null}
      </div>

      {error ? (
        <p role="alert" className="mt-4 font-semibold text-bad">
          {error}
        </p>
      ) : null}

      {view.status === 'ready' && view.quiz && view.review ? (
        <ReadyHub view={view} base={base} busy={busy} act={act} />
      ) : null}

      <section aria-labelledby="manage" className={`${CARD} mt-6`}>
        <h2 id="manage" className="text-xl font-semibold">
          This article
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/article`} className={BUTTON.secondary}>
              Read the article
            </Link>
          </li>
          {view.status !== 'generating' ? (
            <li>
              <button
                type="button"
                disabled={busy}
                className={BUTTON.secondary}
                onClick={() => void act(() => post(`/api/articles/${view.id}/regenerate`))}
              >
                {view.status === 'failed' ? 'Try again' : 'Regenerate the quiz'}
              </button>
            </li>
          ) : null}
          <li>
            <DeleteArticle id={view.id} title={view.title} />
          </li>
        </ul>
        {view.status === 'ready' ? (
          <p className="mt-2 text-sm text-muted">
            Regenerating writes the questions again with the current generator; your edits are kept,
            and an edit whose question no longer exists is listed on the review page.
          </p>
        ) : null}
      </section>
    </>
  );
}

function ReadyHub({
  view,
  base,
  busy,
  act,
}: {
  view: ArticleView;
  base: string;
  busy: boolean;
  act: (run: () => Promise<ArticleView>) => Promise<void>;
}) {
  const quiz = view.quiz!;
  const review = view.review!;
  return (
    <div className="mt-6 grid gap-6">
      <section aria-labelledby="review" className={CARD}>
        <h2 id="review" className="text-xl font-semibold">
          The questions
        </h2>
        <p className="mt-2 text-lg">
          The quiz asks <strong>{review.chosen}</strong> of the {review.available} questions
          {review.orphans.length > 0
            ? ` · ${review.orphans.length} ${review.orphans.length === 1 ? 'edit needs' : 'edits need'} your attention`
            : ''}
          .
        </p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/edit`} className={BUTTON.primary}>
              Review the questions
            </Link>
          </li>
          <li>
            <Link href={`${base}/quiz`} className={BUTTON.secondary}>
              Try the quiz
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="paper" className={CARD}>
        <h2 id="paper" className="text-xl font-semibold">
          On paper and on the projector
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/print`} className={BUTTON.primary}>
              Print packet
            </Link>
          </li>
          <li>
            <Link href={`${base}/present`} className={BUTTON.primary}>
              Present
            </Link>
          </li>
        </ul>
        <p className="mt-3 text-muted">
          Both use the questions chosen in your review, in your order. The packet holds the article
          with numbered paragraphs and a separate answer key citing the sentence behind each answer.
        </p>
      </section>

      <section aria-labelledby="live" className={CARD}>
        <h2 id="live" className="text-xl font-semibold">
          Live session with students’ phones
        </h2>
        <QuestionCountProvider
          initial="default"
          bank={{
            size: quiz.questions.length,
            defaultCount: quiz.defaultCount,
            liveRanks: liveQuestions(quiz.questions).map((question) => question.rank),
          }}
        >
          <LiveCountNote printOnly={printOnlyKinds()} />
          <StartSessionForm articleId={view.id} />
        </QuestionCountProvider>
      </section>

      <section aria-labelledby="share" className={CARD}>
        <h2 id="share" className="text-xl font-semibold">
          Share for self-study
        </h2>
        {view.published ? (
          <>
            <p className="mt-2">
              <strong>Shared.</strong> Anyone with this link can read the article and take the quiz
              on any phone, without an account; their progress stays on their device.
            </p>
            <div className="mt-3">
              <CopyLink label="Share link" url={view.shareUrl} />
            </div>
            <button
              type="button"
              disabled={busy}
              className={BUTTON.secondary}
              onClick={() =>
                void act(() => post(`/api/articles/${view.id}/publish`, { published: false }))
              }
            >
              Stop sharing
            </button>
            <p className="mt-2 text-sm text-muted">
              Stopping turns this link off for good; sharing again makes a new one.
            </p>
          </>
        ) : (
          <>
            <p className="mt-2">
              <strong>Not shared.</strong> Sharing gives the article and the chosen questions a
              public link that cannot be guessed. Nothing else of your workspace is visible through
              it.
            </p>
            <button
              type="button"
              disabled={busy}
              className={`${BUTTON.primary} mt-3`}
              onClick={() =>
                void act(() => post(`/api/articles/${view.id}/publish`, { published: true }))
              }
            >
              Share a link
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="export" className={CARD}>
        <h2 id="export" className="text-xl font-semibold">
          Export to your learning platform
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          {(
            [
              ['gift', 'GIFT (Moodle)'],
              ['qti', 'QTI 2.1 package (Canvas and others)'],
              ['csv', 'CSV (spreadsheet)'],
            ] as const
          ).map(([format, label]) => (
            <li key={format}>
              <a
                href={`/api/articles/${view.id}/export?format=${format}`}
                download
                className={BUTTON.secondary}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-muted">
          The chosen questions in your order; each answer’s feedback quotes its evidence sentence
          with its paragraph number.
        </p>
      </section>
    </div>
  );
}

function DeleteArticle({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className={BUTTON.secondary}>
        Delete…
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm deleting ${title}`}
      className="flex flex-wrap items-center gap-3"
    >
      <span>Delete the article, its quiz and your edits?</span>
      <button
        type="button"
        className={BUTTON.danger}
        onClick={async () => {
          const response = await fetch(`/api/articles/${id}`, { method: 'DELETE' });
          if (response.ok) router.push('/teach');
          else setError('It could not be deleted. Try again.');
        }}
      >
        Yes, delete
      </button>
      <button type="button" onClick={() => setAsking(false)} className={BUTTON.secondary}>
        Keep it
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
