import type { Worker } from 'node:worker_threads';
import type { ArticleInput } from '@/lib/quiz-engine';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { ArticleSource, PreparedArticle } from '../article-input';
import type { JobMessage, JobOutcome, JobRequest, JobStage } from './protocol';

type JobBody =
  | { kind: 'prepare'; source: ArticleSource; articleId: string }
  | { kind: 'generate'; input: ArticleInput };

interface Pending {
  request: JobRequest;
  timeoutMs: number;
  onStage: (stage: JobStage) => void;
  settle: (outcome: JobOutcome<unknown>) => void;
}

export interface PoolOptions {
  /** Makes a new worker thread (tests load the TypeScript entry through tsx). */
  spawn: () => Worker;
  /** A job still running after this is stopped: its thread is ended and a new one started. */
  prepareTimeoutMs?: number;
  generateTimeoutMs?: number;
}

/** What the workspace asks of its generation thread (a fake runs the same jobs in-thread in tests). */
export interface ArticleJobs {
  prepare(source: ArticleSource, articleId: string): Promise<JobOutcome<PreparedArticle>>;
  generate(input: ArticleInput, onStage?: (stage: JobStage) => void): Promise<JobOutcome<Quiz>>;
  /** Jobs waiting before a new one would start. */
  readonly waiting: number;
}

/**
 * One worker thread that parses articles and generates quizzes, one job at a time in arrival order (the
 * machine's other core keeps serving requests). A job that crashes or outlives its time ends its thread;
 * the next job gets a fresh one. Every job settles with an outcome, never a rejection.
 */
export class GenerationPool implements ArticleJobs {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private running: Pending | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  prepare(
    source: ArticleSource,
    articleId: string,
    onStage: (stage: JobStage) => void = () => {},
  ): Promise<JobOutcome<PreparedArticle>> {
    return this.run(
      { kind: 'prepare', source, articleId },
      this.options.prepareTimeoutMs ?? 30_000,
      onStage,
    ) as Promise<JobOutcome<PreparedArticle>>;
  }

  generate(
    input: ArticleInput,
    onStage: (stage: JobStage) => void = () => {},
  ): Promise<JobOutcome<Quiz>> {
    return this.run(
      { kind: 'generate', input },
      this.options.generateTimeoutMs ?? 180_000,
      onStage,
    ) as Promise<JobOutcome<Quiz>>;
  }

  /** Jobs waiting before a new one would start (the running one included). */
  get waiting(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.settle({ ok: false, refused: false, message: 'the server is shutting down' });
    }
    this.finish({ ok: false, refused: false, message: 'the server is shutting down' });
    await this.stopWorker();
  }

  private run(body: JobBody, timeoutMs: number, onStage: (stage: JobStage) => void) {
    return new Promise<JobOutcome<unknown>>((resolve) => {
      if (this.closed) {
        resolve({ ok: false, refused: false, message: 'the server is shutting down' });
        return;
      }
      this.queue.push({
        request: { ...body, id: this.nextId++ } as JobRequest,
        timeoutMs,
        onStage,
        settle: resolve,
      });
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    const worker = this.ensureWorker();
    this.timer = setTimeout(() => {
      this.finish({
        ok: false,
        refused: false,
        message: `generation took longer than ${Math.round(next.timeoutMs / 1000)} seconds and was stopped`,
      });
      void this.stopWorker();
      this.startNext();
    }, next.timeoutMs);
    this.timer.unref?.();
    worker.postMessage(next.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.spawn();
    worker.unref();
    worker.on('message', (message: JobMessage) => {
      const running = this.running;
      if (!running || message.id !== running.request.id) return;
      if (message.type === 'progress') {
        running.onStage(message.stage);
        return;
      }
      this.finish(message.outcome);
      this.startNext();
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.finish({ ok: false, refused: false, message: reason });
      this.startNext();
    };
    worker.on('error', (error) => lost(`the generator failed (${error.message})`));
    worker.on('exit', (code) => lost(`the generator stopped unexpectedly (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(outcome: JobOutcome<unknown>): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const running = this.running;
    this.running = null;
    running?.settle(outcome);
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
