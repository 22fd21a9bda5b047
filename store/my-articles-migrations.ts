import { z } from 'zod';
import { myArticleSchema, type MyArticle, type MyArticlesState } from '@/lib/my-articles/schema';
import { upgradeQuiz } from '@/lib/quiz-engine/schema';
import { defaultMyArticles } from './persist-config';
import type { Migrated } from './safe-storage';

export { defaultMyArticles, MY_ARTICLES_KEY, MY_ARTICLES_VERSION } from './persist-config';

/**
 * One saved entry of a stored version → the current shape, not yet validated. Version 1 held quizzes of
 * quiz schema 1 (no ranks); version 2 holds ranked banks.
 */
const ENTRY_UPGRADES: Record<number, (entry: unknown) => unknown> = {
  1: (entry) =>
    typeof entry === 'object' && entry !== null && 'quiz' in entry
      ? { ...entry, quiz: upgradeQuiz(entry.quiz) }
      : entry,
  2: (entry) => entry,
};

/**
 * Each saved article stands alone, so one damaged entry is dropped and the others kept. An entry must be
 * filed under its own id, and its quiz must be about that id (the progress store keys scores by it).
 * Unknown versions and anything that is not a record fall back to defaults; this never throws.
 */
export function migrateMyArticlesReport(
  persisted: unknown,
  version: number,
): Migrated<MyArticlesState> {
  const upgrade = ENTRY_UPGRADES[version];
  if (!upgrade) return { state: defaultMyArticles(), lost: 1 };
  const source = z.object({ articles: z.record(z.string(), z.unknown()) }).safeParse(persisted);
  if (!source.success) return { state: defaultMyArticles(), lost: 1 };
  const articles: Record<string, MyArticle> = {};
  let lost = 0;
  for (const [key, value] of Object.entries(source.data.articles)) {
    const entry = myArticleSchema.safeParse(upgrade(value));
    if (entry.success && entry.data.id === key && entry.data.quiz.article.slug === key) {
      articles[key] = entry.data;
    } else {
      lost++;
    }
  }
  return { state: { articles }, lost };
}

export function migrateMyArticles(persisted: unknown, version: number): MyArticlesState {
  return migrateMyArticlesReport(persisted, version).state;
}
