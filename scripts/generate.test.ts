import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI's contract with a teacher: bad input → exit code 1 and exactly one line saying why.
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args], {
      cwd: process.cwd(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'cited-generate-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}
mkdirSync(path.join(dir, 'folder.txt'));

describe('npm run generate refuses bad input in one line', () => {
  it.each<[string, string[], RegExp]>([
    [
      'a missing file',
      [path.join(dir, 'missing.txt')],
      /cannot read .*missing\.txt: no such file$/,
    ],
    ['a directory', [path.join(dir, 'folder.txt')], /folder\.txt: is a directory, not a file$/],
    ['an empty file', [file('empty.txt', '  \n')], /empty\.txt: the file is empty$/],
    [
      'a binary file',
      [file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))],
      /binary/,
    ],
    [
      'French text',
      [
        file(
          'fr.txt',
          "Titre\n\nLe parti a appelé à une diplomatie équilibrée à l'égard des États-Unis et de la Chine.\n",
        ),
      ],
      /does not look like English/,
    ],
    ['an oversized file', [file('big.txt', `Title\n\n${'word '.repeat(250_000)}`)], /too large/],
    [
      'a bad --seed',
      [file('ok.txt', 'Title\n\nThe party called for a vote.'), '--seed', 'abc'],
      /--seed must be an integer$/,
    ],
    ['an unknown option', ['--frobnicate'], /unknown option --frobnicate$/],
  ])('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
  });
}, 60_000);
