import type { Passage } from '@/lib/text/article';
import { findAcronyms, type AcronymDefinition } from './acronyms';
import { isVerbToken, parseClauses, type ClauseSubject, type ClauseVerb } from './clauses';
import {
  findDates,
  parseIsoDate,
  type DateContext,
  type DateMention,
  type StatedDate,
} from './dates';
import { extractEntities, type Entity, type EntityMention } from './entities';
import { NUMBER_WORDS } from './lexicon';
import { tokenizeArticle, type SentenceInfo } from './tokens';
import { verbForms } from './verbs';

/** What the engine is given: one article, segmented by lib/text/article.ts. */
export interface ArticleInput {
  slug: string;
  title: string;
  publisher?: string;
  sourceUrl?: string;
  /** YYYY-MM-DD the article states; relative dates resolve against it only when it is the writing date. */
  date?: string;
  passages: Passage[];
  wordCount: number;
}

/** A quotation with its speaker; `text` is exactly the passage text between the quote marks. */
export interface Quote {
  id: string;
  passageId: string;
  /** Offsets of the quoted words (inside the marks) in the passage text. */
  start: number;
  end: number;
  text: string;
  /**
   * Every sentence the quotation spans (and, for a continuation, the sentences of the quotation it
   * continues, whose attribution it shares), in reading order.
   */
  sentenceIds: string[];
  speakerId?: string;
  /** How the speaker was found; `continuation` = an unattributed quote right after the same speaker's. */
  attribution?: 'before' | 'after' | 'continuation';
  /** A date the attributing clause gives ("he said 23 April 2017"). */
  date?: StatedDate;
}

/**
 * A clause the article states: subject, verb and the rest of the clause. Pronoun subjects carry the
 * entity they were resolved to; an unresolvable pronoun leaves `subjectId` empty, and the fact is
 * then never a question stem.
 */
export interface Fact {
  id: string;
  passageId: string;
  sentenceId: string;
  paragraph: number;
  subjectId?: string;
  /** The subject as written in the sentence ("He", "Moon", "The 1962 Constitution"). */
  subjectText: string;
  /** How a question should name the subject: the entity's full name, or the written phrase. */
  subjectName: string;
  subjectPronoun?: string;
  compound?: 'own-group' | 'pair';
  plural: boolean;
  verb: ClauseVerb;
  /** The predicate exactly as written, from the verb group to the end of the clause. */
  predicate: string;
  /** Offsets of the predicate in the sentence text. */
  predicateStart: number;
  predicateEnd: number;
  /** Absolute dates that date this clause (relative ones only when resolvable). */
  dates: StatedDate[];
  /** Date phrases inside the predicate, as sentence offsets (to cut them from stems). */
  dateSpans: Array<[number, number]>;
  quoteId?: string;
  /** Read from an appositive ("Moon, a former chairman of the Democratic Party,"): predicate is "was …". */
  appositive?: boolean;
}

/** A number the article states with what it counts ("87 senators", "fourteen"). */
export interface NumberMention {
  value: number;
  text: string;
  unit?: string;
  sentenceId: string;
  passageId: string;
  start: number;
  end: number;
}

/**
 * Everything the engine understood about an article: the entities it names (with aliases and
 * mentions), dated and numbered statements, quotations with speakers, and clause-level facts.
 * Exported so quiz checks can measure coverage; offsets are into passage text unless noted.
 */
export interface ArticleAnalysis {
  entities: Entity[];
  quotes: Quote[];
  facts: Fact[];
  dates: Array<{
    sentenceId: string;
    passageId: string;
    start: number;
    end: number;
    date: StatedDate;
    role: DateMention['role'];
    relative: boolean;
  }>;
  numbers: NumberMention[];
  acronyms: Array<AcronymDefinition & { sentenceId: string }>;
}

