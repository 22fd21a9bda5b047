import type * as MyArticlesMigrations from './my-articles-migrations';

/**
 * Saved articles are validated with the full quiz schema (zod classic), which the other stores do not need:
 * loading it apart keeps their shared migrations chunk small, so a built-in quiz's progress never waits for it.
 */
let loaded: typeof MyArticlesMigrations | null = null;

export async function loadMyArticlesMigrations(): Promise<typeof MyArticlesMigrations> {
  loaded ??= await import('./my-articles-migrations');
  return loaded;
}

export function myArticlesMigrations(): typeof MyArticlesMigrations {
  if (!loaded)
    throw new Error('loadMyArticlesMigrations() must finish before the store rehydrates.');
  return loaded;
}
