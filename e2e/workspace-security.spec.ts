import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppServer } from './app-servers';
import { CORPUS_NEWS, startPageServer, startWorkspaceApp } from './workspace-fixtures';

/**
 * Hostile input to the workspace, and who may see what. Private addresses are tried against the suite's
 * shared server, which keeps the address rule; pages that are huge, binary, not HTML or without an
 * article are served from this machine to a server of this spec's own that may fetch from it.
 */
const ARTICLE = readFileSync(path.join(CORPUS_NEWS, 'Zimbabwe_Coup_Mugabe.txt'), 'utf8');

async function addArticle(request: APIRequestContext, base = '') {
  const response = await request.post(`${base}/api/articles`, { data: { text: ARTICLE } });
  expect(response.status(), await response.text()).toBe(202);
  const added = (await response.json()) as { id: string; shareUrl: string };
  for (let i = 0; i < 300; i++) {
    const view = await (await request.get(`${base}/api/articles/${added.id}`)).json();
    if (view.status === 'ready') return { ...added, view };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the quiz was not ready in time');
}

async function workspaceCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === 'cited_workspace');
}

test.describe('workspace: hostile input', () => {
  test('private, loopback and link-local addresses are refused in one sentence, and nothing is stored', async ({
    page,
    context,
  }) => {
    await page.goto('/teach/new');
    await page.getByLabel('From a web address').check();
    const own = new URL(page.url());
    await page.getByLabel('Page address').fill(`http://127.0.0.1:${own.port}/`);
    await page.getByRole('button', { name: 'Add the article' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'That address leads to a private or local network (127.0.0.1), which Cited does not fetch from.',
    );
    await expect(page.getByLabel('Page address')).toBeFocused();
    for (const [url, message] of [
      [
        'http://169.254.169.254/latest/meta-data/',
        /private or local network \(169\.254\.169\.254\)/,
      ],
      ['http://10.0.0.1/admin', /private or local network \(10\.0\.0\.1\)/],
      [`http://localhost:${own.port}/teach`, /private or local network \((127\.0\.0\.1|::1)\)/],
      ['http://[::1]/', /private or local network \(::1\)/],
      ['file:///etc/passwd', /^Only web addresses starting with http:\/\/ or https:\/\//],
    ] as const) {
      const response = await page.request.post('/api/articles', { data: { url } });
      expect(response.status()).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(await workspaceCookie(context)).toBeUndefined();
    expect(await (await page.request.get('/api/articles')).json()).toEqual({ articles: [] });
  });

  test('script in pasted HTML is dropped: nothing runs, no markup reaches the page', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const paragraphs = ARTICLE.split('\n').slice(2).filter(Boolean);
    const html = `<!doctype html><html><head><title>Coup</title><script>alert('head')</script></head>
      <body><h1>Zimbabwe coup</h1>${paragraphs.map((p, i) => `<p${i === 0 ? ' onmouseover="alert(1)"' : ''}>${p}</p>`).join('')}
      <img src=x onerror="alert('img')"><a href="javascript:alert('link')">Click</a><script>alert('body')</script></body></html>`;
    await page.goto('/teach/new');
    await page.getByLabel('The article’s text').fill(html);
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.getByRole('link', { name: 'Continue to the article' }).click();
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();
    await page.getByRole('link', { name: 'Read the article' }).click();
    await expect(page.getByRole('region', { name: 'Paragraph 1', exact: true })).toContainText(
      paragraphs[0]!.slice(0, 40),
    );
    const text = (await page.getByRole('article').textContent()) ?? '';
    expect(text).not.toMatch(/alert|onerror|<script|javascript:/);
    await expect(
      page.locator('article img, article script, article a[href^="javascript"]'),
    ).toHaveCount(0);
    await page.getByRole('region', { name: 'Paragraph 1', exact: true }).hover();
    expect(dialogs).toEqual([]);
  });
});

test.describe('workspace: hostile pages', () => {
  let app: AppServer & { stop(): void };
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  test.beforeAll(async () => {
    [app, pages] = await Promise.all([startWorkspaceApp(), startPageServer()]);
  });
  test.afterAll(async () => {
    app?.stop();
    await pages?.close();
  });

  test('huge, binary, non-HTML and article-less pages are refused, and nothing is stored', async ({
    page,
    context,
  }) => {
    await page.goto(`${app.base}/teach/new`);
    await page.getByLabel('From a web address').check();
    await page.getByLabel('Page address').fill(`${pages.base}/menu`);
    await page.getByRole('button', { name: 'Add the article' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      /^No article was found on this page \(only \d+ words of text; an article has at least 80\)\.$/,
    );
    for (const [route, message] of [
      ['/huge', 'The page is larger than 5 MB.'],
      ['/binary', 'The page is binary data, not text.'],
      [
        '/photo.png',
        'That address is not a web page or text but image/png, which cannot be read as an article.',
      ],
      ['/nowhere', 'The site answered “404 Not Found” instead of the page.'],
    ] as const) {
      const response = await page.request.post(`${app.base}/api/articles`, {
        data: { url: `${pages.base}${route}` },
      });
      expect(response.status(), route).toBe(422);
      expect(await response.json()).toEqual({ error: message });
    }
    expect(await workspaceCookie(context)).toBeUndefined();
    expect(await (await page.request.get(`${app.base}/api/articles`)).json()).toEqual({
      articles: [],
    });
  });
});

test.describe('workspace: whose it is', () => {
  test('another workspace, or none, reads and changes nothing; a share link opens only its quiz', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const mine = await addArticle(page.request);
    const second = await addArticle(page.request);
    const id = mine.id;
    const question = mine.view.quiz.questions[0].id as string;
    const theirs = await browser.newContext();
    await addArticle(theirs.request);
    const nobody = await playwright.request.newContext({ baseURL });

    const attempts = (request: APIRequestContext) => [
      request.get(`/api/articles/${id}`),
      request.put(`/api/articles/${id}/questions/${question}`, { data: { excluded: true } }),
      request.post(`/api/articles/${id}/questions`, {
        data: {
          prompt: 'Q?',
          answer: 'A',
          wrong: ['B', 'C'],
          explanation: 'E.',
          sentenceId: 's-x',
        },
      }),
      request.delete(`/api/articles/${id}/questions/${question}`),
      request.put(`/api/articles/${id}/selection`, { data: { order: [], count: 1 } }),
      request.post(`/api/articles/${id}/publish`, { data: { published: true } }),
      request.post(`/api/articles/${id}/regenerate`),
      request.get(`/api/articles/${id}/export?format=gift`),
      request.get(`/api/articles/${id}/export?format=qti`),
      request.post('/api/sessions', { data: { articleId: id, mode: 'teacher' } }),
      request.delete(`/api/articles/${id}`),
    ];
    for (const response of await Promise.all(attempts(theirs.request))) {
      expect(response.status(), response.url()).toBe(403);
    }
    for (const response of await Promise.all(attempts(nobody))) {
      expect(response.status(), response.url()).toBe(401);
    }
    const forged = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: 'cited_workspace=not-a-real-secret-but-long-enough-to-try' },
    });
    for (const response of await Promise.all(attempts(forged))) {
      expect(response.status(), response.url()).toBe(401);
    }

    const other = await theirs.newPage();
    for (const route of ['', '/edit', '/print', '/present', '/article', '/quiz']) {
      await other.goto(`/teach/${id}${route}`);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(
        'This article is in a teacher’s workspace',
      );
      await expect(other.getByText(mine.view.article.passages[0].text.slice(0, 40))).toHaveCount(0);
    }
    // Nothing changed: still unpublished, its quiz whole.
    const after = await (await page.request.get(`/api/articles/${id}`)).json();
    expect(after).toMatchObject({ published: false, status: 'ready' });
    expect(after.quiz.questions).toHaveLength(mine.view.quiz.questions.length);

    // Published, the share link opens this article and its quiz only; unpublished, nothing.
    await page.request.put(`/api/articles/${id}/questions/${question}`, {
      data: { excluded: true },
    });
    expect(
      (
        await page.request.post(`/api/articles/${id}/publish`, { data: { published: true } })
      ).status(),
    ).toBe(200);
    const shared = await other.request.get(mine.shareUrl);
    expect(shared.status()).toBe(200);
    const html = await shared.text();
    expect(html).toContain(mine.view.article.passages[0].text.slice(0, 40));
    expect(html).not.toContain(second.id);
    const quizHtml = await (await other.request.get(`${mine.shareUrl}/quiz`)).text();
    expect(quizHtml).not.toContain(mine.view.quiz.questions[0].prompt);
    for (const response of await Promise.all(attempts(other.request).slice(0, 2))) {
      expect(response.status()).toBe(403);
    }
    await page.request.post(`/api/articles/${id}/publish`, { data: { published: false } });
    expect((await other.request.get(mine.shareUrl)).status()).toBe(404);
    expect((await other.request.get(`${mine.shareUrl}/quiz`)).status()).toBe(404);
    await theirs.close();
    await nobody.dispose();
    await forged.dispose();
  });
});