/** The analysis plus the token-level detail the generators read. Internal. */
export interface AnalysisContext extends ArticleAnalysis {
  input: ArticleInput;
  sentences: SentenceInfo[];
  sentenceById: Map<string, SentenceInfo>;
  passageById: Map<string, Passage>;
  entityById: Map<string, Entity>;
  mentionsBySentence: Map<string, Array<EntityMention & { entityId: string }>>;
  datesBySentence: Map<string, DateMention[]>;
  factsBySentence: Map<string, Fact[]>;
  /** The person each pronoun-bearing sentence most plausibly refers to ("he" → Moon Jae-in). */
  personFocus: Map<string, string | undefined>;
  /** Sentences that hold quoted words (their wording is never altered or blanked). */
  quotedSentenceIds: Set<string>;
}

const SPEECH_VERBS =
  /^(?:said|says|say|told|tells|added|adds|stated|states|explained|insisted|warned|wrote|writes|declared|argued|noted|asked|stressed|announced|remarked|replied|continued)$/i;

function dateContext(sentencesDates: DateMention[][], articleDate?: StatedDate): DateContext {
  if (!articleDate) return { current: false };
  let latest = -Infinity;
  for (const list of sentencesDates)
    for (const d of list)
      if (!d.relative && d.date.granularity === 'day') latest = Math.max(latest, d.date.from);
  // The writing date is trusted when the latest day the text states falls in the month before it.
  const current =
    latest > -Infinity && articleDate.from - latest >= 0 && articleDate.from - latest <= 31;
  return { articleDate, current };
}

