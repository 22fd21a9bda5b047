/**
 * Builds public/sw.js from lib/offline/service-worker.ts after `next build` (Serwist's configurator mode:
 * it runs after Next, so it works with Turbopack and sees the finished build). Precaches Next's static
 * files, the icons, the offline page and every page of the library's own articles, each page revisioned
 * by the build id so a new build fetches them again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runBuildCommand } from '@serwist/cli';
import { serwist } from '@serwist/next/config';
import { APP_FILES, libraryPagePaths, OFFLINE_PATH } from '../lib/offline/routes';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_ID_FILE = path.join(ROOT, '.next', 'BUILD_ID');

// lib/content.ts is server-only; the page list needs the slugs alone, which are the file names.
function librarySlugs(): { articles: string[]; quizzes: string[] } {
  const names = (dir: string, ext: string) =>
    readdirSync(path.join(ROOT, 'content', dir))
      .filter((name) => name.endsWith(ext))
      .map((name) => path.basename(name, ext));
  return { articles: names('articles', '.md'), quizzes: names('quizzes', '.json') };
}

async function main() {
  if (!existsSync(BUILD_ID_FILE)) throw new Error('No production build: run `next build` first.');
  const buildId = readFileSync(BUILD_ID_FILE, 'utf8').trim();
  const pages = [...APP_FILES, OFFLINE_PATH, ...libraryPagePaths(librarySlugs())];
  const config = await serwist(
    {
      swSrc: 'lib/offline/service-worker.ts',
      swDest: 'public/sw.js',
      // Pages are rendered per request (their CSP nonce), so there are no prerendered files to find.
      precachePrerendered: false,
      additionalPrecacheEntries: pages.map((url) => ({ url, revision: buildId })),
      globIgnores: ['public/sw.js.map'],
      // The article generator's chunk (compromise, ~700 kB) is not part of self-study: it is cached the
      // first time "Quiz any article" runs, not downloaded by every phone that opens the library.
      maximumFileSizeToCacheInBytes: 512 * 1024,
      esbuildOptions: { define: { 'process.env.CITED_BUILD_ID': JSON.stringify(buildId) } },
    },
    undefined,
    { cwd: ROOT, isDev: false },
  );
  await runBuildCommand({ config, watch: false });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
