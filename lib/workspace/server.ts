import 'server-only';

import { classroomEnv } from '@/lib/classroom/env';
import { classroomServer } from '@/lib/classroom/server';
import { processSingleton } from '@/lib/server/process-singleton';
import { GenerationPool } from './generation/pool';
import { spawnGenerationWorker } from './generation/spawn';
import { Workspace } from './service';

/**
 * The process's workspace service over the classroom server's store, opened on first use: one service (and
 * one generation thread) per process, shared by every route module.
 */
export function workspaceServer(): Promise<Workspace> {
  return processSingleton(Symbol.for('cited.workspace.server'), open);
}

async function open(): Promise<Workspace> {
  const { store } = await classroomServer();
  // Two threads: reading a new article (a teacher waits on the request) never queues behind a long
  // generation, and generations take turns on the other.
  const readers = new GenerationPool({ spawn: spawnGenerationWorker });
  const writers = new GenerationPool({ spawn: spawnGenerationWorker });
  const workspace = new Workspace({
    store,
    pool: {
      prepare: (source, articleId) => readers.prepare(source, articleId),
      generate: (input, onStage) => writers.generate(input, onStage),
      get waiting() {
        return writers.waiting;
      },
    },
    fetchPolicy: { allowPrivate: classroomEnv().CITED_ALLOW_PRIVATE_URLS },
  });
  // Generations an instance left unfinished (a restart mid-job) are taken up again once their lease
  // is over: now, and every minute.
  const sweep = () =>
    workspace.sweep().catch((error: unknown) => console.error('[workspace] sweep failed:', error));
  void sweep();
  setInterval(() => void sweep(), 60_000).unref();
  return workspace;
}
