import 'server-only';

/**
 * A value opened once per server process and shared by every route module: Next may load a route's module
 * more than once, and instrumentation.ts is bundled apart, so the value lives on globalThis under `key`.
 * Opened on first use; should opening fail, the next caller tries again.
 */
export function processSingleton<T>(key: symbol, open: () => Promise<T>): Promise<T> {
  const holder = globalThis as typeof globalThis & Record<symbol, Promise<T> | undefined>;
  const existing = holder[key];
  if (existing) return existing;
  const opening = open().catch((error: unknown) => {
    delete holder[key];
    throw error;
  });
  holder[key] = opening;
  return opening;
}
