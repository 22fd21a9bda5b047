import type { EvidenceLink } from '@/lib/classroom/live-questions';
import { quoted } from '@/lib/text/quoted';

/**
 * A revealed answer as a projector shows it, beside its question: the key, why, and the sentences that
 * prove it, each linking to its place in the article.
 */
export function ProjectorAnswer({
  answer,
  explanation,
  evidence,
}: {
  /** The key as written out (lib/classroom/slides.ts `answerLabel`). */
  answer: string;
  explanation: string;
  evidence: EvidenceLink[];
}) {
  return (
    <div
      data-testid="revealed-answer"
      className="rounded-lg border-4 border-ok bg-ok-soft p-[max(1rem,2.4vmin)]"
    >
      <p className="text-[max(1.5rem,3.8vmin)] leading-tight font-bold break-words">
        <span aria-hidden="true">✓ </span>Answer: {answer}
      </p>
      <p className="mt-[max(0.5rem,1.4vmin)] text-[max(1.25rem,2.8vmin)] leading-snug">
        {explanation}
      </p>
      {/* The link follows its quote on the same line: three proving sentences still fit. */}
      <ul className="mt-[max(0.5rem,1.4vmin)] grid gap-[max(0.5rem,1.2vmin)] text-[max(1.125rem,2.6vmin)] leading-snug">
        {evidence.map((item) => (
          <li key={item.sentenceId} className="border-l-4 border-accent pl-3">
            <blockquote className="inline font-serif">{quoted(item.quote)}</blockquote>{' '}
            <a
              href={item.href}
              className="text-[0.85em] whitespace-nowrap text-accent underline underline-offset-4"
            >
              Show in the article{item.paragraph ? ` (¶${item.paragraph})` : ''}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
