/**
 * Prints each route's first-load JavaScript (raw and gzip) beside the framework's own floor: an empty
 * Next.js app built in the same run with the same Next version, so both figures share one machine state.
 *
 *   npm run bench:bundle            (builds the app first when .next has no bundle stats)
 *   npm run bench:bundle -- --skip-floor
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { buildFloorApp, nextBuild, removeFloorApp } from './lib/floor-app';

const statsSchema = z.array(
  z.object({
    route: z.string(),
    firstLoadChunkPaths: z.array(z.string()),
  }),
);

interface RouteSize {
  route: string;
  rawBytes: number;
  gzipBytes: number;
}

const STATS = '.next/diagnostics/route-bundle-stats.json';
// The player's quiz route must stay within this much of the floor (issue 4).
const QUIZ_BUDGET_BYTES = 25 * 1024;

function routeSizes(appDir: string): RouteSize[] {
  const stats = statsSchema.parse(JSON.parse(readFileSync(path.join(appDir, STATS), 'utf8')));
  return stats.map(({ route, firstLoadChunkPaths }) => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const chunk of firstLoadChunkPaths) {
      const content = readFileSync(path.join(appDir, chunk));
      rawBytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    return { route, rawBytes, gzipBytes };
  });
}

function measureFloor(): RouteSize {
  try {
    const home = routeSizes(buildFloorApp()).find((size) => size.route === '/');
    if (!home) throw new Error('the empty app reported no "/" route');
    return home;
  } finally {
    removeFloorApp();
  }
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function main(): void {
  const skipFloor = process.argv.includes('--skip-floor');
  if (!existsSync(STATS)) {
    console.log('No bundle stats yet: building the app…');
    nextBuild(process.cwd());
  }
  const routes = routeSizes(process.cwd()).sort((a, b) => a.route.localeCompare(b.route));
  const floor = skipFloor ? undefined : measureFloor();

  console.log(
    '\nFirst-load JavaScript per route (gzip -9 of the chunks Next lists for the route)\n',
  );
  const header = ['route', 'raw kB', 'gzip kB', 'vs floor'];
  const rows = routes.map((size) => [
    size.route,
    kB(size.rawBytes),
    kB(size.gzipBytes),
    floor
      ? `${size.gzipBytes >= floor.gzipBytes ? '+' : ''}${kB(size.gzipBytes - floor.gzipBytes)} kB`
      : '–',
  ]);
  if (floor)
    rows.push(['(floor: empty Next app)', kB(floor.rawBytes), kB(floor.gzipBytes), '0.0 kB']);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));

  if (floor) {
    for (const size of routes.filter((route) => route.route.startsWith('/quiz'))) {
      const over = size.gzipBytes - floor.gzipBytes;
      const verdict = over <= QUIZ_BUDGET_BYTES ? 'within' : 'OVER';
      console.log(`\n${size.route}: ${kB(over)} kB above the floor, ${verdict} the 25 kB budget.`);
    }
  }
}

main();
