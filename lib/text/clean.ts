import { parseStatedDate } from './dates';

/** How a paragraph is set when it is not running text: an item of a bulleted or numbered list, or a block quote. */
export const PARAGRAPH_FORMS = ['bullet', 'numbered', 'quote'] as const;
export type ParagraphForm = (typeof PARAGRAPH_FORMS)[number];

/**
 * A block of the article body after cleaning: a heading or a paragraph. A list item is a paragraph of
 * its own (`form` says so), so its sentences are never run into its neighbours'. Optional fields are
 * left out when they say nothing: plain text cleans to exactly the blocks it always did.
 */
export interface CleanBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** A heading's level below the title, 3 or 4; absent for a section heading (level 2). */
  level?: 3 | 4;
  form?: ParagraphForm;
  /** A numbered item's own number, as the source wrote it. */
  ordinal?: number;
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

/**
 * "dollars 9.37bn (pounds 4.8bn)": a currency word set before its figure is where a feed lost the
 * symbol (English writes "9.37bn dollars"); the symbol is put back, so questions quote it as written.
 */
const CURRENCY_SYMBOLS: Record<string, string> = { dollars: '$', pounds: '£', euros: '€' };
const LOST_SYMBOL = /\b(dollars|pounds|euros) (?=\d)/gi;

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

