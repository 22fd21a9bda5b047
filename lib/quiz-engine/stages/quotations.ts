import type { Passage } from '@/lib/text/article';
import { SPEECH_VERBS } from '../lang/en/verbs';
import type { AnnotatedDocument, Sentence } from '../nlp/document';
import { gapAfter, gapBefore, hasTag } from '../nlp/spans';
import type { Clause } from './clauses';
import type { Mention, NameIndex } from './names';

/**
 * A quotation with its speaker; `text` is exactly the passage text between the quotation marks, or for
 * one a speech tag interrupts (`"…," said Lopez, "…"`), its two parts joined by a space.
 */
export interface Quote {
  id: string;
  passageId: string;
  /** Offsets of the quoted words (inside the marks) in the passage text. */
  start: number;
  end: number;
  text: string;
  /** Every sentence the quotation spans, and for a continuation those of the quotation it continues. */
  sentenceIds: string[];
  speakerId?: string;
  /** before: `Moon said: "…"`; after: `"…," he said`; continuation: the same speaker's next quotation. */
  attribution?: 'before' | 'after' | 'continuation';
  /** The sentence whose words name the speaker. */
  attributionSentenceId?: string;
}

/**
 * Straight and curly double quotes paired in order; scare quotes of fewer than five words are left out.
 * A mark shaped as an opening one (after a space, before a word) while a quotation is open starts a
 * new one: the writer left the first unclosed ('"As they try … of mines. "When people …"'), or
 * continued the quotation in a new paragraph the text has run together.
 */
export function quoteSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const add = (start: number, end: number) => {
    const inner = text.slice(start, end).trimEnd();
    if (inner.split(/\s+/).filter(Boolean).length >= 5)
      spans.push({ start, end: start + inner.length });
  };
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '“' && c !== '”' && c !== '"') continue;
    const opening =
      c === '“' ||
      (c === '"' && /^[\s([—–-]?$/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? ''));
    if (open < 0) {
      if (c !== '”') open = i;
    } else if (opening && /\s/.test(text[i - 1] ?? '')) {
      add(open + 1, i);
      open = i;
    } else {
      add(open + 1, i);
      open = -1;
    }
  }
  return spans;
}

/** Whether a token is inside a quotation of its passage. */
export function quotedTokens(passages: readonly Passage[]) {
  const spans = new Map(passages.map((p) => [p.id, quoteSpans(p.text)]));
  return (sentence: Sentence, token: number): boolean => {
    const at = sentence.tokens[token]?.start ?? -1;
    return (spans.get(sentence.passageId) ?? []).some((s) => at >= s.start && at < s.end);
  };
}

/**
 * Attributes each quotation: to the name or resolved pronoun with a speech verb just after it
 * (`"…," Mr Obama said`, `"…," said Moon`), to the subject of a speech verb just before it
 * (`Moon said: "…"`), or to the speaker of the quotation right before it in the same paragraph.
 * A quotation with no speaker the text states is kept without one (it is never a "Who said …?").
 */
export function attributeQuotes(
  doc: AnnotatedDocument,
  passages: readonly Passage[],
  names: NameIndex,
  clausesOf: (sentenceId: string) => readonly Clause[],
  personAt: (sentence: Sentence) => string | undefined,
): Quote[] {
  const quotes: Quote[] = [];
  for (const passage of passages) {
    if (passage.kind !== 'paragraph') continue;
    const sentences = doc.sentences.filter((s) => s.passageId === passage.id);
    for (const span of quoteSpans(passage.text)) {
      const spanned = sentences.filter((s) => s.end > span.start - 1 && s.start <= span.end);
      const last = spanned[spanned.length - 1];
      const first = spanned[0];
      if (!first || !last) continue;
      const quote: Quote = {
        id: `quote-${passage.id}-${span.start}`,
        passageId: passage.id,
        start: span.start,
        end: span.end,
        text: passage.text.slice(span.start, span.end),
        sentenceIds: spanned.map((s) => s.id),
      };
      // The words' own third-person names ("When Mr Smith … came to give evidence," he said): who
      // the quotation talks about is not who says it.
      const named = new Set(
        spanned.flatMap((s) =>
          (names.bySentence.get(s.id) ?? [])
            .filter((m) => {
              const at = s.tokens[m.start]?.start ?? -1;
              return at >= span.start && at < span.end;
            })
            .map((m) => m.entityId),
        ),
      );
      const after = speakerAfter(last, span.end, names, (s) => {
        const person = personAt(s);
        return person && named.has(person) ? undefined : person;
      });
      const before = after ? undefined : speakerBefore(first, span.start, clausesOf(first.id));
      if (after)
        Object.assign(quote, {
          speakerId: after,
          attribution: 'after',
          attributionSentenceId: last.id,
        });
      else if (before)
        Object.assign(quote, {
          speakerId: before,
          attribution: 'before',
          attributionSentenceId: first.id,
        });
      else {
        const previous = quotes[quotes.length - 1];
        const wholeSentence =
          first.start >= span.start - 1 &&
          last.end <= span.end + 2 &&
          previous?.passageId === passage.id;
        const adjacent =
          previous &&
          sentences.findIndex(
            (s) => s.id === previous.sentenceIds[previous.sentenceIds.length - 1],
          ) +
            1 ===
            sentences.indexOf(first);
        if (previous?.speakerId && wholeSentence && adjacent) {
          Object.assign(quote, {
            speakerId: previous.speakerId,
            attribution: 'continuation',
            attributionSentenceId: previous.attributionSentenceId,
            sentenceIds: [...new Set([...previous.sentenceIds, ...quote.sentenceIds])],
          });
        }
      }
      const earlier = quotes[quotes.length - 1];
      if (earlier && interrupted(passage.text, earlier, quote)) joinInterrupted(earlier, quote);
      else quotes.push(quote);
    }
  }
  return quotes;
}

