'use client';

import { useId, useState } from 'react';
import { FIELD, HINT, LABEL } from '@/components/ui/styles';
import type { Passage } from '@/lib/text/article';

const preview = (text: string, words = 10) => {
  const all = text.split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text;
};

/**
 * Chooses one sentence of the article: its paragraph, then the sentence. The chosen sentence is shown
 * whole, since it is what will prove the answer.
 */
export function SentencePicker({
  passages,
  value,
  onChange,
  label,
}: {
  passages: Passage[];
  value: string | null;
  onChange: (sentenceId: string) => void;
  label: string;
}) {
  const id = useId();
  const paragraphs = passages.filter((passage) => passage.kind === 'paragraph');
  const owner = paragraphs.find((p) => p.sentences.some((s) => s.id === value)) ?? paragraphs[0];
  const [paragraphId, setParagraphId] = useState(owner?.id ?? '');
  const paragraph = paragraphs.find((p) => p.id === paragraphId) ?? paragraphs[0];
  const sentence = paragraph?.sentences.find((s) => s.id === value) ?? null;
  return (
    <fieldset className="grid gap-3 rounded-md border border-border p-3">
      <legend className="px-1 font-semibold">{label}</legend>
      <div>
        <label htmlFor={`${id}-p`} className={LABEL}>
          Paragraph
        </label>
        <select
          id={`${id}-p`}
          value={paragraph?.id ?? ''}
          onChange={(event) => {
            setParagraphId(event.target.value);
            const first = paragraphs.find((p) => p.id === event.target.value)?.sentences[0];
            if (first) onChange(first.id);
          }}
          className={`${FIELD} min-h-11`}
        >
          {paragraphs.map((p) => (
            <option key={p.id} value={p.id}>
              ¶{p.number}: {preview(p.text, 8)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-s`} className={LABEL}>
          Sentence
        </label>
        <select
          id={`${id}-s`}
          value={sentence?.id ?? ''}
          onChange={(event) => onChange(event.target.value)}
          className={`${FIELD} min-h-11`}
        >
          <option value="" disabled>
            Choose a sentence
          </option>
          {paragraph?.sentences.map((s, index) => (
            <option key={s.id} value={s.id}>
              {index + 1}: {preview(s.text)}
            </option>
          ))}
        </select>
      </div>
      <p className={HINT} aria-live="polite">
        {sentence ? (
          <>
            Chosen (¶{paragraph?.number}):{' '}
            <q className="font-serif text-base text-fg">{sentence.text}</q>
          </>
        ) : (
          'No sentence chosen yet.'
        )}
      </p>
    </fieldset>
  );
}
