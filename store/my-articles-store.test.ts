import { beforeAll, describe, expect, it } from 'vitest';
import v1 from './fixtures/my-articles.v1.json';
import v2 from './fixtures/my-articles.v2.json';
import type { MyArticle, MyArticlesState } from '@/lib/my-articles/schema';
import { loadMyArticlesMigrations } from './my-articles-lazy';
import { createMyArticlesStore, isSavedInBrowser, sortedArticles } from './my-articles-store';
import { createSafeStorage, sealOf } from './safe-storage';

beforeAll(() => loadMyArticlesMigrations());

function fakeStorage(initial: Record<string, unknown> = {}, { full = false } = {}) {
  const data = new Map(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const fake = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  } as Storage;
  return { data, fake, storage: createSafeStorage<MyArticlesState>(() => fake) };
}

const saved = Object.values(v2.state.articles)[0] as MyArticle;
const other: MyArticle = {
  ...saved,
  id: 'my-0000001',
  title: 'Another',
  createdAt: '2026-11-28T17:00:00.000Z',
  quiz: { ...saved.quiz, article: { ...saved.quiz.article, slug: 'my-0000001' } },
};

describe('my articles store', () => {
  it('starts empty and reads the v2 fixture on rehydrate', async () => {
    const { storage } = fakeStorage({ 'cited:my-articles': v2 });
    const store = createMyArticlesStore(storage);
    expect(store.getState().articles).toEqual({});
    await store.persist.rehydrate();
    expect(store.getState().articles).toEqual(v2.state.articles);
  });

  it('reads the v1 fixture as ranked quizzes and writes them back as version 2', async () => {
    const { storage, data } = fakeStorage({ 'cited:my-articles': v1 });
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    const [id, before] = Object.entries(v1.state.articles)[0]!;
    const quiz = store.getState().articles[id]?.quiz;
    expect(quiz?.questions.map((question) => question.rank)).toEqual(
      before.quiz.questions.map((_, index) => index + 1),
    );
    expect(JSON.parse(data.get('cited:my-articles')!)).toMatchObject({ version: 2 });
  });

  it('saves under the namespaced key with version 2 and only the articles', async () => {
    const { storage, data, fake } = fakeStorage();
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    store.getState().save(saved);
    const written = JSON.parse(data.get('cited:my-articles')!);
    expect(written).toEqual({
      state: { articles: { [saved.id]: saved } },
      version: 2,
      seal: sealOf(JSON.stringify({ articles: { [saved.id]: saved } })),
    });
    expect(isSavedInBrowser(saved.id, fake)).toBe(true);
  });

  it('saving the same article again keeps one entry and its first date', async () => {
    const { storage } = fakeStorage({ 'cited:my-articles': v2 });
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    store.getState().save({ ...saved, title: 'Renamed', createdAt: '2026-12-01T00:00:00.000Z' });
    expect(Object.keys(store.getState().articles)).toEqual([saved.id]);
    expect(store.getState().articles[saved.id]).toMatchObject({
      title: 'Renamed',
      createdAt: saved.createdAt,
    });
  });

  it('removes one article and lists the rest newest first', async () => {
    const { storage } = fakeStorage();
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    store.getState().save(saved);
    store.getState().save(other);
    expect(sortedArticles(store.getState()).map((a) => a.id)).toEqual([other.id, saved.id]);
    store.getState().remove(other.id);
    expect(sortedArticles(store.getState()).map((a) => a.id)).toEqual([saved.id]);
  });

  it('keeps the article for this tab when storage is full, and says it was not saved', async () => {
    const { storage, fake } = fakeStorage({}, { full: true });
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    store.getState().save(saved);
    expect(store.getState().articles[saved.id]).toEqual(saved);
    expect(isSavedInBrowser(saved.id, fake)).toBe(false);
  });

  it('drops a damaged saved value instead of failing', async () => {
    const { storage } = fakeStorage({
      'cited:my-articles': { state: { articles: 7 }, version: 2 },
    });
    const store = createMyArticlesStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().articles).toEqual({});
  });
});
