import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@/lib/classroom/sqlite-store';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import { ArticleRefusal, generateArticleQuiz, prepareArticle } from './article-input';
import type { ArticleJobs } from './generation/pool';
import type { JobOutcome } from './generation/protocol';
import { Workspace } from './service';

/**
 * The workspace service over a real SQLite store, with the generation jobs run in this thread (the
 * worker thread itself is tested in generation/pool.test.ts) and pages served from this machine.
 */
function inThread<T>(run: () => T): Promise<JobOutcome<T>> {
  try {
    return Promise.resolve({ ok: true, value: run() });
  } catch (error) {
    if (error instanceof ArticleRefusal) {
      return Promise.resolve({ ok: false, refused: true, message: error.message });
    }
    throw error;
  }
}
const jobs: ArticleJobs = {
  prepare: (source, id) => inThread(() => prepareArticle(source, id)),
  generate: (input) => inThread(() => generateArticleQuiz(input)),
  waiting: 0,
};

const ARTICLE = readFileSync('content/articles/korea-foreign-relations.md', 'utf8');
const PAGE = readFileSync('../shared/corpus/html/Data_Retention_Press_Freedom.html', 'utf8');

let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/column')
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

const stores: SqliteStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function workspaceOn(allowPrivate = true) {
  const store = new SqliteStore(':memory:');
  stores.push(store);
  return { store, workspace: new Workspace({ store, pool: jobs, fetchPolicy: { allowPrivate } }) };
}

async function ready(workspace: Workspace, id: string, secret: string) {
  for (let i = 0; i < 200; i++) {
    const article = await workspace.article(id, secret);
    if (article.record.status !== 'generating') return article;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error('generation did not finish');
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('Workspace', () => {
  it('creates a workspace with the first article, and adds later ones to it', async () => {
    const { workspace } = workspaceOn();
    const first = await workspace.addArticle({ text: ARTICLE, fileName: 'korea.md' }, undefined);
    expect(first.newSecret).toMatch(/^[\w-]{43}$/);
    const secret = first.newSecret!;
    const second = await workspace.addArticle({ url: `${origin}/column` }, secret);
    expect(second.newSecret).toBeNull();
    expect(second.record).toMatchObject({
      workspaceId: first.record.workspaceId,
      sourceKind: 'url',
      sourceUrl: `${origin}/column`,
      title: 'Angry media won’t buckle over new surveillance laws',
    });
    const article = await ready(workspace, first.record.id, secret);
    expect(article.record.status).toBe('ready');
    expect(article.teacher?.chosen.length).toBe(article.generated?.defaultCount);
    expect((await workspace.list(secret)).map((summary) => summary.id)).toEqual([
      second.record.id,
      first.record.id,
    ]);
  });

  it.each([
    [{ url: 'http://127.0.0.1:9/x' }, /private or local network \(127\.0\.0\.1\)/],
    [{ url: 'ftp://example.org/a' }, /^Only web addresses starting with http/],
    [{ html: '<html><body><nav>Home</nav><script>alert(1)</script></body></html>' }, /^No article/],
    [
      { text: 'Ceci est un texte en français, pas du tout en anglais, sur la politique.' },
      /not look like English/,
    ],
    [{ text: '\u0000\u0001binary' }, /^The text is binary/],
  ])('refuses %j with one sentence and stores nothing', async (body, message) => {
    const { workspace, store } = workspaceOn(false);
    const refused = await refusal(workspace.addArticle(body, undefined));
    expect(refused.status).toBe(422);
    expect(refused.message).toMatch(message);
    expect(refused.message).toMatch(/\.$/);
    expect(await store.unclaimedGenerations(Date.now())).toEqual([]);
  });

  it('shows and changes nothing to another workspace or to no workspace', async () => {
    const { workspace } = workspaceOn();
    const mine = await workspace.addArticle({ text: ARTICLE, fileName: 'k.md' }, undefined);
    const theirs = await workspace.addArticle({ text: ARTICLE, fileName: 'k.md' }, undefined);
    const id = mine.record.id;
    await ready(workspace, id, mine.newSecret!);
    const attempts = (secret: string | undefined) => [
      workspace.article(id, secret),
      workspace.editQuestion(id, secret, 'q-x', { excluded: true }),
      workspace.setSelection(id, secret, { order: [], count: 1 }),
      workspace.setPublished(id, secret, true),
      workspace.regenerate(id, secret),
      workspace.deleteArticle(id, secret),
      workspace.teacherQuizOf(id, secret),
    ];
    for (const attempt of attempts(theirs.newSecret!))
      expect((await refusal(attempt)).status).toBe(403);
    for (const attempt of attempts(undefined)) expect((await refusal(attempt)).status).toBe(401);
    for (const attempt of attempts('not-a-real-secret-at-all-xxxxxx')) {
      expect((await refusal(attempt)).status).toBe(401);
    }
    expect((await workspace.article(id, mine.newSecret!)).record.published).toBe(false);
  });

  it('shares only the chosen questions while published, and a new link after unpublishing', async () => {
    const { workspace } = workspaceOn();
    const { record, newSecret } = await workspace.addArticle(
      { text: ARTICLE, fileName: 'k.md' },
      undefined,
    );
    const secret = newSecret!;
    const article = await ready(workspace, record.id, secret);
    const bank = article.generated!.questions;
    const excluded = bank[0]!.id;
    await workspace.editQuestion(record.id, secret, excluded, { excluded: true });
    await workspace.setSelection(record.id, secret, { order: [], count: 5 });
    expect(await workspace.shared(record.shareToken)).toBeNull();
    await workspace.setPublished(record.id, secret, true);
    const shared = await workspace.shared(record.shareToken);
    expect(shared?.quiz.questions).toHaveLength(5);
    expect(defaultQuestions(shared!.quiz)).toHaveLength(5);
    expect(shared?.quiz.questions.map((q) => q.id)).not.toContain(excluded);
    const unpublished = await workspace.setPublished(record.id, secret, false);
    expect(await workspace.shared(record.shareToken)).toBeNull();
    expect(unpublished.record.shareToken).not.toBe(record.shareToken);
    await workspace.setPublished(record.id, secret, true);
    expect(await workspace.shared(record.shareToken)).toBeNull();
    expect(await workspace.shared(unpublished.record.shareToken)).not.toBeNull();
  });

  it('refuses an edit that would unground the key, and keeps edits through a regeneration', async () => {
    const { workspace } = workspaceOn();
    const { record, newSecret } = await workspace.addArticle(
      { text: ARTICLE, fileName: 'k.md' },
      undefined,
    );
    const secret = newSecret!;
    const article = await ready(workspace, record.id, secret);
    const who = article.generated!.questions.find((q) => q.type === 'who')!;
    const other = article
      .generated!.passages.flatMap((p) => p.sentences)
      .find((s) => s.id !== who.evidence[0]!.sentenceId)!;
    const refused = await refusal(
      workspace.editQuestion(record.id, secret, who.id, {
        key: { answer: 'Zorblax Quimby', sentenceId: other.id },
      }),
    );
    expect(refused).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^“Zorblax Quimby” is not stated in ¶\d+/),
    });
    await workspace.editQuestion(record.id, secret, who.id, { prompt: 'Reworded?' });
    await workspace.editQuestion(record.id, secret, 'q-gone', { excluded: true }).catch(() => {});
    await workspace.regenerate(record.id, secret);
    const again = await ready(workspace, record.id, secret);
    expect(again.teacher?.quiz.questions.find((q) => q.id === who.id)?.prompt).toBe('Reworded?');
  });
});
