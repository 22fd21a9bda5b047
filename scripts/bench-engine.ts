/**
 * npm run bench:engine — time and memory of quizFromArticle on the seed and each corpus article, beside
 * a baseline measured in the same run: segmentArticle plus one plain compromise parse (nlp(text).json())
 * of the same text, i.e. the least any compromise-based engine must spend. Prints figures; asserts nothing.
 *
 * Each (article, method) runs in its own child process so that peak RSS and heap belong to it alone.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plainParse } from '@/lib/quiz-engine/nlp';
import matter from 'gray-matter';
import { articleInputFromSource } from '@/lib/article-source';
import { quizFromArticle } from '@/lib/quiz-engine';
import { segmentArticle } from '@/lib/text/article';

const RUNS = 5;
const SLOW_ARTICLE = 'United_Kingdom';
const SLOW_LIMIT_MS = 2000;

type Method = 'engine' | 'baseline';

interface Measurement {
  words: number;
  runsMs: number[];
  questions: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Child: one warm-up, then RUNS timed runs of one method on one file. */
function measure(file: string, method: Method): Measurement {
  const source = readFileSync(file, 'utf8');
  const input = articleInputFromSource(source, file);
  const body = /\.md$/i.test(file) ? matter(source, {}).content : source;
  let peakHeap = 0;
  let questions = 0;
  const runOnce = () => {
    if (method === 'engine') {
      questions = quizFromArticle(input).questions.length;
    } else {
      const segmented = segmentArticle(body, { title: input.title });
      const text = segmented.passages.map((passage) => passage.text).join('\n\n');
      plainParse(text);
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  runOnce();
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    runOnce();
    runsMs.push(performance.now() - start);
  }
  return {
    words: input.wordCount,
    runsMs,
    questions,
    // maxRSS is the process's true peak (KiB); heap is sampled after each run, before any later GC.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
  };
}

function inChild(file: string, method: Method): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1] ?? '', ['--child', file, method], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve(message as Measurement));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${path.basename(file)} (${method}) exited with ${code}`));
    });
  });
}

function articles(): string[] {
  const files = [path.join(process.cwd(), 'content/articles/korea-foreign-relations.md')];
  const corpus = path.resolve(process.cwd(), '../shared/corpus');
  if (existsSync(corpus)) {
    files.push(
      ...readdirSync(corpus)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => path.join(corpus, name)),
    );
  } else {
    console.log(`note: ${corpus} is absent; benchmarking the seed article only`);
  }
  return files;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

async function main(): Promise<void> {
  const files = articles();
  const header = `${'article'.padEnd(26)}${pad('words', 7)}${pad('questions', 10)} | ${pad('engine ms', 10)}${pad('words/s', 9)}${pad('RSS MB', 8)}${pad('heap MB', 8)} | ${pad('base ms', 8)}${pad('words/s', 9)}${pad('RSS MB', 8)}${pad('heap MB', 8)} | ${pad('× base', 7)}`;
  // On a shared machine absolute times move with the load; the ratio to the baseline moves less.
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `quizFromArticle vs baseline (segmentArticle + nlp(text).json()); median of ${RUNS} runs after a warm-up; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load ${load}`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  const slow: string[] = [];
  for (const file of files) {
    const name = path.basename(file).replace(/\.(md|txt)$/, '');
    const engine = await inChild(file, 'engine');
    const base = await inChild(file, 'baseline');
    const engineMs = median(engine.runsMs);
    const baseMs = median(base.runsMs);
    const rate = (ms: number) => Math.round(engine.words / (ms / 1000)).toLocaleString('en');
    console.log(
      `${name.padEnd(26)}${pad(engine.words, 7)}${pad(engine.questions, 10)} | ${pad(engineMs.toFixed(1), 10)}${pad(rate(engineMs), 9)}${pad(engine.peakRssMb.toFixed(0), 8)}${pad(engine.peakHeapMb.toFixed(0), 8)} | ${pad(baseMs.toFixed(1), 8)}${pad(rate(baseMs), 9)}${pad(base.peakRssMb.toFixed(0), 8)}${pad(base.peakHeapMb.toFixed(0), 8)} | ${pad((engineMs / baseMs).toFixed(1), 7)}`,
    );
    if (name === SLOW_ARTICLE) {
      slow.push(
        engineMs > SLOW_LIMIT_MS
          ? `SLOW: ${name} takes ${engineMs.toFixed(0)} ms, over the ${SLOW_LIMIT_MS} ms target`
          : `ok: ${name} takes ${engineMs.toFixed(0)} ms, under the ${SLOW_LIMIT_MS} ms target`,
      );
    }
  }
  for (const line of slow) console.log(line);
}

if (process.argv[2] === '--child') {
  const [, , , file = '', method = 'engine'] = process.argv;
  process.send?.(measure(file, method as Method), () => process.exit(0));
} else {
  main().catch((error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
