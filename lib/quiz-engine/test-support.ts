// Test-only helpers, imported by *.test.ts files and never by the engine: unlike the engine they read
// fixtures from disk, so eslint.config.mjs lifts the engine's no-Node-built-ins rule for this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { segmentArticle } from '@/lib/text/article';
import type { ArticleInput } from './analyze';

export const SEED_PATH = resolve(process.cwd(), 'content/articles/korea-foreign-relations.md');
/** CI keeps a copy of shared/ beside the clone; locally it is /work/shared. */
export const CORPUS_DIR = resolve(process.cwd(), '../shared/corpus');

export function seedInput(): ArticleInput {
  const { content, data } = matter(readFileSync(SEED_PATH, 'utf8'));
  const segmented = segmentArticle(content, { title: String(data.title) });
  const date =
    data.statedDate instanceof Date
      ? data.statedDate.toISOString().slice(0, 10)
      : String(data.statedDate);
  return {
    slug: 'korea-foreign-relations',
    title: String(data.title),
    publisher: String(data.publisher),
    date,
    passages: segmented.passages,
    wordCount: segmented.wordCount,
  };
}

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

export function corpusInput(path: string): ArticleInput {
  const [title = '', ...rest] = readFileSync(path, 'utf8').split('\n');
  const segmented = segmentArticle(rest.join('\n'), { title });
  const slug = (path.split('/').pop() ?? 'article')
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return { slug, title, passages: segmented.passages, wordCount: segmented.wordCount };
}

/** A small article built from paragraphs, for table-driven tests. */
export function articleOf(paragraphs: string[], extra: Partial<ArticleInput> = {}): ArticleInput {
  const segmented = segmentArticle(paragraphs.join('\n\n'), { title: 'Test article' });
  return {
    slug: 'test-article',
    title: 'Test article',
    passages: segmented.passages,
    wordCount: segmented.wordCount,
    ...extra,
  };
}
