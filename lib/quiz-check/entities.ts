import { textHas, textMatches } from '@/lib/quiz-engine/nlp';
import { MONTH_NAMES } from '@/lib/text/dates';
import {
  aliasesOf,
  areAliases,
  initialsOf,
  lexicon,
  looksLikePersonName,
  normalize,
  ORGANIZATION_WORDS,
} from './text';

/**
 * The checker's own reading of an article: people, organisations, dates and defined acronyms. It is
 * independent of the engine's analysis on purpose, so coverage and option types are judged by a
 * second opinion rather than by the engine grading itself.
 */

export type EntityKind = 'person' | 'organization' | 'date' | 'acronym';

export interface Entity {
  kind: EntityKind;
  /** The fullest form found ("Moon Jae-in"); for acronyms the acronym itself. */
  name: string;
  /** Other forms that refer to it ("Moon"; an acronym's expansion; a date's other spellings). */
  aliases: string[];
  /** Dates only: "2017-01-24", "2017-01" or "2017". */
  dateKey?: string;
}

const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());
const MONTH = `(${MONTH_NAMES.join('|')})`;
// 1000–2099: from the Norman conquest (1066) on; older years are rare and easily confused with counts.
const YEAR = '(1\\d\\d\\d|20\\d\\d)';
const DATE_PATTERNS: { pattern: RegExp; key: (m: RegExpExecArray) => string }[] = [
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    key: (m) => dateKey(m[3], m[2], m[1]),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, 'g'),
    key: (m) => dateKey(m[3], m[1], m[2]),
  },
  { pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'g'), key: (m) => dateKey(m[2], m[1]) },
  // A bare year, but not a decade ("1990s"), a range's dash-joined half of a number, or a quantity ("2000 troops").
  {
    pattern: new RegExp(
      `(?<![\\d,.-]|\\d[,.])${YEAR}(?!\\d|[,.]\\d|s\\b|\\s+(?:troops|people|soldiers|km|miles|men|women|members|seats))`,
      'g',
    ),
    key: (m) => dateKey(m[1]),
  },
];

function dateKey(year?: string, month?: string, day?: string): string {
  const parts = [year ?? ''];
  if (month) parts.push(String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0'));
  if (month && day) parts.push(day.padStart(2, '0'));
  return parts.join('-');
}

/** Every absolute date the text states, most specific first where they overlap. */
export function datesIn(text: string): { text: string; key: string; index: number }[] {
  const found: { text: string; key: string; index: number; end: number }[] = [];
  for (const { pattern, key } of DATE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((other) => start < other.end && end > other.index)) continue;
      found.push({ text: m[0], key: key(m), index: start, end });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ text: t, key, index }) => ({ text: t, key, index }));
}

/** Whether `a` and `b` state the same date (a year matches any date within it). */
export function sameDate(a: string, b: string): boolean {
  const keysA = datesIn(a).map((d) => d.key);
  const keysB = datesIn(b).map((d) => d.key);
  return keysA.some((ka) =>
    keysB.some((kb) => ka === kb || ka.startsWith(`${kb}-`) || kb.startsWith(`${ka}-`)),
  );
}

const ACRONYM_IN_PARENS = /\((\p{Lu}(?:[\p{Lu}&]|\.(?=\p{Lu})|\p{Ll}(?=\p{Lu})){1,9}\.?)\)/gu;

/** Schwartz–Hearst style: "Terminal High Altitude Area Defense (THAAD)" → THAAD ↔ its expansion. */
export function definedAcronyms(text: string): { acronym: string; expansion: string }[] {
  const found = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM_IN_PARENS)) {
    const acronym = m[1] ?? '';
    const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index).trimEnd();
    const words = before.split(/\s+/).slice(-(letters.length + 4));
    for (let start = words.length - 1; start >= 0; start--) {
      const candidate = words
        .slice(start)
        .join(' ')
        .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (initialsOf(candidate) === letters && /^\p{Lu}/u.test(candidate)) {
        if (!found.has(acronym)) found.set(acronym, candidate);
        break;
      }
    }
  }
  return [...found].map(([acronym, expansion]) => ({ acronym, expansion }));
}

const TITLE_WORDS =
  /^(?:President|Vice|Prime|Minister|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|General|Gen|Senator|Governor|Mayor|Secretary|Chairman|Former|former|King|Queen|Prince|Princess|Emperor|Premier|Chancellor|Justice|Judge|Professor|Prof|Rev|Saint|St)\.?$/;
