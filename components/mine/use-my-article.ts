'use client';

import type { MyArticle } from '@/lib/my-articles/schema';
import { useMyArticlesHydrated, useMyArticlesStore } from '@/store/my-articles-store';

/** The saved article, `undefined` until this browser's storage has been read, `null` when it is not there. */
export function useMyArticle(id: string): MyArticle | null | undefined {
  const hydrated = useMyArticlesHydrated();
  const article = useMyArticlesStore((state) => state.articles[id]);
  if (!hydrated) return undefined;
  return article ?? null;
}
