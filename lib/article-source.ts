import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { articleFrontMatterSchema, type ArticleFrontMatter } from '@/lib/article-schema';
import type { ArticleInput } from '@/lib/quiz-engine';
import { segmentArticle, type Passage } from '@/lib/text/article';

/**
 * Turns the text of an article file (plain text or Markdown with front matter) into the engine's input,
 * refusing what cannot become a fair quiz. Pure: no file system, so the CLI, lib/content.ts and a
 * browser upload share one parser.
 */

/** Past this an article is not a classroom reading, and the engine's cost would no longer be interactive. */
export const MAX_SOURCE_CHARACTERS = 1_000_000;
export const MAX_SOURCE_WORDS = 150_000;

export type SourceProblem =
  'file-name' | 'empty' | 'binary' | 'oversized' | 'front-matter' | 'no-paragraphs' | 'not-english';

/** Why a source was refused, in one line a teacher can act on. */
export class ArticleSourceError extends Error {
  constructor(
    readonly problem: SourceProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleSourceError';
  }
}

export interface ParsedArticleSource {
  slug: string;
  title: string;
  /** Present when the file is Markdown with a front matter block (always validated). */
  meta?: ArticleFrontMatter;
  passages: Passage[];
  wordCount: number;
  /** A "page last modified" date found in the text itself (plain text only). */
  lastModified?: string;
}

/** "United_Kingdom.txt" → "united-kingdom"; accepts a bare name or a path with / or \ separators. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]+$/, '');
  return stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Only when plain text opens straight into a paragraph: "United_Kingdom.txt" → "United Kingdom".
function titleFromFileName(fileName: string): string {
  const stem = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '');
  const words = stem.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isMarkdown(fileName: string): boolean {
  return /\.(?:md|markdown)$/i.test(fileName);
}

// Tabs, newlines, carriage returns and form feeds are ordinary in text; other C0 controls are not.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;
const BINARY_CONTROL_SHARE = 0.01;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function checkRawText(source: string): void {
  if (source.trim().length === 0) throw new ArticleSourceError('empty', 'the file is empty');
  if (source.includes('\u0000')) {
    throw new ArticleSourceError('binary', 'the file is binary (it contains NUL bytes), not text');
  }
  const controls = source.match(CONTROL)?.length ?? 0;
  if (controls / source.length > BINARY_CONTROL_SHARE) {
    throw new ArticleSourceError(
      'binary',
      `the file looks binary (${controls} control characters), not text`,
    );
  }
  if (source.length > MAX_SOURCE_CHARACTERS) {
    throw new ArticleSourceError(
      'oversized',
      `the file is too large (${source.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_CHARACTERS.toLocaleString('en')})`,
    );
  }
  const words = countWords(source);
  if (words > MAX_SOURCE_WORDS) {
    throw new ArticleSourceError(
      'oversized',
      `the article is too long (${words.toLocaleString('en')} words; the limit is ${MAX_SOURCE_WORDS.toLocaleString('en')})`,
    );
  }
}

// The commonest English function words. Running English prose is about a third these words; other
// languages written in Latin script share only a few of them ("a", "in", "on"), and other scripts none.
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to in a is that for it as was with be by on not he i this are or his from at which ' +
    'but have an they you were her she had has their been its who will would there we also more ' +
    'after than into when other can only these about while such between over most may our'
  ).split(' '),
);
/** Below this share of function words a text is judged not English. */
export const ENGLISH_MIN_FUNCTION_WORD_SHARE = 0.15;

/** Share of the text's words that are common English function words (0–1). */
export function englishFunctionWordShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length;
}

export function isLikelyEnglish(text: string): boolean {
  return englishFunctionWordShare(text) >= ENGLISH_MIN_FUNCTION_WORD_SHARE;
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('; ');
}

function frontMatterOf(source: string): { meta: ArticleFrontMatter; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // CORE_SCHEMA keeps dates as the strings the author wrote (YAML's timestamp type would silently
    // turn 2020-02-31 into 2 March), so the schema can check them. Passing options also bypasses
    // gray-matter's cache keyed by input string.
    parsed = matter(source, {
      engines: { yaml: (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
    });
  } catch (error) {
    throw new ArticleSourceError(
      'front-matter',
      `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const front = articleFrontMatterSchema.safeParse(parsed.data);
  if (!front.success) throw new ArticleSourceError('front-matter', describeZodError(front.error));
  return { meta: front.data, body: parsed.content };
}

export interface SourceOptions {
  /** A title the reader typed: used instead of the front matter's or the first line's. */
  title?: string;
}

/** Parses and validates an article file's text; throws ArticleSourceError with a one-line reason. */
export function parseArticleSource(
  source: string,
  fileName: string,
  options: SourceOptions = {},
): ParsedArticleSource {
  const slug = slugFromFileName(fileName);
  if (!slug) {
    throw new ArticleSourceError(
      'file-name',
      'the file name has no letters or digits to name the article by',
    );
  }
  checkRawText(source);
  // Markdown without a front matter block is read like plain text; lib/content.ts insists on one.
  const front = isMarkdown(fileName) && matter.test(source) ? frontMatterOf(source) : undefined;
  const givenTitle = options.title?.trim() || undefined;
  const segmented = segmentArticle(front ? front.body : source, {
    title: givenTitle ?? front?.meta.title,
  });
  const paragraphs = segmented.passages.filter((passage) => passage.kind === 'paragraph');
  if (paragraphs.length === 0) {
    throw new ArticleSourceError('no-paragraphs', 'body has no paragraphs of text');
  }
  const share = englishFunctionWordShare(paragraphs.map((passage) => passage.text).join('\n'));
  if (share < ENGLISH_MIN_FUNCTION_WORD_SHARE) {
    throw new ArticleSourceError(
      'not-english',
      `the text does not look like English (${Math.round(share * 100)}% common English words; at least ${Math.round(ENGLISH_MIN_FUNCTION_WORD_SHARE * 100)}% expected)`,
    );
  }
  const title = givenTitle ?? front?.meta.title ?? segmented.title ?? titleFromFileName(fileName);
  return {
    slug,
    title,
    meta: front?.meta,
    passages: segmented.passages,
    wordCount: segmented.wordCount,
    lastModified: segmented.lastModified,
  };
}

/** The engine's input for an article file: Markdown front matter, or the first line of plain text as title. */
export function articleInputFromSource(
  source: string,
  fileName: string,
  options: SourceOptions = {},
): ArticleInput {
  const parsed = parseArticleSource(source, fileName, options);
  const input: ArticleInput = {
    slug: parsed.slug,
    title: parsed.title,
    passages: parsed.passages,
    wordCount: parsed.wordCount,
  };
  const date = parsed.meta?.statedDate ?? parsed.lastModified;
  if (parsed.meta?.publisher) input.publisher = parsed.meta.publisher;
  if (parsed.meta?.sourceUrl) input.sourceUrl = parsed.meta.sourceUrl;
  if (date) input.date = date;
  return input;
}