export function analyze(input: ArticleInput): AnalysisContext {
  const sentences = tokenizeArticle(input.passages);
  const articleDate = parseIsoDate(input.date);
  const firstPass = sentences.map((s) => findDates(s.text, { current: false }));
  const context = dateContext(firstPass, articleDate);
  const datesBySentence = new Map<string, DateMention[]>();
  sentences.forEach((s, i) =>
    datesBySentence.set(s.id, context.current ? findDates(s.text, context) : (firstPass[i] ?? [])),
  );

  const acronymsBySentence = new Map<string, AcronymDefinition[]>();
  const acronyms: ArticleAnalysis['acronyms'] = [];
  for (const s of sentences) {
    if (!s.text.includes('(')) continue;
    const found = findAcronyms(s.text);
    if (found.length > 0) {
      acronymsBySentence.set(s.id, found);
      for (const def of found) acronyms.push({ ...def, sentenceId: s.id });
    }
  }
  const index = extractEntities(sentences, acronymsBySentence, input.title);
  const passageById = new Map(input.passages.map((p) => [p.id, p]));
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));

  const facts: Fact[] = [];
  const factsBySentence = new Map<string, Fact[]>();
  const personFocus = new Map<string, string | undefined>();
  const quotes: Quote[] = [];
  const quoteSpans = new Map<
    string,
    Array<{ start: number; end: number; open: number; close: number }>
  >();
  for (const passage of input.passages)
    if (passage.kind === 'paragraph') quoteSpans.set(passage.id, findQuoteSpans(passage.text));

  const isPerson = (id?: string) => !!id && id.startsWith('person:');
  /**
   * Looks back for the one person "he"/"she" can mean: the nearest sentence whose subject (or quoted
   * speaker) is a person, provided no other person was named in between; undefined when unsure.
   */
  const resolvePerson = (at: number): string | undefined => {
    const here = sentences[at];
    if (!here) return undefined;
    const others = new Set<string>();
    for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
      const s = sentences[k]!;
      if (s.paragraph < here.paragraph - 1) break;
      const focus = personFocus.get(s.id);
      if (focus) return [...others].every((id) => id === focus) ? focus : undefined;
      for (const m of index.bySentence.get(s.id) ?? [])
        if (isPerson(m.entityId)) others.add(m.entityId);
    }
    return others.size === 1 ? [...others][0] : undefined;
  };

  /**
   * "Although South Korea's progressives are not planning …, they are trying …": "they" is the one
   * group named earlier in the sentence, or else the group the previous sentence was about.
   */
  const resolveGroup = (at: number, before: number): string | undefined => {
    const here = sentences[at];
    if (!here) return undefined;
    const groupsIn = (s: SentenceInfo, limit: number) =>
      new Set(
        (index.bySentence.get(s.id) ?? [])
          .filter((m) => m.entityId.startsWith('group:') && m.tokenStart < limit)
          .map((m) => m.entityId),
      );
    const inSentence = groupsIn(here, before);
    if (inSentence.size === 1) return [...inSentence][0];
    if (inSentence.size > 1) return undefined;
    const previous = sentences[at - 1];
    if (!previous || previous.paragraph !== here.paragraph) return undefined;
    const subject = factsBySentence.get(previous.id)?.[0]?.subjectId;
    return subject?.startsWith('group:') ? subject : undefined;
  };

  sentences.forEach((sentence, at) => {
    const mentions = index.bySentence.get(sentence.id) ?? [];
    const dates = datesBySentence.get(sentence.id) ?? [];
    const spansHere = quoteSpans.get(sentence.passageId) ?? [];
    const insideQuote = spansHere.some(
      (span) => sentence.start > span.open && sentence.start < span.close,
    );
    const clauses = parseClauses(sentence, mentions, dates, insideQuote);
    const list: Fact[] = [];
    let focus: string | undefined;
    clauses.forEach((clause, n) => {
      let subjectId = clause.subject.entityId;
      if (clause.subject.pronoun === 'he' || clause.subject.pronoun === 'she')
        subjectId = resolvePerson(at);
      if (clause.subject.pronoun === 'they')
        subjectId = resolveGroup(at, clause.subject.tokenStart);
      const fact = toFact(
        sentence,
        clause.subject,
        clause.verb,
        clause.predicateStart,
        clause.predicateEnd,
        clause.dates,
        subjectId,
        n,
        index.byId,
      );
      list.push(fact);
      if (isPerson(subjectId)) focus = subjectId;
    });
    if (!insideQuote) list.push(...appositiveFacts(sentence, mentions, index.byId, list.length));
    // "His remark echoed …": a possessive subject keeps the person in focus.
    if (!focus && /^(?:his|her)$/i.test(sentence.tokens[0]?.text ?? '')) focus = resolvePerson(at);
    personFocus.set(sentence.id, focus);

    // Quotations ending in this sentence are attributed now, while the pronoun context is right.
    const spans = quoteSpans.get(sentence.passageId) ?? [];
    for (const span of spans) {
      if (span.close < sentence.start || span.close >= sentence.end) continue;
      const passage = passageById.get(sentence.passageId)!;
      const quote = attributeQuote(
        passage,
        span,
        sentence,
        at,
        sentences,
        list,
        mentions,
        resolvePerson,
        quotes,
        datesBySentence,
      );
      if (!quote) continue;
      quotes.push(quote);
      if (isPerson(quote.speakerId) && !focus) personFocus.set(sentence.id, quote.speakerId);
      const fact = list.find(
        (f) => f.verb.lemma === 'say' && f.predicateStart <= span.open - sentence.start,
      );
      if (fact) fact.quoteId = quote.id;
    }
    if (!insideQuote) {
      list.push(
        ...participleFacts(sentence, list, quotes, index.byId),
        ...relativeFacts(sentence, mentions, index.byId),
      );
    }
    facts.push(...list);
    factsBySentence.set(sentence.id, list);
  });

  const entities = [...index.entities];
  const dateEntries: ArticleAnalysis['dates'] = [];
  const dateEntities = new Map<string, Entity>();
  for (const sentence of sentences) {
    for (const d of datesBySentence.get(sentence.id) ?? []) {
      dateEntries.push({
        sentenceId: sentence.id,
        passageId: sentence.passageId,
        start: sentence.start + d.start,
        end: sentence.start + d.end,
        date: d.date,
        role: d.role,
        relative: d.relative,
      });
      const id = `date:${d.date.label}`;
      const entity = dateEntities.get(id) ?? {
        id,
        kind: 'date' as const,
        name: d.date.label,
        aliases: [],
        mentions: [],
      };
      const text = sentence.text.slice(d.start, d.end);
      if (text !== entity.name && !entity.aliases.includes(text)) entity.aliases.push(text);
      entity.mentions.push({
        passageId: sentence.passageId,
        sentenceId: sentence.id,
        start: sentence.start + d.start,
        end: sentence.start + d.end,
        text,
        tokenStart: -1,
        tokenEnd: -1,
      });
      dateEntities.set(id, entity);
    }
  }
  const numbers = findNumbers(sentences, datesBySentence);
  const numberEntities = new Map<string, Entity>();
  for (const n of numbers) {
    const id = `number:${n.value}${n.unit ? ` ${n.unit}` : ''}`;
    const entity = numberEntities.get(id) ?? {
      id,
      kind: 'number' as const,
      name: n.text,
      aliases: [],
      mentions: [],
    };
    entity.mentions.push({
      passageId: n.passageId,
      sentenceId: n.sentenceId,
      start: n.start,
      end: n.end,
      text: n.text,
      tokenStart: -1,
      tokenEnd: -1,
    });
    numberEntities.set(id, entity);
  }
  entities.push(...dateEntities.values(), ...numberEntities.values());
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const quotedSentenceIds = new Set<string>();
  for (const sentence of sentences) {
    const spans = quoteSpans.get(sentence.passageId) ?? [];
    if (spans.some((span) => span.open < sentence.end && span.close >= sentence.start))
      quotedSentenceIds.add(sentence.id);
  }
  return {
    quotedSentenceIds,
    input,
    entities,
    quotes,
    facts,
    dates: dateEntries,
    numbers,
    acronyms,
    sentences,
    sentenceById,
    passageById,
    entityById,
    mentionsBySentence: index.bySentence,
    datesBySentence,
    factsBySentence,
    personFocus,
  };
}

