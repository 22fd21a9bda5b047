import nlp from 'compromise';
import type { AcronymDefinition } from './acronyms';
import {
  CAPITALS,
  COUNTRIES,
  COUNTRY_ALIASES,
  DEMONYMS,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_HEADS,
  TITLES,
} from './lexicon';
import type { SentenceInfo, Token } from './tokens';
import { isCapitalized } from './tokens';

export type EntityKind =
  'person' | 'organization' | 'place' | 'group' | 'acronym' | 'date' | 'number';

/** Where an entity is named: offsets into the passage text. */
export interface EntityMention {
  passageId: string;
  sentenceId: string;
  start: number;
  end: number;
  /** The words as written ("Moon", "U.S.", "Beijing"). */
  text: string;
  /** Token range inside the sentence, inclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** A capital city standing for its country's government ("Beijing denounced …"). */
  government?: boolean;
}

/**
 * Something the article names, with every way it is named. Aliases are the distinct surface forms
 * that mean this entity (US = U.S. = United States; Moon = Moon Jae-in); `name` is the fullest form.
 */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: EntityMention[];
  /** For acronyms the article defines: the long form. */
  expansion?: string;
  /** Finer type used to keep wrong options parallel: party, newspaper, country, capital … */
  subtype?: string;
}

interface Chunk {
  sentence: SentenceInfo;
  from: number;
  to: number;
  text: string;
  titled: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'la', 'von', 'van', 'del']);
const OPENERS = /^["“‘'(\[]$/;
const GROUP_SUFFIX = /(?:atives|ssives|ists|rals|icans|ites|ocrats|ians)$/;
const GROUP_EXCLUDE = new Set([
  'threats',
  'others',
  'members',
  'numbers',
  'years',
  'papers',
  'readers',
  'writers',
  'workers',
  'officers',
  'powers',
  'letters',
  'orders',
  'centers',
  'centres',
  'rivers',
  'towers',
  'matters',
  'offers',
  'partners',
  'users',
  'customers',
  'owners',
  'leaders',
  'voters',
  'terms',
  'means',
  'plans',
  'loans',
  'things',
  'persons',
  'humans',
  'veterans',
  'countries',
  'islands',
  'levels',
  'trials',
  'totals',
  'signals',
  'rivals',
  'proposals',
  'journals',
  'animals',
  'capitals',
  'hospitals',
  'originals',
  'sites',
  'bites',
  'rates',
  'states',
  'debates',
  'dates',
  'candidates',
  'senators',
]);

function isSentenceStart(sentence: SentenceInfo, index: number): boolean {
  if (index === 0) return true;
  const previous = sentence.tokens[index - 1];
  return previous !== undefined && (OPENERS.test(previous.text) || /^[:;.!?]$/.test(previous.text));
}

function isAcronymToken(token: Token): boolean {
  return (
    /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u.test(token.text) && !/^I$/.test(token.text)
  );
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Capitalised words seen away from a sentence opening: evidence a capital means a name. */
export function midSentenceCapitals(sentences: readonly SentenceInfo[]): Set<string> {
  const seen = new Set<string>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, index) => {
      if (isCapitalized(token) && !isSentenceStart(sentence, index)) seen.add(token.text);
    });
  }
  // Parts of a full name written at a sentence opening ("Moon Jae-in said …") count too, so a later
  // "Moon said …" opening a sentence is read as the name.
  for (const sentence of sentences) {
    const [first, second] = sentence.tokens;
    if (
      first &&
      second &&
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(second.text) &&
      !NOT_NAMES.has(bare(first.text))
    ) {
      seen.add(first.text);
      seen.add(second.text);
    }
  }
  return seen;
}

