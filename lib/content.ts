import 'server-only';

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ArticleFrontMatter } from '@/lib/article-schema';
import {
  ArticleSourceError,
  parseArticleSource,
  type ParsedArticleSource,
} from '@/lib/article-source';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { parseStoredQuiz } from '@/lib/stored-quiz';
import { readingMinutes, type Passage } from '@/lib/text/article';

/** The one place that reads content/ from disk. Everything it returns is validated. */

const CONTENT_DIR = path.join(process.cwd(), 'content');
const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');
const QUIZZES_DIR = path.join(CONTENT_DIR, 'quizzes');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Article {
  slug: string;
  meta: ArticleFrontMatter;
  passages: Passage[];
  wordCount: number;
  readingMinutes: number;
}

export type ArticleSummary = Omit<Article, 'passages'>;

/** "content/articles/x.md: field "publisher": must not be empty" — names the file and the field. */
export class ContentError extends Error {
  constructor(file: string, detail: string) {
    super(`${path.relative(process.cwd(), file)}: ${detail}`);
    this.name = 'ContentError';
  }
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('; ');
}

function articleFiles(): string[] {
  if (!existsSync(ARTICLES_DIR)) return [];
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Parses and validates one article file's text; exported for tests and the CLI. */
export function parseArticleFile(file: string, source: string): Article {
  const slug = path.basename(file, '.md');
  if (!SLUG.test(slug)) {
    throw new ContentError(file, 'file name must be a lower-case slug such as "my-article.md"');
  }
  if (slug.startsWith('ws-')) {
    throw new ContentError(file, 'file names starting with "ws-" are kept for workspace articles');
  }
  let parsed: ParsedArticleSource;
  try {
    parsed = parseArticleSource(source, file);
  } catch (error) {
    if (error instanceof ArticleSourceError) throw new ContentError(file, error.message);
    throw error;
  }
  if (!parsed.meta) {
    throw new ContentError(file, 'front matter is missing (a --- block with title, publisher …)');
  }
  return {
    slug,
    meta: parsed.meta,
    passages: parsed.passages,
    wordCount: parsed.wordCount,
    readingMinutes: readingMinutes(parsed.wordCount),
  };
}

function loadArticle(name: string): Article {
  const file = path.join(ARTICLES_DIR, name);
  return parseArticleFile(file, readFileSync(file, 'utf8'));
}

export function getArticleSlugs(): string[] {
  return articleFiles().map((name) => path.basename(name, '.md'));
}

export function getArticles(): ArticleSummary[] {
  return articleFiles().map((name) => {
    const { passages: _omitted, ...summary } = loadArticle(name);
    return summary;
  });
}

export function getArticle(slug: string): Article | null {
  if (!SLUG.test(slug) || !articleFiles().includes(`${slug}.md`)) return null;
  return loadArticle(`${slug}.md`);
}

/** Parses and validates one quiz file's text (a quiz of an older schema version is upgraded); exported for tests. */
export function parseQuizFile(file: string, source: string): Quiz {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ContentError(file, `not valid JSON (${(error as Error).message})`);
  }
  const quiz = parseStoredQuiz(data);
  if (!quiz.success) throw new ContentError(file, describeZodError(quiz.error));
  return quiz.data;
}

/** The committed, reviewed quiz of an article, or null when none has been generated. */
export function getQuiz(slug: string): Quiz | null {
  if (!SLUG.test(slug)) return null;
  const file = path.join(QUIZZES_DIR, `${slug}.json`);
  if (!existsSync(file)) return null;
  return parseQuizFile(file, readFileSync(file, 'utf8'));
}
