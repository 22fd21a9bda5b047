import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { PreparedArticle } from '../article-input';
import { GenerationPool } from './pool';
import type { JobStage } from './protocol';

// The real worker entry, in TypeScript, loaded through tsx (the production build bundles it instead).
const WORKER_ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const realWorker = () =>
  new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(WORKER_ENTRY)});`, {
    eval: true,
  });

// A worker that never answers: what a job stuck in the engine looks like from outside.
const silentWorker = () => new Worker('setInterval(() => {}, 1000);', { eval: true });
const crashingWorker = () =>
  new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", {
    eval: true,
  });

const pools: GenerationPool[] = [];
const poolOf = (options: ConstructorParameters<typeof GenerationPool>[0]) => {
  const pool = new GenerationPool(options);
  pools.push(pool);
  return pool;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const ARTICLE = readFileSync('content/articles/korea-foreign-relations.md', 'utf8');

describe('GenerationPool', () => {
  it('prepares and generates in a worker thread, reporting each stage', async () => {
    const pool = poolOf({ spawn: realWorker });
    const stages: JobStage[] = [];
    const prepared = await pool.prepare(
      { kind: 'text', text: ARTICLE, fileName: 'korea.md' },
      'ws-aaaaaaaaaaaaaaaaaaaa',
      (stage) => stages.push(stage),
    );
    expect(prepared.ok).toBe(true);
    const { input } = (prepared as { ok: true; value: PreparedArticle }).value;
    expect(input.slug).toBe('ws-aaaaaaaaaaaaaaaaaaaa');
    expect(input.title).toBe('Korea - Foreign Relations');
    const generated = await pool.generate(input, (stage) => stages.push(stage));
    expect(generated.ok).toBe(true);
    const quiz = (generated as { ok: true; value: Quiz }).value;
    expect(quiz.article.slug).toBe('ws-aaaaaaaaaaaaaaaaaaaa');
    expect(quiz.questions.length).toBeGreaterThan(10);
    expect(stages).toEqual(['reading', 'questions']);
  }, 120_000);

  it('answers a source that cannot be an article with the reason, as a refusal', async () => {
    const pool = poolOf({ spawn: realWorker });
    expect(await pool.prepare({ kind: 'text', text: '   ' }, 'ws-x')).toEqual({
      ok: false,
      refused: true,
      message: 'The text is empty.',
    });
    expect(
      await pool.prepare(
        { kind: 'html', html: '<html><body><a href="/">Home</a></body></html>' },
        'ws-x',
      ),
    ).toMatchObject({
      ok: false,
      refused: true,
      message: expect.stringMatching(/^No article was found/),
    });
  }, 60_000);

  it('stops a job that outlives its time and runs the next one on a fresh thread', async () => {
    let spawned = 0;
    const pool = poolOf({
      spawn: () => (spawned++ === 0 ? silentWorker() : realWorker()),
      generateTimeoutMs: 300,
    });
    const [stuck, next] = await Promise.all([
      pool.generate({ slug: 'x', title: 'X', passages: [], wordCount: 0 }),
      pool.prepare({ kind: 'text', text: '' }, 'ws-y'),
    ]);
    expect(stuck).toEqual({
      ok: false,
      refused: false,
      message: 'generation took longer than 0 seconds and was stopped',
    });
    expect(next).toMatchObject({ ok: false, refused: true, message: 'The text is empty.' });
    expect(spawned).toBe(2);
  }, 60_000);

  it('reports a thread that dies mid-job, and refuses new jobs once closed', async () => {
    const pool = poolOf({ spawn: crashingWorker });
    expect(await pool.prepare({ kind: 'text', text: 'x' }, 'ws-x')).toEqual({
      ok: false,
      refused: false,
      message: 'the generator stopped unexpectedly (exit code 3)',
    });
    await pool.close();
    expect(await pool.prepare({ kind: 'text', text: 'x' }, 'ws-x')).toMatchObject({
      ok: false,
      message: 'the server is shutting down',
    });
  }, 30_000);
});
