import { cleanArticleText, markedText, type CleanBlock } from './clean';
import { createIdMinter } from './hash';
import { splitSentences } from './sentences';

/** One sentence of a passage: `text === passage.text.slice(start, end)`. The id depends only on its text. */
export interface Sentence {
  id: string;
  start: number;
  end: number;
  text: string;
}

/**
 * A heading or paragraph of the cleaned article. `number` is the 1-based paragraph number shown as ¶n
 * (headings have none); a list item or a block quote is a paragraph with a `form`, numbered like any
 * other. Ids are derived from content, so editing one passage leaves the others' ids alone.
 */
export interface Passage extends Pick<CleanBlock, 'level' | 'form' | 'ordinal'> {
  id: string;
  kind: 'heading' | 'paragraph';
  number: number | null;
  text: string;
  sentences: Sentence[];
}

export interface SegmentedArticle {
  title?: string;
  passages: Passage[];
  removed: string[];
  lastModified?: string;
  wordCount: number;
}

/** Cleans raw article text and splits it into addressable passages and sentences. */
export function segmentArticle(raw: string, options: { title?: string } = {}): SegmentedArticle {
  const cleaned = cleanArticleText(raw, options);
  const passageId = createIdMinter('p');
  const sentenceId = createIdMinter('s');
  let paragraphNumber = 0;
  let words = 0;
  const passages = cleaned.blocks.map((block): Passage => {
    const isParagraph = block.kind === 'paragraph';
    const spans = isParagraph ? splitSentences(block.text) : [{ start: 0, end: block.text.length }];
    if (isParagraph) words += block.text.split(/\s+/).filter(Boolean).length;
    return {
      id: passageId(block.text),
      kind: block.kind,
      ...(block.level !== undefined ? { level: block.level } : {}),
      ...(block.form !== undefined ? { form: block.form } : {}),
      ...(block.ordinal !== undefined ? { ordinal: block.ordinal } : {}),
      number: isParagraph ? ++paragraphNumber : null,
      text: block.text,
      sentences: spans.map(({ start, end }) => {
        const text = block.text.slice(start, end);
        return { id: sentenceId(text), start, end, text };
      }),
    };
  });
  return {
    title: cleaned.title,
    passages,
    removed: cleaned.removed,
    lastModified: cleaned.lastModified,
    wordCount: words,
  };
}

/** Minutes to read `words` at a calm 200 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/**
 * How the article view and the print packet set a run of passages: one heading or paragraph, a whole
 * list, a whole quote. `P` is whichever passage they hold (with its sentences' text, or a quiz's own).
 */
export type ArticleBlock<P extends Pick<Passage, 'kind' | 'form'> = Passage> =
  | { type: 'heading' | 'paragraph'; passage: P }
  | { type: 'list'; ordered: boolean; items: P[] }
  | { type: 'quote'; passages: P[] };

/** Groups neighbouring list items of one kind into a list, and neighbouring quoted paragraphs into one quote. */
export function articleBlocks<P extends Pick<Passage, 'kind' | 'form'>>(
  passages: readonly P[],
): ArticleBlock<P>[] {
  const blocks: ArticleBlock<P>[] = [];
  for (const passage of passages) {
    const last = blocks[blocks.length - 1];
    if (passage.kind === 'heading') {
      blocks.push({ type: 'heading', passage });
    } else if (passage.form === 'bullet' || passage.form === 'numbered') {
      const ordered = passage.form === 'numbered';
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(passage);
      else blocks.push({ type: 'list', ordered, items: [passage] });
    } else if (passage.form === 'quote') {
      if (last?.type === 'quote') last.passages.push(passage);
      else blocks.push({ type: 'quote', passages: [passage] });
    } else {
      blocks.push({ type: 'paragraph', passage });
    }
  }
  return blocks;
}

/**
 * The marked text a list of passages reads back from (headings as "## ", items as "* " and "3. ",
 * quotes as "> "): segmenting it again, under the same title, gives the same passages and ids.
 */
export function passagesText(passages: readonly CleanBlock[]): string {
  return passages.map(markedText).join('\n\n');
}
