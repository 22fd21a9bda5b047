'use client';

import Link from 'next/link';
import { useState } from 'react';
import { BUTTON } from '@/components/ui/styles';
import type { MyArticle } from '@/lib/my-articles/schema';
import { passagesText } from '@/lib/text/article';
import { CopyLink } from './copy-link';

/**
 * Moves an article made in this browser into the teacher workspace, where it can be printed,
 * projected, run live and shared. The server generates its quiz again from the text (nothing made in a
 * browser is trusted as a quiz); the same text gives the same questions.
 */
export function UseInClassButton({ article }: { article: MyArticle }) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; teachUrl: string; workspaceUrl?: string }
    | { kind: 'failed'; message: string }
  >({ kind: 'idle' });

  const move = async () => {
    setState({ kind: 'busy' });
    const response = await fetch('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: passagesText(article.quiz.passages),
        title: article.title,
        ...(article.publisher && { publisher: article.publisher }),
        ...(article.date && { statedDate: article.date }),
        from: 'browser',
      }),
    }).catch(() => null);
    const data = (await response?.json().catch(() => null)) as {
      teachUrl?: string;
      workspaceUrl?: string;
      error?: string;
    } | null;
    if (!response?.ok || !data?.teachUrl) {
      setState({ kind: 'failed', message: data?.error ?? 'It could not be moved. Try again.' });
      return;
    }
    if (!data.workspaceUrl) {
      window.location.assign(data.teachUrl);
      return;
    }
    setState({ kind: 'done', teachUrl: data.teachUrl, workspaceUrl: data.workspaceUrl });
  };

  if (state.kind === 'done') {
    return (
      <div role="status" className="mt-4 rounded-lg border-2 border-accent p-4">
        <p className="font-semibold">
          It is in your new teacher workspace. Keep this private link to open the workspace on
          another device; it is shown only this once.
        </p>
        <div className="mt-3">
          <CopyLink label="Private workspace link" url={state.workspaceUrl ?? ''} />
        </div>
        <Link href={state.teachUrl} className={BUTTON.primary}>
          Teach with it
        </Link>
      </div>
    );
  }
  return (
    <div className="mt-3">
      <button
        type="button"
        onClick={() => void move()}
        disabled={state.kind === 'busy'}
        className={BUTTON.secondary}
      >
        {state.kind === 'busy' ? 'Moving it into your workspace…' : 'Use in class'}
      </button>
      <p className="mt-1 text-sm text-muted">
        Copies the article into your teacher workspace on the server, to review, print, project, run
        live and share. This browser keeps its own copy and your progress.
      </p>
      {state.kind === 'failed' ? (
        <p role="alert" className="mt-1 font-semibold text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
