import { cleanArticleText } from './clean';
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
 * (headings have none). Ids are derived from content, so editing one passage leaves the others' ids alone.
 */
export interface Passage {
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