/**
 * `"The new rules," said Lopez, "will cost every family more."`: a speech tag set between commas inside
 * one quotation, whose second part goes on in lower case. Either part alone is half a sentence.
 */
function interrupted(text: string, first: Quote, second: Quote): boolean {
  if (first.passageId !== second.passageId || !/,$/.test(first.text)) return false;
  if (!/^\p{Ll}/u.test(second.text)) return false;
  const tag = text.slice(first.end, second.start);
  return /^["”]\s*[^"“”.!?]{1,80},\s*["“]$/.test(tag);
}

function joinInterrupted(first: Quote, second: Quote) {
  first.text = `${first.text.slice(0, -1)} ${second.text}`;
  first.end = second.end;
  first.sentenceIds = [...new Set([...first.sentenceIds, ...second.sentenceIds])];
  if (!first.speakerId && second.speakerId)
    Object.assign(first, {
      speakerId: second.speakerId,
      attribution: second.attribution,
      attributionSentenceId: second.attributionSentenceId,
    });
}

function speakerAfter(
  sentence: Sentence,
  close: number,
  names: NameIndex,
  personAt: (sentence: Sentence) => string | undefined,
): string | undefined {
  const t = sentence.tokens;
  const from = t.findIndex((x) => x.start > close);
  if (from < 0) return undefined;
  const window = t.slice(from, from + 6);
  const speech = window.findIndex((x) => SPEECH_VERBS.has(x.root ?? x.lower) && hasTag(x, 'Verb'));
  if (speech < 0 || speech > 4) return speakerIntroduced(sentence, from, names);
  const mentions: Mention[] = (names.bySentence.get(sentence.id) ?? []).filter(
    (m) => m.start >= from && m.start <= from + speech + 4,
  );
  // "declared Kasabian's singer Tom Meighan": a possessive name says whose the speaker is.
  const speaker = (m: Mention) => {
    const kind = names.byId.get(m.entityId)?.kind;
    return (kind === 'person' || kind === 'organization') && !m.possessive;
  };
  const verb = from + speech;
  const pronoun = window.slice(0, speech).find((x) => x.lower === 'he' || x.lower === 'she');
  // `"…," Straw said`; `"…," said Straw` — but `"…," he told BBC Radio 4`: who is told is the
  // listener, and a name after the verb is the speaker only when nothing before it is.
  const told = /^(?:tell|told)$/.test(t[verb]?.root ?? t[verb]?.lower ?? '');
  // "said the director behind JFK": a name after a preposition is what the speaker is known by
  // ("said the head of the IMF, Rodrigo Rato": a name set off by a comma is the speaker again).
  const direct = (m: Mention) =>
    /,\s*$/.test(gapBefore(sentence, m.start)) ||
    !t.slice(verb + 1, m.start).some((x) => hasTag(x, 'Preposition') || x.lower === 'behind');
  const named =
    mentions.find((m) => m.start < verb && speaker(m)) ??
    (pronoun || told ? undefined : mentions.find((m) => m.start > verb && speaker(m) && direct(m)));
  if (named) return named.entityId;
  return pronoun ? personAt(sentence) : undefined;
}

/**
 * `"…," Andrew Pendleton, Christian Aid's head of trade policy, said.`: a named speaker right after
 * the quotation, then who they are between commas, then the speech verb ending the sentence.
 */
function speakerIntroduced(sentence: Sentence, from: number, names: NameIndex): string | undefined {
  const t = sentence.tokens;
  const mention = (names.bySentence.get(sentence.id) ?? []).find(
    (m) => m.start === from && names.byId.get(m.entityId)?.kind === 'person',
  );
  if (!mention || !/^,/.test(gapAfter(sentence, mention.end - 1))) return undefined;
  for (let k = mention.end + 1; k < Math.min(t.length, mention.end + 16); k++) {
    if (!/^,/.test(gapAfter(sentence, k - 1))) continue;
    const verb = t[k];
    const speaks = verb && SPEECH_VERBS.has(verb.root ?? verb.lower) && hasTag(verb, 'Verb');
    // The verb closes the sentence ("said.", "told the BBC."), so the commas held who the speaker is.
    return speaks && t.length - k <= 4 ? mention.entityId : undefined;
  }
  return undefined;
}

function speakerBefore(
  sentence: Sentence,
  open: number,
  clauses: readonly Clause[],
): string | undefined {
  const gap = sentence.text.slice(0, open - 1 - sentence.start);
  if (!/[,:]\s*$/.test(gap)) return undefined;
  const clause = clauses.find(
    (c) =>
      SPEECH_VERBS.has(c.verb.infinitive) &&
      !c.quoted &&
      (sentence.tokens[c.verb.head]?.end ?? Infinity) < open &&
      c.subjectEntity,
  );
  return clause?.subjectEntity;
}
