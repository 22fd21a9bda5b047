/**
 * Lighthouse (mobile preset: simulated slow 4G and a mid-range phone CPU) for the app's main pages,
 * beside an empty Next.js app built and served in the same run: the floor the app should stay near.
 *
 *   npm run bench:lighthouse              (median of 3 runs per page)
 *   npm run bench:lighthouse -- --runs 1
 *
 * Needs a production build of the app (`npm run build`) and a Chromium (/usr/bin/chromium or CHROME_PATH).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildFloorApp, NEXT_BIN, removeFloorApp } from './lib/floor-app';

const execFileAsync = promisify(execFile);
const APP_PORT = 3901;
const FLOOR_PORT = 3902;

interface Figures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

function serve(cwd: string, port: number): ChildProcess {
  // Its own process group, so stopping it also stops the renamed `next-server` child.
  return spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

function stop(server: ChildProcess): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

// Lighthouse runs from its own CLI: tsx rewrites functions in a way that breaks the code Lighthouse
// serialises into the page ("__name is not defined").
const LIGHTHOUSE_CLI = path.resolve('node_modules/lighthouse/cli/index.js');

const reportSchema = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
});

async function audit(url: string, port: number): Promise<Figures> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      `--port=${port}`,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const { categories, audits } = reportSchema.parse(JSON.parse(stdout));
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

function appPages(): string[] {
  const slugs = readdirSync('content/articles')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.basename(name, '.md'));
  const first = slugs[0];
  const pages = ['/'];
  if (first) {
    pages.push(`/articles/${first}`);
    if (existsSync(`content/quizzes/${first}.json`)) pages.push(`/quiz/${first}`);
  }
  return pages;
}

async function main(): Promise<void> {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 3) : 3;
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first.');
  const chromePath =
    process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

  console.log('Building the empty baseline app…');
  const floorDir = buildFloorApp();
  const app = serve(process.cwd(), APP_PORT);
  const floor = serve(floorDir, FLOOR_PORT);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    await waitFor(`http://127.0.0.1:${APP_PORT}/`);
    await waitFor(`http://127.0.0.1:${FLOOR_PORT}/`);
    const targets = [
      ...appPages().map((page) => ({ label: page, url: `http://127.0.0.1:${APP_PORT}${page}` })),
      { label: '(floor: empty Next app)', url: `http://127.0.0.1:${FLOOR_PORT}/` },
    ];
    const rows: string[][] = [];
    for (const target of targets) {
      const samples: Figures[] = [];
      for (let run = 0; run < runs; run++) samples.push(await audit(target.url, chrome.port));
      const pick = (key: keyof Figures) => median(samples.map((sample) => sample[key]));
      rows.push([
        target.label,
        String(pick('performance')),
        String(pick('accessibility')),
        pick('fcpMs').toFixed(0),
        pick('lcpMs').toFixed(0),
        pick('tbtMs').toFixed(0),
        pick('cls').toFixed(3),
      ]);
    }
    const header = ['page', 'perf', 'a11y', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'];
    const widths = header.map((title, i) =>
      Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
    );
    const line = (cells: string[]) =>
      cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
    console.log(`\nLighthouse mobile, median of ${runs} run(s) per page\n`);
    console.log(line(header));
    console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    rows.forEach((row) => console.log(line(row)));
  } finally {
    await chrome.kill();
    stop(app);
    stop(floor);
    removeFloorApp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
