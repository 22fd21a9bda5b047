import type { EvidenceLink } from '@/lib/classroom/live-questions';
import { quoted } from '@/lib/text/quoted';

/** The quoted sentence(s) that prove an answer, each linking to its place in the article. */
export function EvidenceList({ evidence }: { evidence: EvidenceLink[] }) {
  return (
    <ul className="mt-3 grid gap-3">
      {evidence.map((item) => (
        <li key={item.sentenceId} className="border-l-4 border-accent pl-3">
          <blockquote className="font-serif text-lg">{quoted(item.quote)}</blockquote>
          <a
            href={item.href}
            className="mt-1 inline-flex min-h-11 items-center text-accent underline underline-offset-4"
          >
            Show in the article{item.paragraph ? ` (¶${item.paragraph})` : ''}
          </a>
        </li>
      ))}
    </ul>
  );
}
