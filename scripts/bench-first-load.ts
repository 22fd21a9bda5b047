/**
 * JavaScript a page really loads in the first 5 s: every script response of a real page load in Chromium
 * (the bundle manifests miss chunks loaded after hydration, such as lazy validators), over the wire
 * (gzip, as `next start` serves it) and decoded. Two visitors per page: a new one (empty storage) and a
 * returning one (this build has stored an attempt in the browser). The service worker is
 * blocked, so its background precaching is not counted as the page's.
 *
 * Every route a visitor can open without setting anything up is measured beside the app's own floor
 * (its not-found page: the layout, the providers and the framework), and a route more than 20 kB gzip
 * over that floor fails the run (issue 12). The teacher's per-article pages (/teach/<id>/…) need a
 * workspace article and are not measured here.
 *
 *   npm run build && npm run bench:first-load -- [--port 3500]
 */
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const WINDOW_MS = 5_000;
const SLUG = 'korea-foreign-relations';
const FLOOR = '/no-such-page';
const PAGES = [
  '/',
  `/articles/${SLUG}`,
  `/quiz/${SLUG}`,
  '/create',
  '/join',
  '/live/ABCD23',
  '/progress',
  '/review',
  '/mine/no-such-article',
  '/mine/no-such-article/quiz',
  '/offline',
  '/teach',
  '/teach/new',
  '/teach/open',
];
const BUDGET_BYTES = 20 * 1024;
const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function serve(port: number): ChildProcess {
  // Its own process group, so stopping it also stops the renamed `next-server` child.
  return spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

interface Load {
  wireBytes: number;
  decodedBytes: number;
  scripts: number;
}

async function measure(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const pending: Promise<{ wire: number; decoded: number }>[] = [];
  const start = Date.now();
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' || Date.now() - start > WINDOW_MS) return;
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const body = await (await request.response())?.body();
        return { wire: sizes.responseBodySize, decoded: body?.length ?? 0 };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - start)));
  const loads = await Promise.all(pending);
  await page.close();
  return {
    wireBytes: loads.reduce((sum, load) => sum + load.wire, 0),
    decodedBytes: loads.reduce((sum, load) => sum + load.decoded, 0),
    scripts: loads.length,
  };
}

/** A context whose storage this build wrote (an attempt started), with an empty HTTP cache. */
async function returningVisitor(browser: Browser, base: string): Promise<BrowserContext> {
  const first = await browser.newContext({ serviceWorkers: 'block' });
  const page = await first.newPage();
  await page.goto(`${base}/quiz/${SLUG}`);
  // The page opens on its first question, and the first answer stores the attempt; an answer given
  // as a test moves on to question 2 whatever it was.
  await page.getByRole('radio', { name: /^Test/ }).check();
  const form = page.locator('form[data-question-id]');
  const choice = form.getByRole('radio');
  if ((await choice.count()) > 0) await choice.first().check();
  else await form.getByRole('textbox').first().fill('an answer');
  await form.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  const storageState = await first.storageState();
  await first.close();
  return browser.newContext({ serviceWorkers: 'block', storageState });
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const port = Number(argument('port', '3500'));
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first.');
  const base = `http://127.0.0.1:${port}`;
  const server = serve(port);
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
    existsSync(p),
  );
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    await waitFor(base);
    // Warm the server's render caches, so the first measured page is not the slowest for that reason.
    for (const route of PAGES) await fetch(`${base}${route}`);
    const rows: { route: string; first: Load; again: Load }[] = [];
    for (const route of [FLOOR, ...PAGES]) {
      const fresh = await browser.newContext({ serviceWorkers: 'block' });
      const first = await measure(fresh, `${base}${route}`);
      await fresh.close();
      const returning = await returningVisitor(browser, base);
      const again = await measure(returning, `${base}${route}`);
      await returning.close();
      rows.push({ route, first, again });
    }
    const floor = rows[0];
    if (!floor) throw new Error('the floor was not measured');
    const over = (load: Load, floorLoad: Load) => {
      const bytes = load.wireBytes - floorLoad.wireBytes;
      return `${bytes >= 0 ? '+' : ''}${kB(bytes)}${bytes > BUDGET_BYTES ? ' **over**' : ''}`;
    };
    console.log(
      `| page | new visitor: scripts, kB gzip (decoded) | over floor | returning visitor: scripts, kB gzip (decoded) | over floor |`,
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const { route, first, again } of rows) {
      const label =
        route === FLOOR ? `\`${route}\` (floor: the app's not-found page)` : `\`${route}\``;
      console.log(
        `| ${label} | ${first.scripts}, ${kB(first.wireBytes)} (${kB(first.decodedBytes)}) | ${over(first, floor.first)} | ${again.scripts}, ${kB(again.wireBytes)} (${kB(again.decodedBytes)}) | ${over(again, floor.again)} |`,
      );
    }
    const failing = rows.filter(
      ({ first, again }) =>
        first.wireBytes - floor.first.wireBytes > BUDGET_BYTES ||
        again.wireBytes - floor.again.wireBytes > BUDGET_BYTES,
    );
    if (failing.length > 0) {
      console.error(
        `\nOver the +${kB(BUDGET_BYTES)} kB budget: ${failing.map(({ route }) => route).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