const NOT_NAMES = new Set([
  ...MONTHS,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Runs of capitalised words (allowing "of", "of the", "for" inside), with their sentence-start flag. */
function capitalisedRuns(sentence: string): { text: string; atStart: boolean }[] {
  const runs: { text: string; atStart: boolean }[] = [];
  const pattern = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|de)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*/gu;
  for (const m of sentence.matchAll(pattern)) {
    const text = m[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
    const atStart = sentence.slice(0, m.index).replace(/[\s"“‘'(]+/g, '') === '';
    runs.push({ text, atStart });
  }
  return runs;
}

export interface ArticleEntities {
  people: Entity[];
  organizations: Entity[];
  dates: Entity[];
  acronyms: Entity[];
  /** Places and other names, used only to type wrong options. */
  places: string[];
  /** Names the article itself declares equal ("commonly known as the United Kingdom (UK) … or simply Britain"). */
  aliasGroups: string[][];
}

/** Extracts the article's people, organisations, dates and defined acronyms from its paragraph texts. */
export function extractEntities(paragraphs: readonly string[]): ArticleEntities {
  const text = paragraphs.join('\n\n');
  const tagged = (tag: string) => new Set(textMatches(text, tag).map((name) => normalize(name)));
  const compromisePeople = tagged('#Person+');
  const compromiseOrgs = tagged('#Organization+');
  const compromisePlaces = tagged('#Place+');

  const sentences = paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”’]?)\s+/));
  // A word is a name word only if the article also capitalises it where a sentence does not start.
  const midSentenceCapitals = new Set<string>();
  const runs = sentences.flatMap(capitalisedRuns);
  for (const run of runs) {
    const words = run.text.split(/\s+/);
    words.slice(run.atStart ? 1 : 0).forEach((word) => midSentenceCapitals.add(word));
  }

  const lowerWords = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const names = new Map<string, { name: string; kind: 'person' | 'organization' | 'place' }>();
  const candidates: string[][] = [];
  for (const run of runs) {
    let words = run.text.split(/\s+/);
    const first = words[0] ?? '';
    // "Another liberal …": a capital that only marks the sentence start. "Park Geun-hye …" keeps its name.
    if (
      run.atStart &&
      !midSentenceCapitals.has(first) &&
      (lowerWords.has(first.toLowerCase()) || isClosedClass(first))
    ) {
      words = words.slice(1);
    }
    while (words[0] && (TITLE_WORDS.test(words[0]) || words[0] === 'The')) words = words.slice(1);
    // "Ahn Cheol-soo of the People's Party" is a person and a party, not one name.
    const of = words.findIndex((word, i) => i > 0 && /^(?:of|for)$/.test(word));
    const left = words.slice(0, of).join(' ');
    if (of > 0 && looksLikePersonName(left)) {
      candidates.push(words.slice(0, of));
      candidates.push(words.slice(words[of + 1] === 'the' ? of + 2 : of + 1));
    } else {
      candidates.push(words);
    }
  }
  for (let words of candidates) {
    if (/^(?:of|for|de)$/.test(words[0] ?? '')) continue;
    while (words.length && /^(?:of|for|de|the)$/.test(words[words.length - 1] ?? ''))
      words = words.slice(0, -1);
    const name = words.join(' ');
    if (!name || NOT_NAMES.has(name.toLowerCase()) || /^\p{Lu}+s?$/u.test(name)) continue;
    // A bare "Government" or "Parliament" is a common noun capitalised, not a named body.
    if (!name.includes(' ') && ORGANIZATION_WORDS.test(name)) continue;
    const key = normalize(name);
    if (names.has(key)) continue;
    let kind: 'person' | 'organization' | 'place' | undefined;
    if (ORGANIZATION_WORDS.test(name) || compromiseOrgs.has(key)) kind = 'organization';
    else if (compromisePlaces.has(key)) kind = 'place';
    else if (compromisePeople.has(key) || looksLikePersonName(name)) kind = 'person';
    if (kind) names.set(key, { name, kind });
  }

  const acronyms = definedAcronyms(text).map(({ acronym, expansion }): Entity => ({
    kind: 'acronym',
    name: acronym,
    aliases: [expansion],
  }));
  // "Missile Defense" inside "Korean Air and Missile Defense (KAMD)" is part of a term, not a name.
  for (const [key, { name }] of names) {
    if (acronyms.some((a) => a.aliases.some((expansion) => expansion.includes(name))))
      names.delete(key);
  }
  const people = mergeAliases(
    [...names.values()].filter((n) => n.kind === 'person').map((n) => n.name),
  );
  const organizations = mergeAliases(
    [...names.values()].filter((n) => n.kind === 'organization').map((n) => n.name),
  );
  const byKey = new Map<string, Entity>();
  for (const date of datesIn(text)) {
    const existing = byKey.get(date.key);
    if (existing) {
      if (!existing.aliases.includes(date.text) && existing.name !== date.text)
        existing.aliases.push(date.text);
    } else {
      byKey.set(date.key, { kind: 'date', name: date.text, aliases: [], dateKey: date.key });
    }
  }
  return {
    people: people.map((group) => ({ kind: 'person', ...group })),
    organizations: organizations.map((group) => ({ kind: 'organization', ...group })),
    dates: [...byKey.values()],
    acronyms,
    places: [...names.values()].filter((n) => n.kind === 'place').map((n) => n.name),
    aliasGroups: declaredAliases(text),
  };
}

function isClosedClass(word: string): boolean {
  return /Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Possessive/.test(
    String(lexicon[word.toLowerCase()] ?? ''),
  );
}