function toFact(
  sentence: SentenceInfo,
  subject: ClauseSubject,
  verb: ClauseVerb,
  predicateStart: number,
  predicateEnd: number,
  dates: DateMention[],
  subjectId: string | undefined,
  n: number,
  byId: Map<string, Entity>,
): Fact {
  const tokens = sentence.tokens;
  const start = tokens[predicateStart]!.start - sentence.start;
  const end = tokens[predicateEnd]!.end - sentence.start;
  const entity = subjectId ? byId.get(subjectId) : undefined;
  // A plain noun phrase keeps its words, without the capital it had only for opening the sentence.
  const firstToken = tokens[subject.tokenStart];
  const properStart =
    !!firstToken &&
    ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((tag) =>
      firstToken.tags.has(tag),
    );
  let subjectName =
    subject.pronoun || properStart
      ? subject.text
      : subject.text.charAt(0).toLowerCase() + subject.text.slice(1);
  if (entity && entity.kind === 'place') {
    // A capital standing for a government keeps its written name ("Beijing"); countries get their full name.
    const written = subject.text.replace(/^the /i, '');
    subjectName =
      entity.aliases.includes(written) &&
      entity.mentions.some((m) => m.government && m.text === written)
        ? written
        : displayName(entity);
  } else if (
    entity &&
    (entity.kind === 'person' || entity.kind === 'organization' || entity.kind === 'group')
  ) {
    subjectName = displayName(entity);
  }
  const compound =
    subject.compound === 'own-group'
      ? sentence.text.slice(
          tokens[subject.tokenEnd - 2]!.start - sentence.start,
          tokens[subject.tokenEnd]!.end - sentence.start,
        )
      : '';
  if (compound) subjectName = `${subjectName} ${compound}`;
  const dateSpans: Array<[number, number]> = (dates as DateMention[])
    .filter((d) => d.start >= start)
    .map((d) => [d.phraseStart, d.end]);
  return {
    id: `${sentence.id}#${n}`,
    passageId: sentence.passageId,
    sentenceId: sentence.id,
    paragraph: sentence.paragraph,
    ...(subjectId ? { subjectId } : {}),
    subjectText: subject.text,
    subjectName,
    ...(subject.pronoun ? { subjectPronoun: subject.pronoun } : {}),
    ...(subject.compound ? { compound: subject.compound } : {}),
    plural: subject.plural,
    verb,
    predicate: sentence.text.slice(start, end),
    predicateStart: start,
    predicateEnd: end,
    dates: dates.filter((d) => !d.relative || d.date).map((d) => d.date),
    dateSpans,
  };
}