function nameLike(
  token: Token,
  sentence: SentenceInfo,
  index: number,
  names: Set<string>,
): boolean {
  if (!isCapitalized(token) || !/\p{L}/u.test(token.text)) return false;
  // "First Canadian Place": a capitalised ordinal inside a sentence begins a name.
  if (/^(?:First|Second|Third)$/.test(token.text) && !isSentenceStart(sentence, index)) {
    const next = sentence.tokens[index + 1];
    return !!next && isCapitalized(next);
  }
  if (NOT_NAMES.has(bare(token.text)) && !isAcronymToken(token)) return false;
  if (!isSentenceStart(sentence, index) || isAcronymToken(token)) return true;
  // "Ahn Cheol-soo called …" opening a sentence: a capital followed by a name-shaped word.
  const next = sentence.tokens[index + 1];
  const functionWord = [
    'Adverb',
    'Preposition',
    'Conjunction',
    'Verb',
    'Determiner',
    'Pronoun',
  ].some((tag) => token.tags.has(tag));
  if (
    !functionWord &&
    next &&
    (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text) ||
      (names.has(next.text) && !NOT_NAMES.has(bare(next.text)) && /^\p{Lu}\p{Ll}/u.test(next.text)))
  )
    return true;
  return (
    names.has(token.text) ||
    token.tags.has('Person') ||
    token.tags.has('Place') ||
    token.tags.has('Organization') ||
    token.text in CAPITALS ||
    COUNTRIES.has(token.text) ||
    token.text in COUNTRY_ALIASES
  );
}

function chunksOf(sentence: SentenceInfo, names: Set<string>): Chunk[] {
  const chunks: Chunk[] = [];
  const tokens = sentence.tokens;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (
      !nameLike(token, sentence, i, names) &&
      !(TITLES.has(bare(token.text)) && isCapitalized(token))
    ) {
      i++;
      continue;
    }
    let from = i;
    let to = i;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      if (
        next.text === '.' &&
        /^(?:Gen|Mr|Mrs|Ms|Dr|St|Lt|Col|Jr|Sr|\p{Lu})$/u.test(tokens[j - 1]?.text ?? '') &&
        isCapitalized(tokens[j + 1] ?? next)
      ) {
        j++;
        continue;
      }
      if (isCapitalized(next) && /\p{L}/u.test(next.text) && !NOT_NAMES.has(bare(next.text))) {
        to = j;
        j++;
        continue;
      }
      // "Democratic Party of Korea", "Bank of England", "People's Party"
      const after = tokens[j + 1];
      const afterNext = tokens[j + 2];
      if (
        CONNECTORS.has(next.lower) &&
        after &&
        isCapitalized(after) &&
        !NOT_NAMES.has(bare(after.text))
      ) {
        j++;
        continue;
      }
      if (next.lower === 'of' && after?.lower === 'the' && afterNext && isCapitalized(afterNext)) {
        j += 2;
        continue;
      }
      if (
        /^['’]s$/.test(next.text) &&
        after &&
        isCapitalized(after) &&
        ORG_HEADS.has(after.lower)
      ) {
        j++;
        continue;
      }
      break;
    }
    // Strip titles in front ("President Park Geun-hye"), remembering them as a sign of a person.
    let titled =
      i > 0 &&
      TITLES.has(bare(tokens[i - 1]?.text ?? '')) &&
      !isCapitalized(tokens[i - 1] as Token);
    while (from < to && TITLES.has(bare((tokens[from] as Token).text))) {
      const next = tokens[from + 1] as Token;
      // "King Street West", "Mayor of Toronto": the title word belongs to a place or an office;
      // "Prime" is a title only in "Prime Minister" ("Prime Meridian" is a name).
      if (CONNECTORS.has(next.lower) || PLACE_HEADS.has(next.lower) || ORG_HEADS.has(next.lower))
        break;
      if ((tokens[from] as Token).lower === 'prime' && next.lower !== 'minister') break;
      from++;
      if ((tokens[from] as Token).text === '.') from++;
      titled = true;
    }
    if (from <= to && !(from === to && TITLES.has(bare((tokens[from] as Token).text)))) {
      const text = sentence.text.slice(
        (tokens[from] as Token).start - sentence.start,
        (tokens[to] as Token).end - sentence.start,
      );
      chunks.push({ sentence, from, to, text, titled });
    }
    i = Math.max(to + 1, i + 1);
  }
  return chunks;
}

const pluralCache = new Map<string, boolean>();

/** "Principles", "Times": a capitalised word that is an ordinary plural noun. */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let known = pluralCache.get(lower);
  if (known === undefined) {
    known = /s$/.test(lower) && nlp(lower).has('#Plural');
    pluralCache.set(lower, known);
  }
  return known;
}

