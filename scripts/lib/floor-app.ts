import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the empty baseline app is built: inside the project (gitignored) so it resolves the same node_modules. */
export const FLOOR_DIR = path.resolve('.bench-floor');
export const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

export function nextBuild(cwd: string): void {
  execFileSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * Builds an empty Next.js app (one empty page, the same Next version) in FLOOR_DIR: the framework's own
 * floor, measured in the same run as the app so both share one machine state. Turbopack will not follow
 * a symlink out of its root, hence a folder inside the project with turbopack.root set to it.
 */
export function buildFloorApp(): string {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_DIR, 'app'), { recursive: true });
  writeFileSync(path.join(FLOOR_DIR, 'package.json'), '{ "private": true }\n');
  writeFileSync(
    path.join(FLOOR_DIR, 'next.config.js'),
    `module.exports = { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  writeFileSync(
    path.join(FLOOR_DIR, 'app/layout.tsx'),
    'export const metadata = { title: "Floor" };\n' +
      'export default function RootLayout({ children }: { children: React.ReactNode }) {\n' +
      '  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(
    path.join(FLOOR_DIR, 'app/page.tsx'),
    'export default function Page() {\n  return <main><h1>Empty</h1></main>;\n}\n',
  );
  nextBuild(FLOOR_DIR);
  return FLOOR_DIR;
}

export function removeFloorApp(): void {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
