'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { BUTTON, ERROR, FIELD, HINT, LABEL } from '@/components/ui/styles';
import {
  ArticleDetailsFields,
  NO_DETAILS,
  givenDetails,
  type ArticleDetails,
} from '@/components/article/article-details-fields';
import { FileField } from '@/components/ui/file-field';
import { CopyLink } from './copy-link';

type Source = 'text' | 'file' | 'url';

interface Added {
  teachUrl: string;
  workspaceUrl?: string;
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const looksLikeHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html[\s>]|<body[\s>]|<article[\s>])/i.test(text);

/** What to send for a chosen file: HTML is read as a web page, anything else as text. */
async function fileBody(file: File): Promise<Record<string, string>> {
  if (file.size > MAX_FILE_BYTES) throw new Error('The file is larger than 5 MB.');
  const text = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html'
    ? { html: text, fileName: file.name }
    : { text, fileName: file.name };
}

/**
 * Bring an article into the workspace: paste it, choose a file, or give its web address (the server
 * fetches the page and finds its article). The server answers once it has understood the article, or
 * refuses in one sentence; what was typed stays in the fields either way.
 */
export function AddArticleForm() {
  const id = useId();
  const router = useRouter();
  const [source, setSource] = useState<Source>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [details, setDetails] = useState<ArticleDetails>(NO_DETAILS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const textField = useRef<HTMLTextAreaElement>(null);
  const fileField = useRef<HTMLInputElement>(null);
  const urlField = useRef<HTMLInputElement>(null);

  const fail = (message: string) => {
    setError(message);
    setBusy(false);
    (source === 'text' ? textField : source === 'file' ? fileField : urlField).current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    let body: Record<string, string>;
    try {
      if (source === 'url') {
        if (!url.trim()) return fail('Enter the web address of the article.');
        body = { url: url.trim() };
      } else if (source === 'file') {
        if (!file) return fail('Choose a .txt, .md or .html file first.');
        body = await fileBody(file);
      } else {
        if (!text.trim()) return fail('The text box is empty: paste the article’s text first.');
        // A page's source pasted whole is read as a web page: its article found, its markup dropped.
        body = looksLikeHtml(text) ? { html: text } : { text };
      }
    } catch (caught) {
      return fail((caught as Error).message);
    }
    if (source !== 'url') {
      const { date, ...named } = givenDetails(details);
      Object.assign(body, named, date ? { statedDate: date } : {});
    }
    setBusy(true);
    try {
      const response = await fetch('/api/articles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const data = (await response.json().catch(() => ({}))) as Partial<Added> & { error?: string };
      if (!response.ok || !data.teachUrl) {
        return fail(data.error ?? 'The article could not be added. Try again.');
      }
      if (data.workspaceUrl) {
        setAdded({ teachUrl: data.teachUrl, workspaceUrl: data.workspaceUrl });
        setBusy(false);
        return;
      }
      router.push(data.teachUrl);
    } catch {
      fail('The server could not be reached. Check the connection and try again.');
    }
  };

  if (added?.workspaceUrl) {
    return (
      <section aria-labelledby={`${id}-ready`} className="rounded-lg border-2 border-accent p-5">
        <h2
          id={`${id}-ready`}
          className="text-2xl font-semibold"
          tabIndex={-1}
          ref={(h) => h?.focus()}
        >
          Your workspace is ready
        </h2>
        <p className="mt-2 text-lg">
          The article is in your new workspace and its quiz is being written. This browser keeps the
          workspace open. To open it on another device (your school computer, your phone), use this
          private link.
        </p>
        <div className="mt-4">
          <CopyLink
            label="Private workspace link"
            url={added.workspaceUrl}
            hint="Keep it somewhere safe and do not share it: anyone with it can change your articles. It is shown only this once; you can make a new one from your workspace."
          />
        </div>
        <p className="mt-4">
          <Link href={added.teachUrl} className={BUTTON.primary}>
            Continue to the article
          </Link>
        </p>
      </section>
    );
  }

  const option =
    'flex min-h-11 cursor-pointer items-center gap-3 rounded-md border-2 border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft';
  const errorId = `${id}-error`;
  const invalid = (which: Source) =>
    error && source === which ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="grid gap-6">
      <fieldset className="grid gap-2 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Where is the article?</legend>
        {(
          [
            ['text', 'Paste it'],
            ['file', 'From a file'],
            ['url', 'From a web address'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className={option}>
            <input
              type="radio"
              name={`${id}-source`}
              value={value}
              checked={source === value}
              onChange={() => {
                setSource(value);
                setError(null);
              }}
              className="size-5"
            />
            {label}
          </label>
        ))}
      </fieldset>

      {source === 'text' ? (
        <div>
          <label htmlFor={`${id}-text`} className={LABEL}>
            The article’s text
          </label>
          <textarea
            id={`${id}-text`}
            ref={textField}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={12}
            className={`${FIELD} font-serif leading-relaxed`}
            {...invalid('text')}
          />
          <p className={HINT}>
            The whole article, paragraphs separated by blank lines; lists (“* ”, “1.”), headings
            (“## ”) and quotes (“{'>'} ”) are kept. English only. Markdown with a front matter block
            (title, publisher, date) is read too.
          </p>
        </div>
      ) : source === 'file' ? (
        <FileField
          id={`${id}-file`}
          label={
            <>
              The file{' '}
              <span className="font-normal text-muted">(.txt, .md or .html, up to 5 MB)</span>
            </>
          }
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          inputRef={fileField}
          onChoose={(chosen) => setFile(chosen ?? null)}
          invalid={Boolean(error && source === 'file')}
          describedBy={error && source === 'file' ? errorId : undefined}
          hint={
            file
              ? `Chosen: ${file.name}.`
              : 'A saved web page (.html) is read like a web address: its article is found and the rest of the page left out.'
          }
        />
      ) : (
        <div>
          <label htmlFor={`${id}-url`} className={LABEL}>
            Page address
          </label>
          <input
            id={`${id}-url`}
            ref={urlField}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            className={FIELD}
            {...invalid('url')}
          />
          <p className={HINT}>
            Cited fetches the page and keeps only its article (as Firefox’s Reader View does), with
            its title, site and date when the page states them.
          </p>
        </div>
      )}

      {source !== 'url' ? (
        <ArticleDetailsFields id={id} details={details} onChange={setDetails} />
      ) : null}

      {error ? (
        <p id={errorId} role="alert" className={ERROR}>
          {error}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className={BUTTON.primary}>
          {busy ? 'Adding…' : 'Add the article'}
        </button>
        <p role="status" aria-live="polite" className="text-base">
          {busy
            ? source === 'url'
              ? 'Fetching the page and finding its article…'
              : 'Reading the article…'
            : ''}
        </p>
      </div>
    </form>
  );
}