function headOf(words: string[]): string {
  const of = words.findIndex((word) => word.toLowerCase() === 'of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return (head ?? '').toLowerCase();
}

function classify(chunk: Chunk): { kind: EntityKind | 'other'; subtype?: string } {
  const words = chunk.text.split(/\s+/);
  const tokens = chunk.sentence.tokens.slice(chunk.from, chunk.to + 1);
  const text = chunk.text;
  if (text in CAPITALS) return { kind: 'place', subtype: 'capital' };
  if (COUNTRIES.has(text) || text in COUNTRY_ALIASES) return { kind: 'place', subtype: 'country' };
  const head = headOf(words);
  if (
    ORG_HEADS.has(head) ||
    words.some(
      (word) => ORG_HEADS.has(word.toLowerCase()) && words.length <= 3 && word !== words[0],
    )
  ) {
    const subtype =
      head === 'party'
        ? 'party'
        : /^(?:ilbo|times|post|star|news|herald|journal|tribune)$/.test(head)
          ? 'newspaper'
          : undefined;
    return { kind: 'organization', subtype };
  }
  if (words.every((word) => DEMONYMS.has(word.toLowerCase()))) return { kind: 'other' };
  if (DEMONYMS.has((words[words.length - 1] ?? '').toLowerCase())) return { kind: 'other' };
  if (tokens.length === 1 && isAcronymToken(tokens[0] as Token)) return { kind: 'acronym' };
  // Korean-style given names ("Jae-in", "Geun-hye") after a family name.
  const hyphenatedName =
    words.length >= 2 &&
    words.length <= 3 &&
    words.slice(1).some((word) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word));
  if (hyphenatedName || (chunk.titled && !PLACE_HEADS.has(head))) return { kind: 'person' };
  // "Atkinson Principles" is named after a person but is not one.
  const plural = () =>
    tokens.slice(1).some((token) => token.tags.has('Plural') || isPluralNoun(token.text));
  if (
    PLACE_HEADS.has(head) ||
    tokens.some(
      (token) => token.tags.has('Place') || token.tags.has('Country') || token.tags.has('City'),
    )
  ) {
    return {
      kind: 'place',
      subtype: tokens.some((token) => token.tags.has('Country')) ? 'country' : undefined,
    };
  }
  if (
    tokens.some(
      (token) =>
        token.tags.has('Person') ||
        token.tags.has('FirstName') ||
        token.tags.has('LastName') ||
        token.tags.has('Honorific'),
    ) &&
    !plural()
  ) {
    return { kind: 'person' };
  }
  if (tokens.some((token) => token.tags.has('Organization'))) return { kind: 'organization' };
  return { kind: 'other' };
}

export interface EntityIndex {
  entities: Entity[];
  /** Mentions per sentence id, in reading order, each pointing at its entity. */
  bySentence: Map<string, Array<EntityMention & { entityId: string }>>;
  byId: Map<string, Entity>;
}

interface Draft {
  kind: EntityKind;
  name: string;
  subtype?: string;
  expansion?: string;
  surfaces: Set<string>;
  mentions: EntityMention[];
}

/**
 * Finds people, organisations, places, groups and acronyms, and merges the ways each is named.
 * Dates and numbers are added by the analysis from their own finders.
 */
