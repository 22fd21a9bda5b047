import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The pages carry the app's stylesheet inline (next.config.ts, `experimental.inlineCss`): a phone paints
 * when the HTML arrives instead of waiting one more round trip for a render-blocking stylesheet. Next
 * writes that `<style>` without the page's nonce (React receives the nonce for scripts only), so the
 * policy admits it by hash instead: the hash of the exact text of the build's stylesheet, and nothing
 * else. React joins a page's stylesheets into one `<style>`, so this holds while the app has one
 * stylesheet (app/globals.css, which imports the rest); inline-styles.test.ts keeps it so.
 */

/** A CSP source for this exact text: `'sha256-<base64>'`. */
export function styleHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function cssFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // No build here (`next dev` before its first compile): nothing is inlined yet.
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(file);
    return entry.name.endsWith('.css') ? [file] : [];
  });
}

/** The hash sources of every stylesheet a build emitted under `staticDir` (`.next/static`), sorted. */
export function stylesheetHashSources(staticDir: string): string[] {
  const sources = cssFiles(staticDir).map((file) => styleHashSource(readFileSync(file, 'utf8')));
  return [...new Set(sources)].sort();
}

let served: readonly string[] | undefined;

/** The hash sources of the build this server runs; read once, since a build never changes under it. */
export function servedStylesheetHashSources(): readonly string[] {
  served ??= stylesheetHashSources(path.join(process.cwd(), '.next', 'static'));
  return served;
}
