import { BarFill } from '@/components/ui/bar-fill';
import type { ParagraphMisses } from '@/lib/classroom/results';

export interface ParagraphText {
  id: string;
  number: number;
  text: string;
}

/**
 * The article, each paragraph annotated with how many wrong answers its questions drew: a bar scaled to
 * the most-missed paragraph plus the number in words, so the weak spots in the text stand out.
 */
export function MissesByParagraph({
  passages,
  paragraphs,
}: {
  passages: ParagraphText[];
  paragraphs: ParagraphMisses[];
}) {
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.passageId, paragraph]));
  const most = Math.max(1, ...paragraphs.map((paragraph) => paragraph.misses));
  return (
    <ol className="grid gap-4">
      {passages.map((passage) => {
        const stats = byId.get(passage.id);
        const misses = stats?.misses ?? 0;
        const asked = stats?.questionNumbers ?? [];
        return (
          <li
            key={passage.id}
            aria-label={`Paragraph ${passage.number}`}
            className="grid gap-2 border-b border-border pb-4 sm:grid-cols-[11rem_1fr] sm:gap-4"
          >
            <div>
              <p className="font-semibold">
                ¶{passage.number}:{' '}
                {asked.length === 0
                  ? 'no live questions'
                  : `${misses} ${misses === 1 ? 'miss' : 'misses'}`}
              </p>
              {asked.length > 0 ? (
                <>
                  <div
                    className="mt-1 h-3 w-full overflow-hidden rounded border border-border bg-surface"
                    aria-hidden="true"
                  >
                    <BarFill fraction={misses / most} className="fill-bad" />
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {asked.length === 1 ? 'Question' : 'Questions'}{' '}
                    {asked.map((n) => `Q${n}`).join(', ')}
                  </p>
                </>
              ) : null}
            </div>
            <p className="font-serif text-base leading-relaxed">{passage.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
