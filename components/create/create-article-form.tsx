'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  ArticleDetailsFields,
  NO_DETAILS,
  givenDetails,
  type ArticleDetails,
} from '@/components/article/article-details-fields';
import { FileField } from '@/components/ui/file-field';
import { ERROR, FIELD, HINT, LABEL } from '@/components/ui/styles';
import type { GenerateRequest, GenerateResponse } from '@/lib/my-articles/generate-protocol';
import { myArticleId } from '@/lib/my-articles/id';
import { isSavedInBrowser, useMyArticlesStoreApi } from '@/store/my-articles-store';

type Status =
  | { kind: 'idle' }
  | { kind: 'generating' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; field: 'text' | 'file'; message: string }
  | { kind: 'unsaved'; id: string; questions: number };

interface ChosenFile {
  name: string;
  text: string;
}

function capitalised(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + '.';
}

/**
 * Paste an article or choose a file; the quiz is generated in a worker in this browser, saved here and
 * opened. Nothing is uploaded. What was typed stays in the fields whatever goes wrong.
 */
export function CreateArticleForm() {
  const id = useId();
  const router = useRouter();
  const store = useMyArticlesStoreApi();
  const [details, setDetails] = useState<ArticleDetails>(NO_DETAILS);
  const [text, setText] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const worker = useRef<Worker | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  // Leaving the page mid-generation must not leave the engine running.
  useEffect(() => () => worker.current?.terminate(), []);

  const stopWorker = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const fail = (field: 'text' | 'file', message: string) => {
    setStatus({ kind: 'failed', field, message: capitalised(message) });
    setAnnouncement(`Could not generate a quiz. ${capitalised(message)}`);
    (field === 'file' ? fileInput : textArea).current?.focus();
  };

  const onFile = async (chosen: File | undefined) => {
    if (status.kind === 'failed' && status.field === 'file') setStatus({ kind: 'idle' });
    if (!chosen) {
      setFile(null);
      return;
    }
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  const clearFile = () => {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    if (status.kind === 'failed' && status.field === 'file') setStatus({ kind: 'idle' });
    textArea.current?.focus();
  };

  const onReceive = async (request: GenerateRequest, response: GenerateResponse) => {
    stopWorker();
    if (!response.ok) {
      fail(request.source, response.message);
      return;
    }
    // The worker's output crosses a trust boundary like any stored value: validate before keeping it.
    const { myArticleSchema } = await import('@/lib/my-articles/schema');
    const parsed = myArticleSchema.safeParse({
      id: request.id,
      title: response.quiz.article.title,
      ...(response.quiz.article.publisher ? { publisher: response.quiz.article.publisher } : {}),
      ...(response.quiz.article.date ? { date: response.quiz.article.date } : {}),
      createdAt: new Date().toISOString(),
      quiz: response.quiz,
    });
    if (!parsed.success) {
      fail(request.source, 'the generated quiz did not pass its checks, so it was not kept');
      return;
    }
    store.getState().save(parsed.data);
    // What the learner will be asked: the default quiz, not the whole ranked bank.
    const questions = parsed.data.quiz.defaultCount;
    const seconds = (response.ms / 1000).toFixed(1);
    if (!isSavedInBrowser(request.id)) {
      setStatus({ kind: 'unsaved', id: request.id, questions });
      setAnnouncement(
        `${questions} questions ready in ${seconds} seconds, but the article could not be saved in this browser.`,
      );
      return;
    }
    setAnnouncement(`${questions} questions ready in ${seconds} seconds. Opening the quiz.`);
    router.push(`/mine/${request.id}/quiz`);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === 'generating') return;
    const source = file ? 'file' : 'text';
    const body = file ? file.text : text;
    if (body.trim().length === 0) {
      fail(
        source,
        file ? 'the file is empty' : 'the text box is empty: paste the article’s text first',
      );
      return;
    }
    const request: GenerateRequest = {
      id: myArticleId(body),
      text: body,
      fileName: file ? file.name : 'pasted-article.txt',
      source,
      ...givenDetails(details),
    };
    stopWorker();
    const next = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    next.onmessage = (message: MessageEvent<GenerateResponse>) => {
      if (worker.current === next) void onReceive(request, message.data);
    };
    next.onerror = (error) => {
      if (worker.current !== next) return;
      stopWorker();
      error.preventDefault();
      fail(source, 'the quiz generator could not start in this browser');
    };
    next.postMessage(request);
    setStatus({ kind: 'generating' });
    setAnnouncement('Generating the quiz in your browser. Long articles can take a while.');
  };

  const cancel = () => {
    stopWorker();
    setStatus({ kind: 'cancelled' });
    setAnnouncement('Cancelled. Nothing was saved.');
  };

  const textError = status.kind === 'failed' && status.field === 'text' ? status.message : null;
  const fileError = status.kind === 'failed' && status.field === 'file' ? status.message : null;
  const generating = status.kind === 'generating';
  const words = file ? file.text.split(/\s+/).filter(Boolean).length : 0;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <ArticleDetailsFields id={id} details={details} onChange={setDetails} hints />

      <div>
        <label htmlFor={`${id}-text`} className={LABEL}>
          Article text
        </label>
        <textarea
          id={`${id}-text`}
          ref={textArea}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (textError) setStatus({ kind: 'idle' });
          }}
          rows={12}
          disabled={Boolean(file)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id}-text-hint${textError ? ` ${id}-text-error` : ''}`}
          className={`${FIELD} font-serif leading-relaxed disabled:opacity-60`}
        />
        <p id={`${id}-text-hint`} className={HINT}>
          {file
            ? 'A file is chosen below, so the quiz is made from the file. Your text here is kept.'
            : 'Paste the whole article: paragraphs separated by blank lines. Lists (“* ”, “1.”), headings (“## ”) and quotes (“> ”) are kept. English only.'}
        </p>
        {textError ? (
          <p id={`${id}-text-error`} className={ERROR}>
            {textError}
          </p>
        ) : null}
      </div>

      <FileField
        id={`${id}-file`}
        label={
          <>
            Or choose a file <span className="font-normal text-muted">(.txt or .md)</span>
          </>
        }
        accept=".txt,.md,.markdown,text/plain,text/markdown"
        inputRef={fileInput}
        onChoose={(chosen) => void onFile(chosen)}
        invalid={Boolean(fileError)}
        describedBy={fileError ? `${id}-file-error` : undefined}
        hint={
          file
            ? `Chosen: ${file.name} (${words.toLocaleString('en')} words). It is read here and never uploaded.`
            : 'The file is read in this browser and never uploaded.'
        }
      >
        {file ? (
          <button
            type="button"
            onClick={clearFile}
            className="mt-1 min-h-11 text-accent underline underline-offset-4"
          >
            Use the text box instead
          </button>
        ) : null}
        {fileError ? (
          <p id={`${id}-file-error`} className={ERROR}>
            {fileError}
          </p>
        ) : null}
      </FileField>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={generating}
          className="min-h-11 rounded-md bg-accent px-5 font-semibold text-accent-fg disabled:opacity-60"
        >
          Generate quiz
        </button>
        {generating ? (
          <button
            type="button"
            onClick={cancel}
            className="min-h-11 rounded-md border border-border px-5 font-semibold"
          >
            Cancel
          </button>
        ) : null}
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className="min-h-6">
        {generating ? (
          <p>Generating the quiz in your browser… Long articles can take a while.</p>
        ) : status.kind === 'cancelled' ? (
          <p>Cancelled. Nothing was saved.</p>
        ) : status.kind === 'unsaved' ? (
          <div className="rounded-lg border-2 border-bad bg-bad-soft p-4">
            <p className="font-semibold">
              {status.questions} questions are ready, but this article could not be saved in this
              browser (its storage is full or blocked). You can still take the quiz in this tab.
            </p>
            <Link
              href={`/mine/${status.id}/quiz`}
              className="mt-3 inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
            >
              Take the quiz
            </Link>
          </div>
        ) : (
          <p className="sr-only">{announcement}</p>
        )}
      </div>
    </form>
  );
}
