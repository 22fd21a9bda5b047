import type * as Migrations from './migrations';

/**
 * The migrations validate with zod, which would add ~10 kB gzip to every page's first load. Nothing needs
 * them before the stores rehydrate, and rehydration is explicit (skipHydration) and happens after mount,
 * so the providers load them first and the stores' migrate/merge call them through `migrations()`.
 */
let loaded: typeof Migrations | null = null;

export async function loadMigrations(): Promise<typeof Migrations> {
  loaded ??= await import('./migrations');
  return loaded;
}

export function migrations(): typeof Migrations {
  if (!loaded) throw new Error('loadMigrations() must finish before a store rehydrates.');
  return loaded;
}
