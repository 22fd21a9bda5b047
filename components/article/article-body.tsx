import type { Passage } from '@/lib/text/article';
import { ArticleBlocks } from './article-blocks';

const NUMBER = 'font-sans text-sm font-semibold text-muted';

/** Every sentence is an element whose id is the sentence id, so `#<sentenceId>` links land on it. */
function Sentences({ passage }: { passage: Passage }) {
  return passage.sentences.map((sentence, index) => (
    <span key={sentence.id}>
      {index > 0 ? ' ' : null}
      <span id={sentence.id} tabIndex={-1} className="sentence">
        {sentence.text}
      </span>
    </span>
  ));
}

function Heading({ passage }: { passage: Passage }) {
  const Tag = passage.level === 4 ? 'h4' : passage.level === 3 ? 'h3' : 'h2';
  const size = passage.level === 4 ? 'text-lg' : passage.level === 3 ? 'text-xl' : 'text-2xl';
  return (
    <Tag id={passage.id} className={`mt-8 mb-3 font-sans font-semibold ${size}`}>
      {passage.text}
    </Tag>
  );
}

function Paragraph({ passage, quoted = false }: { passage: Passage; quoted?: boolean }) {
  return (
    <section
      id={passage.id}
      aria-label={`Paragraph ${passage.number}`}
      className="mb-5 grid grid-cols-[2.75rem_1fr] gap-x-2 sm:grid-cols-[3.5rem_1fr]"
    >
      <span aria-hidden="true" className={`pt-0.5 ${NUMBER}`}>
        ¶{passage.number}
      </span>
      <p className={`min-w-0 break-words ${quoted ? 'border-l-4 border-border pl-4' : ''}`}>
        <Sentences passage={passage} />
      </p>
    </section>
  );
}

/**
 * A list item keeps its list's own marker (a bullet, or the number the source gave) and, in the
 * gutter where paragraphs have theirs, its ¶ number: it is a paragraph of its own for the quiz.
 */
function List({ ordered, items }: { ordered: boolean; items: Passage[] }) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className={`mb-5 pl-[4.75rem] sm:pl-[5.5rem] ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {items.map((item) => (
        <li key={item.id} id={item.id} value={item.ordinal} className="relative mb-2 break-words">
          <span
            aria-hidden="true"
            className={`absolute top-0.5 -left-[4.75rem] sm:-left-[5.5rem] ${NUMBER}`}
          >
            ¶{item.number}
          </span>
          <span className="sr-only">Paragraph {item.number}: </span>
          <Sentences passage={item} />
        </li>
      ))}
    </Tag>
  );
}

/**
 * The article as numbered paragraphs (¶1, ¶2 …), with its headings, lists and block quotes set as
 * such; tabIndex -1 on every sentence lets the page move focus there for screen readers.
 */
export function ArticleBody({ passages }: { passages: Passage[] }) {
  return (
    <div className="font-serif text-lg leading-relaxed">
      <ArticleBlocks passages={passages} Heading={Heading} Paragraph={Paragraph} List={List} />
    </div>
  );
}
