'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import type { QuizPassage } from '@/lib/quiz-engine/schema';
import { passagesWithText } from '@/lib/quiz-play/passages';
import { loadMembership } from './device-storage';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; title: string; passages: QuizPassage[] }
  | { kind: 'failed'; message: string };

/**
 * The article of a live class, for a student who joined it on this device: what the evidence links of
 * a workspace article open (it has no public page). Read with the device's participant token.
 */
export function LiveArticle({ code }: { code: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const membership = loadMembership(code);
    if (!membership) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ kind: 'failed', message: 'Join the class on this device to read its article.' });
      return;
    }
    void (async () => {
      const response = await fetch(`/api/live/${code}/article`, {
        headers: { 'x-participant-token': membership.token },
        cache: 'no-store',
      }).catch(() => null);
      const data = (await response?.json().catch(() => null)) as {
        title: string;
        passages: QuizPassage[];
        error?: string;
      } | null;
      if (response?.ok && data)
        setState({ kind: 'ready', title: data.title, passages: data.passages });
      else setState({ kind: 'failed', message: data?.error ?? 'The article could not be loaded.' });
    })();
  }, [code]);

  if (state.kind === 'loading') {
    return (
      <p role="status" className="min-h-64 py-8 text-muted">
        Loading the article…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div role="alert">
        <p className="text-lg font-semibold">{state.message}</p>
        <p className="mt-3">
          <Link href={`/live/${code}`} className="text-accent underline underline-offset-4">
            Back to the class
          </Link>
        </p>
      </div>
    );
  }
  return (
    <article>
      <CitedSentenceFocus />
      <h1 className="mb-8 text-3xl font-bold tracking-tight break-words">{state.title}</h1>
      <ArticleBody passages={passagesWithText(state.passages)} />
    </article>
  );
}
