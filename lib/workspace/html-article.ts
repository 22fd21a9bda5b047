import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { markedText, type CleanBlock } from '@/lib/text/clean';

/**
 * The article inside a web page, as Firefox's Reader View finds it: Readability over a linkedom document
 * (a server-side DOM, no browser, nothing executed). The page's scripts, styles and embeds are removed
 * before Readability reads it, and what comes out is text only: no markup of the page ever reaches a
 * reader, so script in a pasted page cannot run.
 */
export interface HtmlArticle {
  title?: string;
  /** The site's name, when the page gives one. */
  publisher?: string;
  /** YYYY-MM-DD, when the page states when it was published. */
  date?: string;
  /** Paragraphs separated by blank lines, marked as text is: "## " headings, "* "/"1. " items, "> " quotes. */
  text: string;
}

export class NoArticleError extends Error {
  override name = 'NoArticleError';
}

/** Fewer words than this after extraction is a page of links or a login wall, not an article. */
export const MIN_ARTICLE_WORDS = 80;

// JSON-LD stays: Readability reads the headline, site and date from it (and never returns it as text).
const DROPPED =
  'script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed, svg, canvas, form';
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'BUTTON']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const HEADING = /^H([1-6])$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Blocks of text in document order: one per paragraph, list item, quoted paragraph or heading, as
 * the text reader (lib/text/clean.ts) reads them back from marked text.
 */
function blocksOf(root: DomNode): CleanBlock[] {
  const blocks: CleanBlock[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let quoted = 0;
  let inline = '';
  // Inside a list item: what the item is. Null elsewhere.
  let item: Pick<CleanBlock, 'form' | 'ordinal'> | null = null;
  const flush = () => {
    const text = squash(inline);
    inline = '';
    if (!text) return;
    if (quoted > 0) blocks.push({ kind: 'paragraph', form: 'quote', text });
    else blocks.push({ kind: 'paragraph', ...item, text });
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      inline += ' ';
      return;
    }
    if (!BLOCKS.has(node.nodeName)) {
      Array.from(node.childNodes).forEach(walk);
      return;
    }
    const heading = HEADING.exec(node.nodeName);
    if (heading) {
      flush();
      const text = squash(node.textContent ?? '');
      const level = Number(heading[1]);
      if (text)
        blocks.push({ kind: 'heading', text, ...(level > 2 && { level: level > 3 ? 4 : 3 }) });
      return;
    }
    // Inside a list item, its paragraphs are one item: only a nested list or item ends it.
    if (item !== null && !['UL', 'OL', 'LI'].includes(node.nodeName)) {
      inline += ' ';
      Array.from(node.childNodes).forEach(walk);
      inline += ' ';
      return;
    }
    flush();
    if (node.nodeName === 'UL' || node.nodeName === 'OL') {
      const outer = item;
      item = null;
      lists.push({ ordered: node.nodeName === 'OL', next: 1 });
      Array.from(node.childNodes).forEach(walk);
      lists.pop();
      item = outer;
      return;
    }
    if (node.nodeName === 'LI') {
      const list = lists[lists.length - 1];
      const outer = item;
      item = list?.ordered ? { form: 'numbered', ordinal: list.next++ } : { form: 'bullet' };
      Array.from(node.childNodes).forEach(walk);
      flush();
      item = outer;
      return;
    }
    if (node.nodeName === 'BLOCKQUOTE') quoted++;
    Array.from(node.childNodes).forEach(walk);
    flush();
    if (node.nodeName === 'BLOCKQUOTE') quoted--;
  };
  walk(root);
  flush();
  return blocks;
}

function isoDay(value: string | null | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

/** "Headline - BBC News" → "Headline": the site's name is the publisher, not part of the title. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  for (const separator of [' - ', ' | ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

/** The article of a page; NoArticleError when Readability finds none worth a quiz. */
export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  document.querySelectorAll(DROPPED).forEach((element) => element.remove());
  const parsed = new Readability(document as unknown as Document, { charThreshold: 400 }).parse();
  if (!parsed?.content) {
    throw new NoArticleError('no article was found on this page, only navigation or short text');
  }
  const { document: content } = parseHTML(
    `<!doctype html><html><body>${parsed.content}</body></html>`,
  );
  const blocks = blocksOf(content.body as unknown as DomNode);
  const text = blocks.map(markedText).join('\n\n');
  const words = blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
  if (words < MIN_ARTICLE_WORDS) {
    throw new NoArticleError(
      `no article was found on this page (only ${words} words of text; an article has at least ${MIN_ARTICLE_WORDS})`,
    );
  }
  const publisher = squash(parsed.siteName ?? '') || undefined;
  const title = withoutSiteName(squash(parsed.title ?? ''), publisher) || undefined;
  const date = isoDay(parsed.publishedTime);
  return {
    text,
    ...(title && { title }),
    ...(publisher && { publisher }),
    ...(date && { date }),
  };
}
