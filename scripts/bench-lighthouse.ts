/**
 * Lighthouse (mobile preset: simulated slow 4G and a mid-range phone CPU; all four categories) for the
 * app's main pages, beside an empty Next.js app built and served in the same run: the floor the app
 * should stay near. Issue 12's targets: performance within 3 points of the empty app, LCP within
 * 300 ms of it, and 100 in accessibility, best practices and SEO; the run fails when a page misses one.
 * Runs take turns between the pages and the floor, so a busy moment of the machine does not land on one
 * page only; the figures are medians.
 *
 *   npm run bench:lighthouse -- --port 3650 --floor-port 3651      (median of 3 runs per page)
 *   npm run bench:lighthouse -- --port 3650 --floor-port 3651 --runs 5
 *   npm run bench:lighthouse -- --port 3650 --floor-port 3651 --throttling devtools
 *
 * `--throttling simulate` (the default, Lighthouse's own) loads the page at full speed and computes the
 * slow-phone figures from that trace: its LCP counts every script that finished loading before the page
 * painted at full speed, so on a busy machine it swings by about a second between runs of the same page
 * (the empty app's too). `--throttling devtools` loads the page through DevTools' slow 4G and 4× CPU
 * slowdown and measures what happens.
 *
 * Needs a production build of the app (`npm run build`) and a Chromium (/usr/bin/chromium or CHROME_PATH).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildFloorApp, NEXT_BIN, removeFloorApp } from './lib/floor-app';

const execFileAsync = promisify(execFile);
const SLUG = 'korea-foreign-relations';
const PAGES = ['/', `/articles/${SLUG}`, `/quiz/${SLUG}`, '/join', '/progress'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const THROTTLING = ['simulate', 'devtools'] as const;
type Throttling = (typeof THROTTLING)[number];
const PERFORMANCE_POINTS = 3;
const LCP_MS = 300;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function portArgument(name: string): number {
  const port = Number(argument(name));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(
      `Give a free port with --${name} <number> (e.g. --port 3650 --floor-port 3651).`,
    );
  }
  return port;
}

function throttlingArgument(): Throttling {
  const value = argument('throttling') ?? 'simulate';
  const known = THROTTLING.find((method) => method === value);
  if (!known) throw new Error(`--throttling is ${THROTTLING.join(' or ')}, not "${value}".`);
  return known;
}

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
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

/**
 * On a loaded machine Lighthouse sometimes loses its trace ("NO_NAVSTART"); such a run has no figures
 * at all, so it is run again (said on stderr), up to twice.
 */
async function audit(url: string, port: number, throttling: Throttling): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, port, throttling);
    } catch (error) {
      if (attempt >= 3) throw error;
      const reason = error instanceof Error ? error.message.split('\n').at(-2) : String(error);
      console.error(`Lighthouse failed on ${url} (${reason}); running it again.`);
    }
  }
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

async function auditOnce(url: string, port: number, throttling: Throttling): Promise<Figures> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      `--port=${port}`,
      `--throttling-method=${throttling}`,
      '--output=json',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const { categories, audits } = reportSchema.parse(JSON.parse(stdout));
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
    seo: Math.round((categories.seo?.score ?? 0) * 100),
    fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

async function main(): Promise<void> {
  const appPort = portArgument('port');
  const floorPort = portArgument('floor-port');
  const runs = Math.max(1, Number(argument('runs')) || 3);
  const throttling = throttlingArgument();
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first.');
  const chromePath =
    process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

  console.log('Building the empty baseline app…');
  const floorDir = buildFloorApp();
  const app = serve(process.cwd(), appPort);
  const floor = serve(floorDir, floorPort);
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
    await waitFor(`http://127.0.0.1:${appPort}/`);
    await waitFor(`http://127.0.0.1:${floorPort}/`);
    const floorLabel = '(floor: empty Next app)';
    const targets = [
      { label: floorLabel, url: `http://127.0.0.1:${floorPort}/` },
      ...PAGES.map((page) => ({ label: page, url: `http://127.0.0.1:${appPort}${page}` })),
    ];
    // Warm the servers' render caches before anything is measured.
    for (const target of targets) await fetch(target.url);
    const samples = new Map<string, Figures[]>(targets.map((target) => [target.label, []]));
    for (let run = 0; run < runs; run++) {
      for (const target of targets)
        samples.get(target.label)?.push(await audit(target.url, chrome.port, throttling));
    }
    const medians = new Map(
      targets.map((target) => {
        const list = samples.get(target.label) ?? [];
        const pick = (key: keyof Figures) => median(list.map((sample) => sample[key]));
        const figures: Figures = {
          performance: pick('performance'),
          accessibility: pick('accessibility'),
          bestPractices: pick('bestPractices'),
          seo: pick('seo'),
          fcpMs: pick('fcpMs'),
          lcpMs: pick('lcpMs'),
          tbtMs: pick('tbtMs'),
          cls: pick('cls'),
        };
        return [target.label, { figures, performanceRuns: list.map((s) => s.performance) }];
      }),
    );
    const base = medians.get(floorLabel)?.figures;
    if (!base) throw new Error('the empty app was not measured');
    const misses: string[] = [];
    const rows = targets.map(({ label }) => {
      const { figures, performanceRuns } = medians.get(label) ?? {
        figures: base,
        performanceRuns: [],
      };
      const isFloor = label === floorLabel;
      if (!isFloor) {
        if (figures.performance < base.performance - PERFORMANCE_POINTS)
          misses.push(`${label}: performance ${figures.performance} vs ${base.performance}`);
        if (figures.lcpMs > base.lcpMs + LCP_MS)
          misses.push(
            `${label}: LCP ${figures.lcpMs.toFixed(0)} ms vs ${base.lcpMs.toFixed(0)} ms`,
          );
        for (const [name, score] of [
          ['accessibility', figures.accessibility],
          ['best practices', figures.bestPractices],
          ['SEO', figures.seo],
        ] as const) {
          if (score < 100) misses.push(`${label}: ${name} ${score}`);
        }
      }
      return [
        label,
        `${figures.performance} (${performanceRuns.join('/')})`,
        isFloor ? '' : signed(figures.performance - base.performance),
        String(figures.accessibility),
        String(figures.bestPractices),
        String(figures.seo),
        figures.fcpMs.toFixed(0),
        figures.lcpMs.toFixed(0),
        isFloor ? '' : signed(Math.round(figures.lcpMs - base.lcpMs)),
        figures.tbtMs.toFixed(0),
        figures.cls.toFixed(3),
      ];
    });
    const header = [
      'page',
      'perf (runs)',
      'Δ perf',
      'a11y',
      'best pr.',
      'SEO',
      'FCP ms',
      'LCP ms',
      'Δ LCP',
      'TBT ms',
      'CLS',
    ];
    const widths = header.map((title, i) =>
      Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
    );
    const line = (cells: string[]) =>
      cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
    console.log(
      `\nLighthouse mobile (${throttling} throttling), median of ${runs} run(s) per page, floor in the same run\n`,
    );
    console.log(line(header));
    console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    rows.forEach((row) => console.log(line(row)));
    if (misses.length > 0) {
      console.error(
        `\nMissed (performance within ${PERFORMANCE_POINTS} points and LCP within ${LCP_MS} ms of the empty app; 100 elsewhere):\n  ${misses.join('\n  ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await chrome.kill();
    stop(app);
    stop(floor);
    removeFloorApp();
  }
}

const signed = (value: number) => `${value > 0 ? '+' : ''}${value}`;

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
