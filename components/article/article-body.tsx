import type { Passage } from '@/lib/text/article';

/**
 * The article as numbered paragraphs (¶1, ¶2 …). Every sentence is an element whose id is the sentence id,
 * so `#<sentenceId>` links land on it; tabIndex -1 lets the page move focus there for screen readers.
 */
export function ArticleBody({ passages }: { passages: Passage[] }) {
  return (
    <div className="font-serif text-lg leading-relaxed">
      {passages.map((passage) =>
        passage.kind === 'heading' ? (
          <h2
            key={passage.id}
            id={passage.id}
            className="mt-8 mb-3 font-sans text-2xl font-semibold"
          >
            {passage.text}
          </h2>
        ) : (
          <section
            key={passage.id}
            id={passage.id}
            aria-label={`Paragraph ${passage.number}`}
            className="mb-5 grid grid-cols-[2.75rem_1fr] gap-x-2 sm:grid-cols-[3.5rem_1fr]"
          >
            <span aria-hidden="true" className="pt-0.5 font-sans text-sm font-semibold text-muted">
              ¶{passage.number}
            </span>
            <p className="min-w-0 break-words">
              {passage.sentences.map((sentence, index) => (
                <span key={sentence.id}>
                  {index > 0 ? ' ' : null}
                  <span id={sentence.id} tabIndex={-1} className="sentence">
                    {sentence.text}
                  </span>
                </span>
              ))}
            </p>
          </section>
        ),
      )}
    </div>
  );
}