export function extractEntities(
  sentences: readonly SentenceInfo[],
  acronyms: ReadonlyMap<string, AcronymDefinition[]>,
  title?: string,
): EntityIndex {
  // The article's own subject wins ties: in "Toronto Star", "the Star" is the Toronto Star.
  const titleKey = title?.trim().toLowerCase();
  const names = midSentenceCapitals(sentences);
  const drafts = new Map<string, Draft>();
  const draft = (kind: EntityKind, name: string, subtype?: string): Draft => {
    const key = `${kind}:${name}`;
    let found = drafts.get(key);
    if (!found) {
      found = { kind, name, subtype, surfaces: new Set([name]), mentions: [] };
      drafts.set(key, found);
    }
    return found;
  };
  const mention = (chunk: Chunk, government?: boolean): EntityMention => {
    const first = chunk.sentence.tokens[chunk.from] as Token;
    const last = chunk.sentence.tokens[chunk.to] as Token;
    return {
      passageId: chunk.sentence.passageId,
      sentenceId: chunk.sentence.id,
      start: first.start,
      end: last.end,
      text: chunk.text,
      tokenStart: chunk.from,
      tokenEnd: chunk.to,
      ...(government ? { government } : {}),
    };
  };

  // Acronyms the article defines: both forms are mentions of one entity.
  const defined = new Map<string, string>();
  for (const [, list] of acronyms)
    for (const def of list) if (!defined.has(def.short)) defined.set(def.short, def.long);

  const pending: Array<{ chunk: Chunk; kind: EntityKind | 'other'; subtype?: string }> = [];
  for (const sentence of sentences) {
    const defs = acronyms.get(sentence.id) ?? [];
    for (const chunk of chunksOf(sentence, names)) {
      const first = chunk.sentence.tokens[chunk.from] as Token;
      const last = chunk.sentence.tokens[chunk.to] as Token;
      const relStart = first.start - sentence.start;
      const relEnd = last.end - sentence.start;
      const inLong = defs.find((def) => relStart >= def.longStart && relEnd <= def.longEnd);
      if (inLong) {
        // Only the whole long form is a mention; its words are not entities of their own.
        if (relStart === inLong.longStart && relEnd === inLong.longEnd) {
          const d = draft('acronym', inLong.short);
          d.expansion = inLong.long;
          d.mentions.push(mention(chunk));
        }
        continue;
      }
      // A name running into a long form ("U.S. Terminal High …") is cut before it.
      const cut = defs.find((def) => relStart < def.longStart && relEnd > def.longStart);
      if (cut) continue;
      if (chunk.from === chunk.to && defined.has(chunk.text)) {
        const d = draft('acronym', chunk.text);
        d.expansion = defined.get(chunk.text);
        d.mentions.push(mention(chunk));
        continue;
      }
      pending.push({ chunk, ...classify(chunk) });
    }
  }

  // Places first (capitals and aliases fold into countries), then people and organisations.
  const persons: Array<{ chunk: Chunk; kind: EntityKind | 'other'; subtype?: string }> = [];
  const others: Array<{ chunk: Chunk; kind: EntityKind | 'other'; subtype?: string }> = [];
  for (const item of pending) {
    const text = item.chunk.text;
    if (item.kind === 'place') {
      const country =
        CAPITALS[text] ?? COUNTRY_ALIASES[text] ?? (COUNTRIES.has(text) ? text : undefined);
      const d = draft('place', country ?? text, country ? 'country' : item.subtype);
      d.surfaces.add(text);
      d.mentions.push(mention(item.chunk, text in CAPITALS));
      continue;
    }
    if (item.kind === 'acronym' && text in COUNTRY_ALIASES) {
      const d = draft('place', COUNTRY_ALIASES[text] as string, 'country');
      d.surfaces.add(text);
      d.mentions.push(mention(item.chunk));
      continue;
    }
    if (item.kind === 'person') persons.push(item);
    else others.push(item);
  }
  // Full names first, so a later "Moon" finds "Moon Jae-in".
  const multi = persons.filter((item) => item.chunk.text.includes(' '));
  multi.sort((a, b) => b.chunk.text.length - a.chunk.text.length);
  const personNames: string[] = [];
  for (const item of multi) {
    const text = item.chunk.text;
    const container = personNames.find(
      (name) => name === text || name.startsWith(`${text} `) || name.endsWith(` ${text}`),
    );
    const name = container ?? text;
    if (!container) personNames.push(text);
    const d = draft('person', name);
    d.surfaces.add(text);
    d.mentions.push(mention(item.chunk));
  }
  const matchPerson = (word: string): string | undefined => {
    const hits = personNames.filter((name) => {
      const parts = name.split(' ');
      return parts[0] === word || parts[parts.length - 1] === word;
    });
    return hits.length === 1 ? hits[0] : undefined;
  };
  for (const item of [...persons.filter((p) => !p.chunk.text.includes(' ')), ...others]) {
    const text = item.chunk.text;
    const kind = item.kind;
    const person = !text.includes(' ') ? matchPerson(text) : undefined;
    if (person) {
      const d = draft('person', person);
      d.surfaces.add(text);
      d.mentions.push(mention(item.chunk));
      continue;
    }
    if (kind === 'other') continue;
    const d = draft(kind, text, item.subtype);
    d.mentions.push(mention(item.chunk));
  }

  // "the Senate" → "Senate of Pakistan", "Democratic Party" → "Democratic Party of Korea" when unique.
  const orgs = [...drafts.values()].filter((d) => d.kind === 'organization');
  for (const short of orgs) {
    // Merge only where the longer name adds "of …" or a qualifier in front ("Star" → "Toronto
    // Star"); "Toronto Star Newspapers Ltd" is the company, not the newspaper.
    const longer = orgs.filter(
      (long) =>
        long !== short &&
        (long.name.startsWith(`${short.name} of `) || long.name.endsWith(` ${short.name}`)),
    );
    const preferred =
      longer.length > 1
        ? longer.filter((long) => titleKey !== undefined && long.name.toLowerCase() === titleKey)
        : longer;
    if (preferred.length === 1) longer.splice(0, longer.length, ...preferred);
    if (longer.length === 1 && longer[0]) {
      const long = longer[0];
      for (const surface of short.surfaces) long.surfaces.add(surface);
      long.mentions.push(...short.mentions);
      drafts.delete(`organization:${short.name}`);
    }
  }
  // An acronym also used for a named organisation merges into it when the letters agree.
  for (const acronym of [...drafts.values()].filter((d) => d.kind === 'acronym' && !d.expansion)) {
    const match = [...drafts.values()].filter(
      (d) => d.kind === 'organization' && initials(d.name) === acronym.name.replace(/\./g, ''),
    );
    if (match.length === 1 && match[0]) {
      match[0].surfaces.add(acronym.name);
      match[0].mentions.push(...acronym.mentions);
      drafts.delete(`acronym:${acronym.name}`);
    }
  }

  addGroups(sentences, draft);
  addRegionalShortNames(sentences, drafts);

  const entities: Entity[] = [];
  for (const d of drafts.values()) {
    if (d.mentions.length === 0) continue;
    d.mentions.sort((a, b) => (a.sentenceId === b.sentenceId ? a.start - b.start : 0));
    entities.push({
      id: `${d.kind}:${d.name}`,
      kind: d.kind,
      name: d.name,
      aliases: [...d.surfaces].filter((surface) => surface !== d.name),
      mentions: d.mentions,
      ...(d.expansion ? { expansion: d.expansion } : {}),
      ...(d.subtype ? { subtype: d.subtype } : {}),
    });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const bySentence = new Map<string, Array<EntityMention & { entityId: string }>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = bySentence.get(m.sentenceId) ?? [];
      list.push({ ...m, entityId: entity.id });
      bySentence.set(m.sentenceId, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.tokenStart - b.tokenStart);
  return { entities, bySentence, byId };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !/^(?:of|the|and|for|de)$/i.test(word))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Ideological and social groups named by a plural noun ("the conservatives", "progressives",
 * "anti-Park activists") that the article returns to: they take stances like people do.
 */
function addGroups(
  sentences: readonly SentenceInfo[],
  draft: (kind: EntityKind, name: string) => Draft,
): void {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (
        /^\p{Ll}+$/u.test(token.text) &&
        GROUP_SUFFIX.test(token.lower) &&
        token.tags.has('Plural') &&
        !GROUP_EXCLUDE.has(token.lower)
      ) {
        counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
      }
    }
  }
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, index) => {
      if ((counts.get(token.lower) ?? 0) < 2) return;
      const previous = sentence.tokens[index - 1];
      const withArticle = previous?.lower === 'the';
      const from = withArticle ? index - 1 : index;
      const d = draft('group', `the ${token.lower}`);
      const first = sentence.tokens[from] as Token;
      d.surfaces.add(token.lower);
      d.mentions.push({
        passageId: sentence.passageId,
        sentenceId: sentence.id,
        start: first.start,
        end: token.end,
        text: sentence.text.slice(first.start - sentence.start, token.end - sentence.start),
        tokenStart: from,
        tokenEnd: index,
      });
    });
  }
}

/** "the North" means North Korea when the article names exactly one North-something place. */
function addRegionalShortNames(
  sentences: readonly SentenceInfo[],
  drafts: Map<string, Draft>,
): void {
  for (const side of ['North', 'South']) {
    const places = [...drafts.values()].filter(
      (d) => d.kind === 'place' && d.name.startsWith(`${side} `),
    );
    if (places.length !== 1 || !places[0]) continue;
    const place = places[0];
    for (const sentence of sentences) {
      sentence.tokens.forEach((token, index) => {
        const next = sentence.tokens[index + 1];
        if (token.text !== side || sentence.tokens[index - 1]?.lower !== 'the') return;
        if (next && isCapitalized(next) && /\p{L}/u.test(next.text)) return;
        place.surfaces.add(`the ${side}`);
        place.mentions.push({
          passageId: sentence.passageId,
          sentenceId: sentence.id,
          start: token.start,
          end: token.end,
          text: token.text,
          tokenStart: index,
          tokenEnd: index,
        });
      });
    }
  }
}
