import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { liveQuestions } from '../lib/classroom/live-questions';
import { defaultQuestions, type Question } from '../lib/quiz-engine/schema';
import type { ArticleView } from '../lib/workspace/view';
import { startApp, untilHealthy, type AppServer } from './app-servers';
import { expect } from './fixtures';

/** The real news pages of the shared corpus, with their site chrome (read from disk, never committed). */
export const CORPUS_HTML = path.join(process.cwd(), '..', 'shared', 'corpus', 'html');
export const CORPUS_NEWS = path.join(process.cwd(), '..', 'shared', 'corpus', 'news');

/**
 * A small web server on 127.0.0.1 for the "web address" tests: the corpus pages as a news site would
 * serve them, and hostile ones (redirects to private addresses, huge, binary, not HTML, no article).
 */
export async function startPageServer(): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://pages');
    const name = url.pathname.slice(1);
    if (/^[A-Za-z_]+\.html$/.test(name)) {
      try {
        const page = readFileSync(path.join(CORPUS_HTML, name));
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      } catch {
        response.writeHead(404).end('not found');
      }
      return;
    }
    switch (url.pathname) {
      case '/moved':
        return response.writeHead(301, { Location: '/Obama_Gun_Laws_Frustration.html' }).end();
      case '/to-metadata':
        return response
          .writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' })
          .end();
      case '/huge':
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.write('<html><body>');
        for (let i = 0; i < 6 * 1024; i++) response.write(`<p>${'x'.repeat(1020)}</p>`);
        return response.end('</body></html>');
      case '/binary':
        return response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
      case '/photo.png':
        return response.writeHead(200, { 'Content-Type': 'image/png' }).end('PNG');
      case '/menu':
        return response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(
            '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><footer>© 2026 Example</footer></body></html>',
          );
      default:
        return response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An app server of the spec's own, allowed to fetch from this machine (CITED_ALLOW_PRIVATE_URLS=1, for
 * this server only: the suite's shared server keeps the address rule), on a database of its own.
 */
export async function startWorkspaceApp(): Promise<AppServer & { stop(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-ws-e2e-'));
  const app = await startApp({
    CITED_ALLOW_PRIVATE_URLS: '1',
    CITED_DB_PATH: path.join(dir, 'cited.sqlite'),
  });
  await untilHealthy(app);
  return {
    ...app,
    stop() {
      app.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The article as its owner's API returns it (the source of truth the pages are checked against). */
export async function articleView(request: APIRequestContext, base: string, id: string) {
  const response = await request.get(`${base}/api/articles/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ArticleView;
}

/** Waits for the quiz of the article on `page` (its hub) to be ready; returns its id. */
export async function untilReady(page: Page): Promise<string> {
  await expect(page.getByRole('link', { name: 'Review the questions' })).toBeVisible({
    timeout: 90_000,
  });
  const id = /\/teach\/(ws-[a-z2-7]{20})/.exec(page.url())?.[1];
  if (!id) throw new Error(`not an article page: ${page.url()}`);
  return id;
}

/** The teacher's chosen questions, in their order. */
export function chosenOf(view: ArticleView): Question[] {
  if (!view.quiz) throw new Error('the quiz is not ready');
  return defaultQuestions(view.quiz);
}

export function liveChosenOf(view: ArticleView) {
  return liveQuestions(chosenOf(view));
}
