import { parseStatedDate } from './dates';

/** A block of the article body after cleaning: a heading or a paragraph of running text. */
export interface CleanBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface CleanedText {
  blocks: CleanBlock[];
  /** Blocks dropped as site chrome, as they were, so the cleaning can be audited. */
  removed: string[];
  /** The title: the one given, or else the first heading-like block that is not chrome. */
  title?: string;
  /** The date a "page last modified/updated" line stated, as YYYY-MM-DD: it dates the article. */
  lastModified?: string;
}

// Site chrome is recognised by what it says, and only in short blocks: a paragraph of real text that
// happens to mention a newsletter is long enough to be kept.
const CHROME_MAX_WORDS = 25;
const CHROME_PATTERNS: RegExp[] = [
  /\b(?:donat(?:e|ion|ions|ing)|charitable|fundrais\w*|support (?:us|our journalism))\b/i,
  /\b(?:newsletter|mailing list|subscribe|subscription|sign up|sign in|log ?in|register now)\b/i,
  /\b(?:follow us|share (?:this|on)|tweet this|email this|print this|click here|read more|continue reading)\b/i,
  /\b(?:advertisement|sponsored|cookies?|privacy policy|terms of (?:use|service)|all rights reserved)\b/i,
  /(?:©|\bcopyright\b)/i,
  /\bskip to (?:main )?content\b/i,
  /\b(?:related (?:articles|stories|posts)|recommended for you|most (?:read|popular))\b/i,
];
const MODIFIED_PATTERN =
  /\b(?:page )?last (?:modified|updated|reviewed)\b|\bupdated on\b|\bmodified on\b/i;
const CRUMB_SEPARATORS = /\s[>»›|/]\s|^\s*(?:home|main page)\s*[>»›|/]/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function normalizeForCompare(text: string): string {
  return text.toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
}

function isBreadcrumb(text: string): boolean {
  if (!CRUMB_SEPARATORS.test(text)) return false;
  const parts = text.split(/[>»›|/]/).map((part) => part.trim());
  return parts.length >= 2 && parts.every((part) => wordCount(part) <= 5) && !/[.!?]$/.test(text);
}

function isHeading(text: string): boolean {
  if (text.startsWith('#')) return true;
  const words = wordCount(text);
  return (
    words <= 12 && !/[.!?:;,"”]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && !text.includes('\n')
  );
}

/** "Will the Fed raise rates again?", "Mugabe resigns!": a headline may end in ? or !. */
function isQuestionHeadline(text: string): boolean {
  return (
    wordCount(text) <= 20 &&
    /[?!]["”’]?$/.test(text) &&
    /^[\p{Lu}\p{N}"“‘]/u.test(text) &&
    !text.includes('\n')
  );
}

/**
 * Splits raw article text into blocks (blank-line separated), drops site chrome by general rules
 * (banners, newsletter calls, "page last modified", navigation crumbs, a repeat of the title), keeps
 * the modification date as metadata, and tells headings from paragraphs.
 */
export function cleanArticleText(raw: string, options: { title?: string } = {}): CleanedText {
  let titleText = options.title?.trim() || undefined;
  let title = titleText ? normalizeForCompare(titleText) : undefined;
  const blocks: CleanBlock[] = [];
  const removed: string[] = [];
  let lastModified: string | undefined;

  const rawBlocks = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);

  for (const text of rawBlocks) {
    const short = wordCount(text) <= CHROME_MAX_WORDS;
    if (short && MODIFIED_PATTERN.test(text)) {
      lastModified ??= parseStatedDate(text);
      removed.push(text);
      continue;
    }
    if (short && (CHROME_PATTERNS.some((pattern) => pattern.test(text)) || isBreadcrumb(text))) {
      removed.push(text);
      continue;
    }
    if (
      title === undefined &&
      blocks.length === 0 &&
      (isHeading(text) || isQuestionHeadline(text))
    ) {
      titleText = text.replace(/^#+\s*/, '');
      title = normalizeForCompare(titleText);
      removed.push(text);
      continue;
    }
    if (title !== undefined && normalizeForCompare(text.replace(/^#+\s*/, '')) === title) {
      removed.push(text);
      continue;
    }
    if (isHeading(text)) {
      blocks.push({ kind: 'heading', text: text.replace(/^#+\s*/, '') });
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  }
  // A heading with no paragraph after it is a leftover of the page (a footer or a section list).
  while (blocks.length > 0 && blocks[blocks.length - 1]?.kind === 'heading') {
    removed.push(blocks.pop()?.text ?? '');
  }
  return { blocks, removed, title: titleText, lastModified };
}
