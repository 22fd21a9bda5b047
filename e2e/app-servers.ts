import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

// Next itself rather than npx, so the process a spec waits for is the server (it renames itself next-server).
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * `next start` processes a spec owns (beside Playwright's own webServer): several instances on one
 * database, or a server that is expected to refuse to start. Each runs in its own process group, so a kill
 * reaches Next's worker processes too, and only ever by that group's id.
 */
export interface AppServer {
  base: string;
  /** Resolves with the exit status once the process has ended. */
  exited: Promise<number | null>;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL: the instance dies at once, as a crashed machine would. */
  kill(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** `as`: another user to run it as (a test running as root needs one for which permissions count). */
export async function startApp(
  env: Record<string, string>,
  as: { uid?: number; gid?: number } = {},
): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      ...as,
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    exited,
    stderr: () => stderr,
    kill() {
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** Waits until the instance answers /api/health with 200, or fails with what it printed. */
export async function untilHealthy(server: AppServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => {
    ended = true;
  });
  while (Date.now() < deadline) {
    if (ended) throw new Error(`the server exited while starting: ${server.stderr()}`);
    const ok = await fetch(`${server.base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${server.base} did not become healthy: ${server.stderr()}`);
}

/** Waits until nothing answers on the instance's port any more. */
export async function untilDown(server: AppServer, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = await fetch(`${server.base}/api/health`).then(
      () => true,
      () => false,
    );
    if (!up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${server.base} is still up`);
}
