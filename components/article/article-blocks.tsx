import type { ComponentType } from 'react';
import { articleBlocks, type Passage } from '@/lib/text/article';

type Shown = Pick<Passage, 'id' | 'kind' | 'form'>;

/**
 * The passages of an article set block by block (lib/text/article.ts groups them): each caller gives its
 * own heading, paragraph and list; a run of quoted paragraphs is one block quote. The article view and
 * the print packet share it, so what counts as a list or a quote is decided in one place.
 */
export function ArticleBlocks<P extends Shown>({
  passages,
  Heading,
  Paragraph,
  List,
}: {
  passages: readonly P[];
  Heading: ComponentType<{ passage: P }>;
  Paragraph: ComponentType<{ passage: P; quoted?: boolean }>;
  List: ComponentType<{ ordered: boolean; items: P[] }>;
}) {
  return articleBlocks(passages).map((block) => {
    switch (block.type) {
      case 'heading':
        return <Heading key={block.passage.id} passage={block.passage} />;
      case 'paragraph':
        return <Paragraph key={block.passage.id} passage={block.passage} />;
      case 'list':
        return <List key={block.items[0]?.id} ordered={block.ordered} items={block.items} />;
      case 'quote':
        return (
          <blockquote key={block.passages[0]?.id}>
            {block.passages.map((passage) => (
              <Paragraph key={passage.id} passage={passage} quoted />
            ))}
          </blockquote>
        );
    }
  });
}
