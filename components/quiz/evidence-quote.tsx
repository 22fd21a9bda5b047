import Link from 'next/link';
import type { Evidence } from '@/lib/quiz-engine/schema';
import { evidenceHref } from '@/lib/quiz-play/player-quiz';

interface Props {
  /** The article page's path, e.g. "/articles/x". */
  articleHref: string;
  evidence: Evidence;
  paragraph: number | null;
  /** Where "Back to your question" on the article page should lead. */
  returnTo: string;
}

/** The proving sentence, quoted, with its ¶ number and a link to it in the article. */
export function EvidenceQuote({ articleHref, evidence, paragraph, returnTo }: Props) {
  return (
    <figure className="mt-3 rounded-r-lg border-l-4 border-accent bg-surface px-4 py-3">
      <blockquote className="font-serif text-lg leading-relaxed">{evidence.quote}</blockquote>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {paragraph ? <span className="font-semibold text-muted">¶{paragraph}</span> : null}
        <Link
          href={evidenceHref(articleHref, evidence.sentenceId, returnTo)}
          className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4"
        >
          Show in the article
          {paragraph ? <span className="sr-only"> (paragraph {paragraph})</span> : null}
        </Link>
      </figcaption>
    </figure>
  );
}