const KNOWN_AS =
  /(?:commonly|also|simply|often|usually|colloquially|otherwise|originally|sometimes|later)?\s*(?:known|called|referred to|named) as\s+([^.;]+)/g;

// "(also referred to as the Union Jack)": the phrase ends where its enclosing parenthesis does.
function closeParenthesis(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) return text.slice(0, i);
  }
  return text;
}

const CHAIN_WORDS = new Set(
  'the and or simply colloquially commonly also sometimes just officially formally informally'.split(
    ' ',
  ),
);

// "the United Kingdom (UK) and colloquially Great Britain (GB) or simply Britain, is …" → the names,
// stopping at the first ordinary word: what follows is the sentence going on.
function declaredNames(text: string): string[] {
  const names: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const name = current.join(' ').replace(/^['‘"“]+|['’"”,]+$/g, '');
    if (name.length >= 2) names.push(name);
    current = [];
  };
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[("'‘“]+|[)"'’”,]+$/g, '');
    if (!word) continue;
    if (/^\p{Lu}/u.test(word) || (current.length > 0 && /^(?:of|the)$/.test(word))) {
      if (raw.startsWith('(')) flush();
      current.push(word);
      if (/[),]$/.test(raw)) flush();
    } else if (CHAIN_WORDS.has(word.toLowerCase())) {
      flush();
    } else {
      break;
    }
  }
  flush();
  return names;
}

/**
 * Names an article declares to be one: "The United Kingdom of Great Britain and Northern Ireland, commonly
 * known as the United Kingdom (UK) and colloquially Great Britain (GB) or simply Britain" → one group.
 * Only the article's own words count, so the checker still judges the engine by the text.
 */
export function declaredAliases(text: string): string[][] {
  const groups: string[][] = [];
  for (const m of text.matchAll(KNOWN_AS)) {
    const start = m.index ?? 0;
    const stop = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
    const sentenceStart = stop < 0 ? 0 : stop + (text[stop] === '.' ? 2 : 1);
    // The subject: the whole sentence opening before an appositive comma ("The United Kingdom of Great
    // Britain and Northern Ireland, commonly known as …"), else a name right before the phrase
    // ("the Union Flag (also referred to as …", "Cambridge is also known as …").
    const before = text.slice(sentenceStart, start).trimEnd();
    const opening = before.endsWith(',') ? before.slice(0, -1).trim() : '';
    const adjacent =
      /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*)\s*(?:,|\(|\s(?:is|was|are|were|has been|had been))$/u.exec(
        before,
      )?.[1];
    const subject =
      /^\p{Lu}/u.test(opening) &&
      opening.split(/\s+/).every((w) => /^(?:\p{Lu}|of$|the$|and$)/u.test(w))
        ? opening.replace(/^The\s+/, '')
        : adjacent?.replace(/['’]+$/, '');
    const names = declaredNames(closeParenthesis(m[1] ?? ''));
    const group = [...new Set([subject, ...names].filter((n): n is string => Boolean(n)))];
    if (subject && group.length >= 2) groups.push(group);
  }
  return groups;
}

/** Groups names that are aliases of one another under the longest of them. */
function mergeAliases(names: string[]): { name: string; aliases: string[] }[] {
  const sorted = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const groups: { name: string; aliases: string[] }[] = [];
  for (const name of sorted) {
    const group = groups.find((g) => areAliases(g.name, name));
    if (group) group.aliases.push(name);
    else groups.push({ name, aliases: [] });
  }
  return groups;
}

export type OptionKind =
  'person' | 'organization' | 'place' | 'date' | 'number' | 'acronym' | 'other';

/** The semantic type of an option, judged from the article's entities first, then its form. */
export function optionKind(option: string, entities: ArticleEntities): OptionKind {
  const trimmed = option.trim();
  if (datesIn(trimmed).length > 0 && normalize(trimmed).split(' ').length <= 5) return 'date';
  if (/^[\d.,%\s$£€-]+(?:\s*(?:per ?cent|percent|million|billion))?$/i.test(trimmed))
    return 'number';
  const find = (list: Entity[]) =>
    list.some((e) => [e.name, ...e.aliases].some((n) => areAliases(n, trimmed)));
  if (find(entities.people)) return 'person';
  if (find(entities.organizations)) return 'organization';
  if (entities.places.some((place) => areAliases(place, trimmed))) return 'place';
  if (/^(?:\p{Lu}\.?){2,}s?$/u.test(trimmed)) return 'acronym';
  if (ORGANIZATION_WORDS.test(trimmed)) return 'organization';
  if (textHas(trimmed, '^#Person+$')) return 'person';
  if (textHas(trimmed, '#Organization')) return 'organization';
  if (textHas(trimmed, '#Place')) return 'place';
  if (looksLikePersonName(trimmed)) return 'person';
  return 'other';
}

/** All forms of an entity, for matching answers against it. */
export function formsOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].flatMap((form) =>
    entity.kind === 'date' ? [form] : aliasesOf(form),
  );
}
