import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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
  /** Paragraphs separated by blank lines; section headings as "## Heading" lines. */
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
const HEADING = /^H[1-6]$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Blocks of text in document order: one per paragraph, list item or heading. */
function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = squash(inline);
    // A paragraph that opens with "#" would read as a heading: the mark is not part of its words.
    if (text) blocks.push(text.replace(/^#+\s*/, ''));
    inline = '';
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
    flush();
    if (HEADING.test(node.nodeName)) {
      const text = squash(node.textContent ?? '');
      if (text) blocks.push(`## ${text}`);
      return;
    }
    Array.from(node.childNodes).forEach(walk);
    flush();
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
  const text = blocksOf(content.body as unknown as DomNode).join('\n\n');
  const words = text.split(/\s+/).filter((word) => word && word !== '##').length;
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
