/**
 * npm run bench:engine — time and memory of quizFromArticle on the seed and each corpus article, beside
 * a baseline measured in the same run: segmentArticle plus one plain compromise parse (nlp(text).json())
 * of the same text, i.e. the least any compromise-based engine must spend. Prints figures; asserts nothing.
 *
 * Each (article, method) runs in its own child process so that peak RSS and heap belong to it alone. The
 * first run in that process is "cold" (the code is loaded but not yet optimised); the rest are warm. The
 * engine's time is split into annotate (the compromise adapter), the other stages, and the forms with
 * ranking; a last table times one article repeated 1×, 2×, 4× and 8× to show the engine stays linear.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotate, plainParse } from '@/lib/quiz-engine/nlp';
import matter from 'gray-matter';
import { articleInputFromSource } from '@/lib/article-source';
import { analyzeArticle, bankFromAnalysis } from '@/lib/quiz-engine';
import { segmentArticle } from '@/lib/text/article';

const RUNS = 5;
const SLOW_ARTICLE = 'United_Kingdom';
const SLOW_LIMIT_MS = 2000;
const LINEAR_ARTICLE = 'Toronto_Star';
const LINEAR_TIMES = [1, 2, 4, 8];
const LINEAR_RUNS = 3;

type Method = 'engine' | 'baseline';

interface Measurement {
  words: number;
  /** The first run in a fresh process. */
  coldMs: number;
  runsMs: number[];
  /** CPU time (user + system) of each warm run: what other processes on a shared machine move least. */
  cpuMs: number[];
  /** Per warm run (engine only): analyzeArticle, and the forms with ranking (bankFromAnalysis). */
  analyzeMs: number[];
  bankMs: number[];
  /** Per warm run (engine only): annotate alone, the compromise adapter's share of analyzeArticle. */
  annotateMs: number[];
  questions: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The article's source with its body written `times` times over (one title), for the linearity table. */
function repeated(source: string, file: string, times: number): string {
  if (times === 1) return source;
  const md = /\.md$/i.test(file);
  const body = md ? matter(source, {}).content : source.slice(source.indexOf('\n') + 1);
  return `${source}${`\n\n${body}`.repeat(times - 1)}`;
}