// Line marks of plain text and Markdown: "* ", "- ", "+ ", "• " bullets, "1. "/"1) " numbers, "> "
// quotes, "#" headings. A backslash before a mark keeps it as text (the web-page reader writes one).
const BULLET = /^([*+•◦▪‣●-])[ \t]+(\S.*)$/u;
const NUMBERED = /^(\d{1,3})[.)][ \t]+(\S.*)$/;
const QUOTE = /^>[ \t]?(.*)$/;
const ATX_HEADING = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?$/;
const LINE_MARK = /^(?:[*+•◦▪‣●#>-]|\d{1,3}[.)])/u;
/** Where a sentence (or a lead-in to a list) stops: what comes after is not its wrapped continuation. */
const ENDS_CLAUSE = /[.!?:;"”’)\]]$/;
/** A line cut mid-phrase by hard wrapping ends on a word that cannot end a title. */
const ENDS_MID_PHRASE =
  /\b(?:a|an|the|of|and|or|but|to|in|on|at|by|for|from|with|as|that|which|who|is|are|was|were|be|has|have|had|its|their|his|her)$/i;

type Line =
  | { type: 'heading'; level: number; text: string }
  | { type: 'item'; form: 'bullet' | 'numbered'; ordinal?: number; text: string }
  | { type: 'quote'; text: string }
  | { type: 'text'; text: string; indented: boolean };

/** A block before the article-level rules run: headings and paragraphs of running text are `plain`. */
type Piece = CleanBlock & { plain?: true; marked?: true };

const trimLine = (line: string) => line.replace(/^[ \t]+|[ \t]+$/g, '');
const squash = (text: string) => text.replace(/[ \t]+/g, ' ').trim();

function headingLevel(hashes: number): CleanBlock['level'] {
  return hashes <= 2 ? undefined : hashes === 3 ? 3 : 4;
}

/** A line that could head what follows ("Key points", "Early life"), not one cut mid-phrase. */
function isTitleLike(line: string): boolean {
  return isHeading(line) && !ENDS_MID_PHRASE.test(line);
}

/**
 * One line of a block, read in the light of the line before: "12. Then …" or "- a surprise" after a
 * line that stops mid-sentence is hard-wrapped text, not a list item; "*" and "•" are always bullets.
 */
function classify(raw: string, previous: Line | undefined): Line {
  const text = trimLine(raw);
  const indented = /^[ \t]/.test(raw);
  if (text.startsWith('\\') && LINE_MARK.test(text.slice(1))) {
    return { type: 'text', text: text.slice(1), indented };
  }
  const heading = ATX_HEADING.exec(text);
  if (heading) return { type: 'heading', level: heading[1]!.length, text: heading[2]! };
  const quote = QUOTE.exec(text);
  if (quote) return { type: 'quote', text: trimLine(quote[1]!) };
  const wrapped =
    previous?.type === 'text' && !ENDS_CLAUSE.test(previous.text) && !isTitleLike(previous.text);
  const bullet = BULLET.exec(text);
  if (bullet && !(wrapped && /[-+]/.test(bullet[1]!))) {
    return { type: 'item', form: 'bullet', text: bullet[2]! };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered && !wrapped) {
    return { type: 'item', form: 'numbered', ordinal: Number(numbered[1]), text: numbered[2]! };
  }
  return { type: 'text', text, indented };
}

/**
 * A short title-like line on its own, between the end of one sentence and a much longer line of
 * running text ("History" over a paragraph pasted without a blank line). Hard-wrapped text is not
 * mistaken for it: its lines are of a width and break mid-phrase.
 */
function isTitleLine(line: string, before: string | undefined, after: string | undefined): boolean {
  return (
    after !== undefined &&
    (before === undefined || ENDS_CLAUSE.test(before)) &&
    isTitleLike(line) &&
    wordCount(line) <= 8 &&
    after.length >= 2 * line.length &&
    wordCount(after) >= 8
  );
}

/** Running text lines → paragraphs, splitting off title-like lines that head what follows. */
function textPieces(lines: string[]): Piece[] {
  const pieces: Piece[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0)
      pieces.push({ kind: 'paragraph', text: squash(run.join(' ')), plain: true });
    run = [];
  };
  lines.forEach((line, index) => {
    if (lines.length > 1 && isTitleLine(line, lines[index - 1], lines[index + 1])) {
      flush();
      pieces.push({ kind: 'heading', text: squash(line), plain: true, marked: true });
    } else {
      run.push(line);
    }
  });
  flush();
  return pieces;
}

/**
 * The structure inside one blank-line-separated block: headings, list items (a wrapped item's
 * indented or lower-case continuation joins it), block quotes ("> " lines; a bare ">" parts two
 * paragraphs) and running text. A block with no marks is one plain piece, exactly as before.
 */
function piecesOf(block: string): Piece[] {
  const rawLines = block.split('\n').filter((line) => trimLine(line) !== '');
  const lines: Line[] = [];
  for (const raw of rawLines) lines.push(classify(raw, lines[lines.length - 1]));
  if (lines.every((line) => line.type === 'text')) {
    return textPieces(lines.map((line) => line.text));
  }
  const pieces: Piece[] = [];
  let text: string[] = [];
  let open: Piece | null = null;
  const close = () => {
    if (text.length > 0) pieces.push(...textPieces(text));
    text = [];
    if (open && open.text) pieces.push({ ...open, text: squash(open.text) });
    open = null;
  };
  for (const line of lines) {
    if (line.type === 'heading') {
      close();
      const level = headingLevel(line.level);
      pieces.push({
        kind: 'heading',
        text: squash(line.text),
        plain: true,
        marked: true,
        ...(level ? { level } : {}),
      });
    } else if (line.type === 'item') {
      close();
      open = {
        kind: 'paragraph',
        form: line.form,
        text: line.text,
        ...(line.ordinal !== undefined ? { ordinal: line.ordinal } : {}),
      };
    } else if (line.type === 'quote') {
      if (open?.form !== 'quote') close();
      if (!line.text) close();
      else if (open) open.text += ` ${line.text}`;
      else open = { kind: 'paragraph', form: 'quote', text: line.text };
    } else if (
      open &&
      (line.indented || (!ENDS_CLAUSE.test(open.text) && /^\p{Ll}/u.test(line.text)))
    ) {
      open.text += ` ${line.text}`;
    } else {
      if (open) close();
      text.push(line.text);
    }
  }
  close();
  // "* * *" and "- - -" are section breaks, not items.
  return pieces.filter((piece) => /[\p{L}\p{N}]/u.test(piece.text));
}

/**
 * A block written as the marked text it is read from: "## " headings, "* " and "3. " items, "> "
 * quotes, and a backslash before a paragraph that would otherwise read as marked. Blocks written so
 * and joined by blank lines read back as the same blocks.
 */
export function markedText(block: CleanBlock): string {
  if (block.kind === 'heading') return `${'#'.repeat(block.level ?? 2)} ${block.text}`;
  if (block.form === 'bullet') return `* ${block.text}`;
  if (block.form === 'numbered') return `${block.ordinal ?? 1}. ${block.text}`;
  if (block.form === 'quote') return `> ${block.text}`;
  return LINE_MARK.test(block.text) ? `\\${block.text}` : block.text;
}

/**
 * Splits raw article text into blocks (blank-line separated, and inside a block its list items,
 * headings and block quotes), drops site chrome by general rules (banners, newsletter calls, "page
 * last modified", navigation crumbs, a repeat of the title), keeps the modification date as metadata,
 * and tells headings from paragraphs.
 */
export function cleanArticleText(raw: string, options: { title?: string } = {}): CleanedText {
  let titleText = options.title?.trim() || undefined;
  let title = titleText ? normalizeForCompare(titleText) : undefined;
  const blocks: CleanBlock[] = [];
  const removed: string[] = [];
  let lastModified: string | undefined;

  const pieces = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(LOST_SYMBOL, (_, word: string) => CURRENCY_SYMBOLS[word.toLowerCase()]!)
    .split(/\n\s*\n/)
    .flatMap(piecesOf);

  for (const { plain, marked, ...block } of pieces) {
    const { text } = block;
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
    if (!plain) {
      blocks.push(block);
      continue;
    }
    const heading = marked || isHeading(text);
    if (title === undefined && blocks.length === 0 && (heading || isQuestionHeadline(text))) {
      titleText = text;
      title = normalizeForCompare(titleText);
      removed.push(text);
      continue;
    }
    if (title !== undefined && normalizeForCompare(text) === title) {
      removed.push(text);
      continue;
    }
    blocks.push(heading ? { ...block, kind: 'heading' } : { kind: 'paragraph', text });
  }
  // A heading with no paragraph after it is a leftover of the page (a footer or a section list).
  while (blocks.length > 0 && blocks[blocks.length - 1]?.kind === 'heading') {
    removed.push(blocks.pop()?.text ?? '');
  }
  return { blocks, removed, title: titleText, lastModified };
}
