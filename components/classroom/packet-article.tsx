import type { QuizPassage } from '@/lib/quiz-engine/schema';
import { ArticleBlocks } from '@/components/article/article-blocks';

const ROW = 'packet-paragraph mb-3 grid grid-cols-[2.5rem_1fr] gap-x-2';
const NUMBER = 'font-sans text-sm font-semibold';

function Heading({ passage }: { passage: QuizPassage }) {
  // Under the packet's own "The article" (h2): a section heading is an h3, its subheadings h4 and h5.
  const Tag = passage.level === 4 ? 'h5' : passage.level === 3 ? 'h4' : 'h3';
  return (
    <Tag className={`mt-5 mb-2 font-sans font-semibold ${passage.level ? 'text-base' : 'text-lg'}`}>
      {passage.text}
    </Tag>
  );
}

function Paragraph({ passage, quoted = false }: { passage: QuizPassage; quoted?: boolean }) {
  return (
    <p className={ROW}>
      <span className={NUMBER}>¶{passage.number}</span>
      <span className={quoted ? 'border-l-4 border-border pl-3' : undefined}>{passage.text}</span>
    </p>
  );
}

/**
 * A list keeps its marker on paper (the number the source gave, or a bullet) after the ¶ number every
 * item has: each is a paragraph of its own for the questions and the key.
 */
function List({ ordered, items }: { ordered: boolean; items: QuizPassage[] }) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className="mb-3">
      {items.map((item, index) => (
        <li key={item.id} className={ROW}>
          <span className={NUMBER}>¶{item.number}</span>
          <span className="grid grid-cols-[1.75rem_1fr]">
            {ordered ? (
              <span>{item.ordinal ?? index + 1}.</span>
            ) : (
              <span aria-hidden="true">•</span>
            )}
            <span>{item.text}</span>
          </span>
        </li>
      ))}
    </Tag>
  );
}

/** The packet's article: numbered paragraphs, with its headings, lists and block quotes set as such. */
export function PacketArticle({ passages }: { passages: QuizPassage[] }) {
  return <ArticleBlocks passages={passages} Heading={Heading} Paragraph={Paragraph} List={List} />;
}