/** Straight and curly double quotes, paired in order; scare quotes under five words are ignored. */
function findQuoteSpans(
  text: string,
): Array<{ start: number; end: number; open: number; close: number }> {
  const spans: Array<{ start: number; end: number; open: number; close: number }> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const opening = c === '“' || (c === '"' && open < 0);
    const closing = c === '”' || (c === '"' && open >= 0);
    if (opening && open < 0) open = i;
    else if (closing && open >= 0) {
      const inner = text.slice(open + 1, i);
      if (inner.split(/\s+/).filter(Boolean).length >= 5)
        spans.push({ start: open + 1, end: i, open, close: i });
      open = -1;
    }
  }
  return spans;
}

function attributeQuote(
  passage: Passage,
  span: { start: number; end: number; open: number; close: number },
  sentence: SentenceInfo,
  at: number,
  sentences: readonly SentenceInfo[],
  facts: Fact[],
  mentions: ReadonlyArray<EntityMention & { entityId: string }>,
  resolvePerson: (at: number) => string | undefined,
  previous: readonly Quote[],
  datesBySentence: Map<string, DateMention[]>,
): Quote | undefined {
  const text = passage.text.slice(span.start, span.end);
  const spanned = passage.sentences
    .filter((s) => s.end > span.open && s.start <= span.close)
    .map((s) => s.id);
  if (!spanned.includes(sentence.id)) spanned.push(sentence.id);
  const after = passage.text.slice(span.close + 1, sentence.end);
  const before = passage.text.slice(sentence.start, span.open);
  let speakerId: string | undefined;
  let attribution: Quote['attribution'];
  let attributionOffset = -1;
  const pronounAfter = /^[,.]?\s*(he|she)\s+(\w+)/i.exec(after);
  const nameAfter = /^[,.]?\s*(?:(\w+)\s+)?/.exec(after);
  if (pronounAfter && SPEECH_VERBS.test(pronounAfter[2] ?? '')) {
    speakerId = resolvePerson(at);
    attribution = 'after';
    attributionOffset = span.close + 1;
  } else if (nameAfter) {
    const rel = span.close + 1 - sentence.start;
    const near = mentions.filter(
      (m) => m.start - sentence.start - rel >= 0 && m.start - sentence.start - rel <= 12,
    );
    const verbNear =
      /^[,.]?\s*(?:said|says|added|told|wrote|stated|declared|insisted|warned)\b/i.test(after) ||
      /^[,.]?\s*[\p{Lu}][^,.;]{0,40}?\s(?:said|says|added|told|wrote|stated|declared)\b/u.test(
        after,
      );
    const person = near.find(
      (m) => m.entityId.startsWith('person:') || m.entityId.startsWith('organization:'),
    );
    if (verbNear && person) {
      speakerId = person.entityId;
      attribution = 'after';
      attributionOffset = span.close + 1;
    }
  }
  if (!speakerId && /[,:]\s*$/.test(before)) {
    const fact = facts.find(
      (f) => SPEECH_VERBS.test(f.verb.text) && f.predicateStart + sentence.start <= span.open,
    );
    if (fact?.subjectId) {
      speakerId = fact.subjectId;
      attribution = 'before';
      attributionOffset = sentence.start;
    }
  }
  if (!speakerId && /^\s*$/.test(before) && /^[\s.]*$/.test(after)) {
    const last = previous[previous.length - 1];
    const lastSentence = last
      ? sentences.findIndex((s) => s.id === last.sentenceIds[last.sentenceIds.length - 1])
      : -1;
    if (
      last?.speakerId &&
      last.passageId === passage.id &&
      lastSentence >= at - 1 - (spanned.length - 1)
    ) {
      speakerId = last.speakerId;
      attribution = 'continuation';
      // The sentences that attribute the earlier quotation attribute this one too.
      for (const id of [...last.sentenceIds].reverse())
        if (!spanned.includes(id)) spanned.unshift(id);
    }
  }
  if (!speakerId) return undefined;
  const dates = (datesBySentence.get(sentence.id) ?? []).filter(
    (d) => d.role === 'adverbial' && !d.relative,
  );
  let date: StatedDate | undefined;
  if (attribution === 'after') {
    const tail = dates.filter(
      (d) =>
        sentence.start + d.start > span.close &&
        !/\b(?:that|which|when|if|because)\b/.test(
          passage.text.slice(span.close, sentence.start + d.start),
        ),
    );
    if (tail.length === 1) date = tail[0]!.date;
  } else if (attribution === 'before') {
    const head = dates.filter((d) => sentence.start + d.end <= span.open);
    if (head.length === 1) date = head[0]!.date;
  }
  void attributionOffset;
  return {
    id: `q-${sentence.id}-${span.start}`,
    passageId: passage.id,
    start: span.start,
    end: span.end,
    text,
    sentenceIds: spanned,
    speakerId,
    attribution,
    ...(date ? { date } : {}),
  };
}