/** Child: one cold run, then `runs` timed warm runs of one method on one file. */
function measure(file: string, method: Method, times = 1, runs = RUNS): Measurement {
  const source = repeated(readFileSync(file, 'utf8'), file, times);
  const input = articleInputFromSource(source, file);
  const body = /\.md$/i.test(file) ? matter(source, {}).content : source;
  let peakHeap = 0;
  let questions = 0;
  const analyzeMs: number[] = [];
  const bankMs: number[] = [];
  const annotateMs: number[] = [];
  const runOnce = () => {
    if (method === 'engine') {
      const start = performance.now();
      const analysis = analyzeArticle(input);
      const analyzed = performance.now();
      questions = bankFromAnalysis(analysis).questions.length;
      analyzeMs.push(analyzed - start);
      bankMs.push(performance.now() - analyzed);
    } else {
      const segmented = segmentArticle(body, { title: input.title });
      const text = segmented.passages.map((passage) => passage.text).join('\n\n');
      plainParse(text);
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const coldStart = performance.now();
  runOnce();
  const coldMs = performance.now() - coldStart;
  analyzeMs.length = bankMs.length = 0;
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    runOnce();
    runsMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  // After the engine's runs, so that they are timed exactly as quizFromArticle runs.
  if (method === 'engine' && times === 1) {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      annotate(input.passages, input.date ? { date: input.date } : {});
      annotateMs.push(performance.now() - start);
    }
  }
  return {
    words: input.wordCount,
    coldMs,
    runsMs,
    cpuMs,
    analyzeMs,
    bankMs,
    annotateMs,
    questions,
    // maxRSS is the process's true peak (KiB); heap is sampled after each run, before any later GC.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
  };
}

function inChild(file: string, method: Method, times = 1, runs = RUNS): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(
      process.argv[1] ?? '',
      ['--child', file, method, String(times), String(runs)],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
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
  const header = `${'article'.padEnd(26)}${pad('words', 7)}${pad('questions', 10)} | ${pad('engine ms', 10)}${pad('cold ms', 8)}${pad('words/s', 9)}${pad('RSS MB', 8)}${pad('heap MB', 8)} | ${pad('base ms', 8)}${pad('cold ms', 8)}${pad('RSS MB', 8)}${pad('heap MB', 8)} | ${pad('× base', 7)}${pad('cold ×', 7)}${pad('CPU ×', 7)} | ${pad('annotate', 9)}${pad('stages', 7)}${pad('forms', 7)}`;
  // On a shared machine absolute times move with the load; the ratio to the baseline moves less.
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `quizFromArticle vs baseline (segmentArticle + nlp(text).json()); median of ${RUNS} warm runs after a cold one; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load ${load}`,
  );
  console.log(
    "CPU ×: the same ratio in CPU time (user + system), which the machine's other load moves least",
  );
  console.log(
    'annotate: the compromise adapter; stages: the rest of analyzeArticle; forms: the question forms and ranking (ms, warm medians)',
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
    const annotateMs = median(engine.annotateMs);
    const rate = (ms: number) => Math.round(engine.words / (ms / 1000)).toLocaleString('en');
    console.log(
      `${name.padEnd(26)}${pad(engine.words, 7)}${pad(engine.questions, 10)} | ${pad(engineMs.toFixed(1), 10)}${pad(engine.coldMs.toFixed(0), 8)}${pad(rate(engineMs), 9)}${pad(engine.peakRssMb.toFixed(0), 8)}${pad(engine.peakHeapMb.toFixed(0), 8)} | ${pad(baseMs.toFixed(1), 8)}${pad(base.coldMs.toFixed(0), 8)}${pad(base.peakRssMb.toFixed(0), 8)}${pad(base.peakHeapMb.toFixed(0), 8)} | ${pad((engineMs / baseMs).toFixed(1), 7)}${pad((engine.coldMs / base.coldMs).toFixed(1), 7)}${pad((median(engine.cpuMs) / median(base.cpuMs)).toFixed(1), 7)} | ${pad(annotateMs.toFixed(0), 9)}${pad((median(engine.analyzeMs) - annotateMs).toFixed(0), 7)}${pad(median(engine.bankMs).toFixed(0), 7)}`,
    );
    if (name === SLOW_ARTICLE) {
      const worst = Math.max(engineMs, engine.coldMs);
      slow.push(
        `${worst > SLOW_LIMIT_MS ? 'SLOW' : 'ok'}: ${name} takes ${engineMs.toFixed(0)} ms warm (${median(engine.cpuMs).toFixed(0)} ms CPU), ` +
          `${engine.coldMs.toFixed(0)} ms cold; the target is under ${SLOW_LIMIT_MS} ms`,
      );
    }
  }
  for (const line of slow) console.log(line);
  const linear = files.find((file) => path.basename(file).startsWith(`${LINEAR_ARTICLE}.`));
  if (!linear) return;
  console.log(
    `\nlinearity: ${LINEAR_ARTICLE} written 1×, 2×, 4×, 8× over; median of ${LINEAR_RUNS} warm runs (ms per 1,000 words stays flat when linear)`,
  );
  for (const times of LINEAR_TIMES) {
    const m = await inChild(linear, 'engine', times, LINEAR_RUNS);
    const ms = median(m.runsMs);
    console.log(
      `${`${times}×`.padStart(4)}${pad(m.words, 8)} words${pad(ms.toFixed(0), 8)} ms${pad(((ms / m.words) * 1000).toFixed(0), 6)} ms/1,000 words${pad(((median(m.cpuMs) / m.words) * 1000).toFixed(0), 6)} CPU ms/1,000 words`,
    );
  }
}

if (process.argv[2] === '--child') {
  const [, , , file = '', method = 'engine', times = '1', runs = String(RUNS)] = process.argv;
  process.send?.(measure(file, method as Method, Number(times), Number(runs)), () =>
    process.exit(0),
  );
} else {
  main().catch((error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
