import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { MyArticle, MyArticlesState } from '@/lib/my-articles/schema';
import { createPersistedStoreContext, type PersistedStoreApi } from './persisted-store-context';
import { defaultMyArticles, MY_ARTICLES_KEY, MY_ARTICLES_VERSION } from './persist-config';
import { loadMyArticlesMigrations, myArticlesMigrations } from './my-articles-lazy';
import { createSafeStorage, guardedMerge, guardedMigration } from './safe-storage';

export interface MyArticlesActions {
  /** Saves an article; the same id (the same text) replaces the earlier copy but keeps when it was first added. */
  save: (article: MyArticle) => void;
  remove: (id: string) => void;
}
export type MyArticlesStore = MyArticlesState & MyArticlesActions;

/** Pure: the saved articles after saving one. */
export function withArticle(state: MyArticlesState, article: MyArticle): MyArticlesState {
  const earlier = state.articles[article.id];
  return {
    articles: {
      ...state.articles,
      [article.id]: earlier ? { ...article, createdAt: earlier.createdAt } : article,
    },
  };
}

/** Pure: the saved articles without one. */
export function withoutArticle(state: MyArticlesState, id: string): MyArticlesState {
  const { [id]: _removed, ...articles } = state.articles;
  return { articles };
}

/** Newest first, for lists. */
export function sortedArticles(state: MyArticlesState): MyArticle[] {
  return Object.values(state.articles).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function createMyArticlesStore(
  storage = createSafeStorage<MyArticlesState>(),
): PersistedStoreApi<MyArticlesStore> {
  const migrate = guardedMigration(
    storage,
    MY_ARTICLES_KEY,
    MY_ARTICLES_VERSION,
    (persisted, version) => myArticlesMigrations().migrateMyArticlesReport(persisted, version),
    defaultMyArticles,
  );
  const merge = guardedMerge<MyArticlesState, MyArticlesStore>(
    storage,
    MY_ARTICLES_KEY,
    MY_ARTICLES_VERSION,
    (persisted, version) => myArticlesMigrations().migrateMyArticlesReport(persisted, version),
    defaultMyArticles,
  );
  const store = createStore<MyArticlesStore>()(
    persist(
      (set) => ({
        ...defaultMyArticles(),
        save: (article) => set((state) => withArticle(state, article)),
        remove: (id) => set((state) => withoutArticle(state, id)),
      }),
      {
        name: MY_ARTICLES_KEY,
        version: MY_ARTICLES_VERSION,
        storage,
        skipHydration: true,
        partialize: (state): MyArticlesState => ({ articles: state.articles }),
        migrate,
        // Same-version values skip migrate: merge checks their seal, or validates them record by record
        // (what cannot be read is kept aside, never written over).
        merge,
      },
    ),
  ) as PersistedStoreApi<MyArticlesStore>;
  store.needsValidators = () => storage.needsValidation(MY_ARTICLES_KEY, MY_ARTICLES_VERSION);
  return store;
}

/**
 * Whether `id` really reached the browser's storage. The safe storage keeps a value in memory when a write
 * fails (a full quota, private mode), so the store alone cannot tell; the saved copy can.
 */
export function isSavedInBrowser(
  id: string,
  storage: Storage | undefined = globalThis.localStorage,
) {
  try {
    const raw = storage?.getItem(MY_ARTICLES_KEY);
    if (!raw) return false;
    const parsed = JSON.parse(raw) as { state?: { articles?: Record<string, unknown> } };
    return Boolean(parsed.state?.articles?.[id]);
  } catch {
    return false;
  }
}

const context = createPersistedStoreContext(
  'MyArticlesStoreProvider',
  () => createMyArticlesStore(),
  { syncAcrossTabs: true, load: loadMyArticlesMigrations },
);
export const MyArticlesStoreProvider = context.Provider;
export const useMyArticlesStore = context.useSelector;
export const useMyArticlesStoreApi = context.useStoreApi;
export const useMyArticlesHydrated = context.useHydrated;
