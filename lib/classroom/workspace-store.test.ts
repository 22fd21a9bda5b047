import { describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store';
import type { NewWorkspaceArticle, Store } from './store';
import { testStores } from './test-stores';

/**
 * The contract of `WorkspaceStore`, one table of cases run against SQLite and a real PostgreSQL. For
 * PostgreSQL, `a` and `b` are two instances (two pools) on one database.
 */
const { track, tempFile, createDatabase, openPostgres } = testStores();

const BACKENDS: { name: string; open(): Promise<{ a: Store; b: Store }> }[] = [
  {
    name: 'sqlite',
    async open() {
      const store = track(new SqliteStore(tempFile()));
      return { a: store, b: store };
    },
  },
  {
    name: 'postgres',
    async open() {
      const url = await createDatabase();
      const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
      return { a, b };
    },
  },
];

const article = (
  id: string,
  overrides: Partial<NewWorkspaceArticle> = {},
): NewWorkspaceArticle => ({
  id,
  workspaceId: 'w1',
  title: `Article ${id}`,
  sourceKind: 'url',
  sourceUrl: 'https://news.example/story',
  inputJson: '{"input":true}',
  shareToken: `share-${id}`,
  createdAt: 1_000,
  ...overrides,
});

describe.each(BACKENDS)('$name workspace store', (backend) => {
  it('finds a workspace by its secret hash only, and forgets a replaced secret', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'hash-1', createdAt: 5 });
    expect(await b.findWorkspaceBySecretHash('hash-1')).toEqual({
      id: 'w1',
      secretHash: 'hash-1',
      createdAt: 5,
    });
    expect(await b.findWorkspaceBySecretHash('hash-2')).toBeNull();
    expect(await a.replaceWorkspaceSecret('w1', 'hash-2')).toBe(true);
    expect(await b.findWorkspaceBySecretHash('hash-1')).toBeNull();
    expect((await b.findWorkspaceBySecretHash('hash-2'))?.id).toBe('w1');
    expect(await a.replaceWorkspaceSecret('nope', 'hash-3')).toBe(false);
    await expect(
      a.createWorkspace({ id: 'w2', secretHash: 'hash-2', createdAt: 6 }),
    ).rejects.toThrow(/unique/i);
  });

  it('keeps an article with its input, generating, and lists a workspace’s articles newest first', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'h1', createdAt: 1 });
    await a.createWorkspace({ id: 'w2', secretHash: 'h2', createdAt: 1 });
    const stored = await a.createArticle(article('ws-one'));
    expect(stored).toEqual({
      ...article('ws-one'),
      status: 'generating',
      quizJson: null,
      error: null,
      selectionJson: null,
      published: false,
      updatedAt: 1_000,
      leaseUntil: null,
    });
    await a.createArticle(
      article('ws-two', { createdAt: 2_000, sourceKind: 'text', sourceUrl: null }),
    );
    await a.createArticle(article('ws-other', { workspaceId: 'w2' }));
    expect(await b.getArticle('ws-one')).toEqual(stored);
    const listed = await b.listArticles('w1');
    expect(listed.map((summary) => summary.id)).toEqual(['ws-two', 'ws-one']);
    expect(listed[0]).not.toHaveProperty('inputJson');
    expect(await b.listArticles('nobody')).toEqual([]);
    await expect(a.createArticle(article('ws-orphan', { workspaceId: 'nobody' }))).rejects.toThrow(
      /foreign key/i,
    );
  });

  it('gives one generation to one claimant at a time, and frees it when its lease is over', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'h1', createdAt: 1 });
    await a.createArticle(article('ws-one'));
    expect(await a.unclaimedGenerations(2_000)).toEqual(['ws-one']);
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).claimGeneration('ws-one', 2_000, 5_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.unclaimedGenerations(4_999)).toEqual([]);
    expect(await b.claimGeneration('ws-one', 4_999, 9_000)).toBe(false);
    // The claimant died: once its lease is over, another instance takes the job.
    expect(await b.unclaimedGenerations(5_000)).toEqual(['ws-one']);
    expect(await b.claimGeneration('ws-one', 5_000, 9_000)).toBe(true);
    expect((await a.getArticle('ws-one'))?.leaseUntil).toBe(9_000);
  });

  it('ends a generation once, with its quiz or its failure; a failed regeneration keeps the quiz', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'h1', createdAt: 1 });
    await a.createArticle(article('ws-one'));
    await a.createArticle(article('ws-bad'));
    expect(
      await a.finishGeneration('ws-one', { status: 'ready', quizJson: '{"v":1}' }, 3_000),
    ).toBe(true);
    expect(
      await b.finishGeneration('ws-one', { status: 'ready', quizJson: '{"v":2}' }, 3_001),
    ).toBe(false);
    expect(await b.getArticle('ws-one')).toMatchObject({
      status: 'ready',
      quizJson: '{"v":1}',
      error: null,
      leaseUntil: null,
      updatedAt: 3_000,
    });
    await a.finishGeneration('ws-bad', { status: 'failed', error: 'No article.' }, 3_000);
    expect(await b.getArticle('ws-bad')).toMatchObject({
      status: 'failed',
      quizJson: null,
      error: 'No article.',
    });

    expect(await a.restartGeneration('ws-one', 4_000)).toBe(true);
    expect(await a.restartGeneration('ws-one', 4_001)).toBe(false);
    expect(await b.getArticle('ws-one')).toMatchObject({
      status: 'generating',
      quizJson: '{"v":1}',
    });
    await b.finishGeneration('ws-one', { status: 'failed', error: 'Engine failed.' }, 5_000);
    expect(await a.getArticle('ws-one')).toMatchObject({
      status: 'ready',
      quizJson: '{"v":1}',
      error: 'Engine failed.',
    });
  });

  it('keeps the selection, the share token and whether it is published', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'h1', createdAt: 1 });
    await a.createArticle(article('ws-one'));
    expect(await a.setSelection('ws-one', '{"count":10}', 2_000)).toBe(true);
    expect(await a.setPublished('ws-one', true, 'share-ws-one', 2_001)).toBe(true);
    expect(await b.findArticleByShareToken('share-ws-one')).toMatchObject({
      id: 'ws-one',
      published: true,
      selectionJson: '{"count":10}',
      updatedAt: 2_001,
    });
    await a.setPublished('ws-one', false, 'share-new', 2_002);
    expect(await b.findArticleByShareToken('share-ws-one')).toBeNull();
    expect(await b.findArticleByShareToken('share-new')).toMatchObject({ published: false });
    expect(await a.setSelection('nope', '{}', 1)).toBe(false);
    expect(await a.setPublished('nope', true, 'x', 1)).toBe(false);
  });

  it('keeps one edit per question, replaced in place, and deletes edits with their article', async () => {
    const { a, b } = await backend.open();
    await a.createWorkspace({ id: 'w1', secretHash: 'h1', createdAt: 1 });
    await a.createArticle(article('ws-one'));
    const edit = (questionId: string, editJson: string, updatedAt: number) => ({
      articleId: 'ws-one',
      questionId,
      editJson,
      updatedAt,
    });
    await a.putQuestionEdit(edit('q-1', '{"excluded":true}', 10));
    await b.putQuestionEdit(edit('q-2', '{"prompt":"A?"}', 11));
    await a.putQuestionEdit(edit('q-1', '{"excluded":false}', 12));
    expect(await b.listQuestionEdits('ws-one')).toEqual([
      edit('q-2', '{"prompt":"A?"}', 11),
      edit('q-1', '{"excluded":false}', 12),
    ]);
    expect(await a.deleteQuestionEdit('ws-one', 'q-2')).toBe(true);
    expect(await a.deleteQuestionEdit('ws-one', 'q-2')).toBe(false);
    await expect(
      a.putQuestionEdit({ ...edit('q-3', '{}', 1), articleId: 'ws-none' }),
    ).rejects.toThrow(/foreign key/i);
    expect(await b.deleteArticle('ws-one')).toBe(true);
    expect(await a.getArticle('ws-one')).toBeNull();
    expect(await a.listQuestionEdits('ws-one')).toEqual([]);
    expect(await a.deleteArticle('ws-one')).toBe(false);
  });
});