const UNIT_WORD = /^\s+([\p{Ll}][\p{Ll}-]+)/u;

function findNumbers(
  sentences: readonly SentenceInfo[],
  datesBySentence: Map<string, DateMention[]>,
): NumberMention[] {
  const out: NumberMention[] = [];
  for (const sentence of sentences) {
    const dates = datesBySentence.get(sentence.id) ?? [];
    for (const token of sentence.tokens) {
      const rel = token.start - sentence.start;
      if (dates.some((d) => rel >= d.start && rel < d.end)) continue;
      let value: number | undefined;
      if (/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(token.text))
        value = Number(token.text.replace(/,/g, ''));
      else if (token.lower in NUMBER_WORDS && token.tags.has('Value') && token.lower !== 'one') {
        // "one hundred", "one fourth": a number word next to another is part of a larger figure.
        const near = [
          sentence.tokens[sentence.tokens.indexOf(token) - 1],
          sentence.tokens[sentence.tokens.indexOf(token) + 1],
        ];
        if (
          near.some(
            (t) =>
              t &&
              (t.lower in NUMBER_WORDS ||
                /^(?:hundred|thousand|million|billion|half|third|fourth|quarter|fifth|and)$/.test(
                  t.lower,
                )),
          )
        )
          continue;
        value = NUMBER_WORDS[token.lower];
      }
      if (value === undefined || !Number.isFinite(value)) continue;
      // Years without a date phrase and ordinals are not counts.
      if (/^\d{4}$/.test(token.text) && value >= 1000 && value <= 2100) continue;
      const unit = UNIT_WORD.exec(sentence.text.slice(token.end - sentence.start))?.[1];
      out.push({
        value,
        text: token.text,
        ...(unit ? { unit } : {}),
        sentenceId: sentence.id,
        passageId: sentence.passageId,
        start: token.start,
        end: token.end,
      });
    }
  }
  return out;
}

