import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { styleHashSource, stylesheetHashSources } from './inline-styles';

describe('styleHashSource', () => {
  it.each([
    // Computed with `printf %s TEXT | openssl dgst -sha256 -binary | base64`.
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['body{color:red}', "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"],
    // The text as UTF-8, as the browser hashes it.
    ['a::after{content:"é"}', "'sha256-LWQnQN7qjp3+rd/FJ5gYlKAFJtDsonQY3LlZEt6VU1I='"],
  ])('%j → %s', (text, expected) => {
    expect(styleHashSource(text)).toBe(expected);
  });
});

describe('stylesheetHashSources', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("hashes every stylesheet of a build's static folder, and nothing else", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cited-static-'));
    mkdirSync(path.join(dir, 'chunks', 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'chunks', 'a.css'), 'body{color:red}');
    writeFileSync(path.join(dir, 'chunks', 'nested', 'b.css'), '');
    writeFileSync(path.join(dir, 'chunks', 'c.js'), 'console.log(1)');
    expect(stylesheetHashSources(dir)).toEqual([
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
      "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='",
    ]);
  });

  it('is empty where there is no build yet', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cited-static-'));
    expect(stylesheetHashSources(path.join(dir, 'missing'))).toEqual([]);
  });
});

/**
 * React joins a page's stylesheets into one inline `<style>`, whose hash would then be none of the
 * files' hashes: a component importing CSS of its own would leave its page unstyled under the policy.
 */
describe("the app's stylesheet", () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(file);
      return /\.(ts|tsx)$/.test(entry.name) ? [file] : [];
    });
  }

  it('is imported once, by the root layout (app/globals.css imports the rest)', () => {
    const importers = ['app', 'components', 'lib', 'store']
      .flatMap((folder) => sources(path.join(process.cwd(), folder)))
      .filter((file) => /^import\s+['"][^'"]+\.css['"]/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(process.cwd(), file));
    expect(importers).toEqual([path.join('app', 'layout.tsx')]);
  });
});
