import 'server-only';

import { Worker } from 'node:worker_threads';

/**
 * The generation worker thread as the production build runs it: Next bundles the entry named by
 * `new URL(…, import.meta.url)` (with the engine and Readability) as a chunk of its own.
 */
export function spawnGenerationWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    name: 'cited-generation',
    // The engine's working set for a long article, with room; past it the thread dies, not the server.
    resourceLimits: { maxOldGenerationSizeMb: 768 },
  });
}