/** A name as it reads inside a sentence: "the United States", "the conservatives", "Moon Jae-in". */
export function displayName(entity: Entity): string {
  if (
    entity.kind === 'place' &&
    /^(?:United|Soviet|Czech|Dominican|Central African)\b|(?:Kingdom|States|Republic|Netherlands|Philippines|Emirates|Union)$/.test(
      entity.name,
    )
  ) {
    return `the ${entity.name}`;
  }
  if (
    (entity.kind === 'organization' || entity.kind === 'place') &&
    /^\p{Lu}[\p{L}-]+ of /u.test(entity.name)
  ) {
    return `the ${entity.name}`;
  }
  if (
    entity.kind === 'organization' &&
    !/^the /i.test(entity.name) &&
    /\b(?:Party|Assembly|Senate|Parliament|Congress|Government|Administration|Ministry|Department|Committee|Commission|Court|Council|Army|Navy|League|Association|Organization|Organisation|Union|Institute|Foundation|Board|Star|Times|Post|Ilbo|Herald|Journal|Tribune|Cabinet|Secretariat|Senate)\b/.test(
      entity.name,
    ) &&
    !/^[A-Z]{2,}$/.test(entity.name)
  ) {
    return `the ${entity.name}`;
  }
  return entity.name;
}

const APPOSITIVE_START =
  /^(?:a|an|the|former|then|candidate|leader|head|chairman|founder|president|editor|publisher|secretary|minister|member|owner|chief|co-founder|director)$/;

/**
 * "Moon, a former chairman of the Democratic Party of Korea," and "Ahn Cheol-soo, who was the 2017
 * presidential nominee of the People's Party" state who someone is; each gives a "was …" fact.
 */
