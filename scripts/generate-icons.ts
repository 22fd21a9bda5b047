/**
 * Draws the web app manifest's PNG icons from app/icon.svg in Chromium (the browser the tests use), so the
 * icons never drift from the favicon. Run after changing the icon: `npx tsx scripts/generate-icons.ts`.
 * Writes public/icons/icon-<size>.png (the rounded icon) and maskable-<size>.png (full-bleed, the mark
 * inside the 80 % safe zone that Android's masks keep).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'public', 'icons');
const BACKGROUND = '#1d4ed8';

const icon = readFileSync(path.join(ROOT, 'app', 'icon.svg'), 'utf8');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

function page(size: number, maskable: boolean): string {
  const inner = maskable ? Math.round(size * 0.7) : size;
  const svg = icon.replace('<svg ', `<svg width="${inner}" height="${inner}" `);
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BACKGROUND : 'transparent'}">${svg}</body></html>`;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    for (const [name, size, maskable] of [
      ['icon-192.png', 192, false],
      ['icon-512.png', 512, false],
      ['maskable-512.png', 512, true],
    ] as const) {
      const tab = await browser.newPage({ viewport: { width: size, height: size } });
      await tab.setContent(page(size, maskable));
      await tab.screenshot({ path: path.join(OUT, name), omitBackground: !maskable });
      await tab.close();
      console.log(`public/icons/${name}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
