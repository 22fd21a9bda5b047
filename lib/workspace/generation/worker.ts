import { parentPort } from 'node:worker_threads';
import { ArticleRefusal, generateArticleQuiz, prepareArticle } from '../article-input';
import type { JobMessage, JobOutcome, JobRequest } from './protocol';

/**
 * The generation worker thread: parses articles and runs the quiz engine off the server's request
 * thread, one job at a time, answering each with its outcome (never throwing past a job).
 */
const port = parentPort;
if (!port) throw new Error('the generation worker runs as a worker thread');

port.on('message', (job: JobRequest) => {
  const send = (message: JobMessage) => port.postMessage(message);
  let outcome: JobOutcome<unknown>;
  try {
    if (job.kind === 'prepare') {
      send({ id: job.id, type: 'progress', stage: 'reading' });
      outcome = { ok: true, value: prepareArticle(job.source, job.articleId) };
    } else {
      send({ id: job.id, type: 'progress', stage: 'questions' });
      outcome = { ok: true, value: generateArticleQuiz(job.input) };
    }
  } catch (error) {
    outcome =
      error instanceof ArticleRefusal
        ? { ok: false, refused: true, message: error.message }
        : { ok: false, refused: false, message: (error as Error).message || String(error) };
  }
  send({ id: job.id, type: 'done', outcome } as JobMessage);
});