function appositiveFacts(
  sentence: SentenceInfo,
  mentions: ReadonlyArray<EntityMention & { entityId: string }>,
  byId: Map<string, Entity>,
  offset: number,
): Fact[] {
  const out: Fact[] = [];
  const tokens = sentence.tokens;
  for (const m of mentions) {
    const entity = byId.get(m.entityId);
    if (!entity || (entity.kind !== 'person' && entity.kind !== 'organization')) continue;
    if (tokens[m.tokenEnd + 1]?.text !== ',') continue;
    let from = m.tokenEnd + 2;
    if (
      /^who$/.test(tokens[from]?.lower ?? '') &&
      /^(?:was|is)$/.test(tokens[from + 1]?.lower ?? '')
    )
      from += 2;
    else if (!APPOSITIVE_START.test(tokens[from]?.lower ?? '')) continue;
    let to = from;
    while (to < tokens.length && !/^[,;:.()"“”]$/.test(tokens[to]!.text)) to++;
    const np = tokens.slice(from, to);
    if (np.length < 2 || np.length > 14) continue;
    if (np.some((t) => isVerbToken(t) && !t.tags.has('Noun') && !t.tags.has('Adjective'))) continue;
    if (!np.some((t) => t.lower === 'of')) continue;
    const first = np[0]!;
    const last = np[np.length - 1]!;
    let text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    if (!/^(?:a|an|the)\s/i.test(text))
      text = /^former\s/i.test(text) ? `a ${text}` : `the ${text}`;
    out.push({
      id: `${sentence.id}#a${offset + out.length}`,
      passageId: sentence.passageId,
      sentenceId: sentence.id,
      paragraph: sentence.paragraph,
      subjectId: entity.id,
      subjectText: m.text,
      subjectName: displayName(entity),
      plural: false,
      verb: {
        tokenStart: from,
        tokenEnd: from,
        text: 'was',
        lemma: 'be',
        tense: 'past',
        passive: false,
        copula: true,
        negated: false,
      },
      predicate: `was ${text}`,
      predicateStart: first.start - sentence.start,
      predicateEnd: last.end - sentence.start,
      dates: [],
      dateSpans: [],
      appositive: true,
    });
  }
  return out;
}

const PARTICIPLE =
  /,\s+(stressing|adding|noting|insisting|warning|arguing|urging|calling for|touching upon|touching on|vowing|pledging|promising)\s+([^;]+?)\s*[.;!?]?$/;

/** "…," he said, stressing Seoul should take the initiative" → he (resolved) stressed Seoul should … */
function participleFacts(
  sentence: SentenceInfo,
  facts: readonly Fact[],
  quotes: readonly Quote[],
  byId: Map<string, Entity>,
): Fact[] {
  const m = PARTICIPLE.exec(sentence.text);
  if (!m?.[1] || !m[2] || m.index === undefined) return [];
  const quote = quotes.find(
    (q) => q.sentenceIds[q.sentenceIds.length - 1] === sentence.id && q.attribution === 'after',
  );
  const speech = facts.find((f) => /^(?:say|tell|add|state)$/.test(f.verb.lemma) && f.subjectId);
  const subjectId = quote?.speakerId ?? speech?.subjectId;
  const entity = subjectId ? byId.get(subjectId) : undefined;
  if (!entity) return [];
  const [word = '', ...particle] = m[1].split(' ');
  const forms = verbForms(word.replace(/ing$/, '')) ?? verbForms(`${word.replace(/ing$/, '')}e`);
  if (!forms) return [];
  const verbText = [forms.past, ...particle].join(' ');
  const start = m.index + m[0].indexOf(m[1]);
  return [
    {
      id: `${sentence.id}#p`,
      passageId: sentence.passageId,
      sentenceId: sentence.id,
      paragraph: sentence.paragraph,
      subjectId: entity.id,
      subjectText: entity.name,
      subjectName: displayName(entity),
      plural: false,
      verb: {
        tokenStart: -1,
        tokenEnd: -1,
        text: forms.past,
        lemma: forms.infinitive,
        tense: 'past',
        passive: false,
        copula: false,
        negated: false,
      },
      predicate: `${verbText} ${m[2]}`,
      predicateStart: start,
      predicateEnd: start + m[1].length + 1 + m[2].length,
      dates: [],
      dateSpans: [],
    },
  ];
}

/** "The Roh administration, in which Moon served as chief presidential secretary, …" → Moon served as … in the Roh administration. */
function relativeFacts(
  sentence: SentenceInfo,
  mentions: ReadonlyArray<EntityMention & { entityId: string }>,
  byId: Map<string, Entity>,
): Fact[] {
  const m = /^(The\s[^,]{3,60}),\s+(?:in|under|during)\s+which\s+([^,]+),/.exec(sentence.text);
  if (!m?.[1] || !m[2]) return [];
  const clauseStart = sentence.text.indexOf(m[2], m[1].length);
  const mention = mentions.find((x) => x.start - sentence.start === clauseStart);
  const entity = mention ? byId.get(mention.entityId) : undefined;
  if (!mention || !entity || entity.kind !== 'person') return [];
  const rest = m[2].slice(mention.text.length).trim();
  const [verb = '', ...tail] = rest.split(' ');
  const forms = verbForms(verb);
  if (!forms || forms.past !== verb || tail.length === 0) return [];
  const np = `the ${m[1].slice(4)}`;
  return [
    {
      id: `${sentence.id}#r`,
      passageId: sentence.passageId,
      sentenceId: sentence.id,
      paragraph: sentence.paragraph,
      subjectId: entity.id,
      subjectText: mention.text,
      subjectName: displayName(entity),
      plural: false,
      verb: {
        tokenStart: -1,
        tokenEnd: -1,
        text: verb,
        lemma: forms.infinitive,
        tense: 'past',
        passive: false,
        copula: false,
        negated: false,
      },
      predicate: `${rest} in ${np}`,
      predicateStart: clauseStart + mention.text.length + 1,
      predicateEnd: clauseStart + m[2].length,
      dates: [],
      dateSpans: [],
    },
  ];
}
