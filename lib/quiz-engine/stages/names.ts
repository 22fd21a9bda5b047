import type { AnnotatedDocument, Sentence, Token, TokenRange } from '../nlp/document';
import { lexicon, lexiconTags } from '../nlp';
import { gapBefore, hasTag, isCapitalized, spanText } from '../nlp/spans';
import {
  CATEGORY_NOUNS,
  COMPASS_WORDS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  AFFILIATIONS,
  PLACE_HEADS,
  POST_NOMINALS,
  REGNAL,
  SURNAME_PARTICLES,
  THING_HEADS,
  THING_PREFIXES,
  TITLES,
  TITLE_HEADS,
} from '../lang/en/names';
import { TIME_ZONES } from '../lang/en/dates';
import { CAPITALS, COUNTRIES, COUNTRY_ALIASES } from '../lang/en/places';
import type { AcronymDefinition } from './acronyms';

export type EntityKind = 'person' | 'organization' | 'place' | 'thing';

/** Where a name is written; `start`/`end` are token indexes in the sentence, `text` has no title or 's. */
export interface Mention extends TokenRange {
  sentenceId: string;
  entityId: string;
  text: string;
  possessive: boolean;
  /** A capital city standing for its country's government ("Beijing denounced …"). */
  government?: boolean;
}

/**
 * Something the article names, with every way it names it. `name` is the fullest form as the
 * article writes it; `aliases` are the other forms that mean the same (surname, acronym, "U.S.").
 */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** Finer kind for parallel options and question words: party, newspaper, company, country, city … */
  subtype?: string;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** Most mentions are written "the X" ("the Democratic Party", "the United States"). */
  definite: boolean;
  /** For a person: how the article refers to them alone ("Moon", "bin Laden"). */
  surname?: string;
  /** How sure the kind is: the weight of the evidence for it (a title or head word counts 3, a tag 1–2). */
  confidence: number;
}

/**
 * The narrator of a first-person article ("I've been using email since the early 1990s"): questions
 * call them "the author". Never a key: the article names no one by it.
 */
export const AUTHOR: Entity = {
  id: 'person:the author',
  kind: 'person',
  name: 'the author',
  aliases: [],
  mentions: [],
  definite: false,
  confidence: 3,
};

export interface NameIndex {
  entities: Entity[];
  byId: ReadonlyMap<string, Entity>;
  /** Mentions per sentence id, in reading order. */
  bySentence: ReadonlyMap<string, Mention[]>;
  /** Words the article capitalises away from a sentence opening ("Republicans"): they keep their capital in a stem. */
  capitalized: ReadonlySet<string>;
}

interface Chunk extends TokenRange {
  sentence: Sentence;
  /** A title or role was written before the name ("President", "Sen."). */
  titled: boolean;
}

interface Draft {
  key: string;
  kind: EntityKind;
  subtype?: string;
  name: string;
  surfaces: Set<string>;
  chunks: Chunk[];
  votes: Record<EntityKind, number>;
  /** The subject of a plural verb ("Chelsea were"): a team or a body, never one person. */
  plural?: boolean;
}

const lowerBare = (t: Token | undefined) => (t ? t.bare.toLowerCase() : '');

function isInitial(t: Token | undefined): boolean {
  return !!t && /^(?:\p{Lu}\.)+(?:\p{Lu})?\.?$/u.test(t.text);
}

function isNameWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (isInitial(t)) return true;
  // "al-Bashir", "el-Sisi": a particle joined to a capitalised surname.
  if (/^(?:al|el|ad|as|ash|at|ben|bin|ibn|abu|ul)-\p{Lu}/u.test(t.text)) return true;
  if (!isCapitalized(t) || !/\p{L}/u.test(t.text)) return false;
  if (hasTag(t, 'Month', 'WeekDay') || TIME_ZONES.has(t.bare)) return false;
  return !NOT_NAMES.has(lowerBare(t));
}

function sentenceInitial(sentence: Sentence, i: number): boolean {
  if (i === 0) return true;
  const gap = gapBefore(sentence, i);
  // "Donald J. Trump": the period of an initial opens nothing.
  if (/^\.\s+$/.test(gap) && /^\p{Lu}$/u.test(sentence.tokens[i - 1]?.text ?? '')) return false;
  return /[“"‘(:.!?;—–-]["”’)]*\s*$/.test(gap) && !/^\s*$/.test(gap);
}

interface Evidence {
  /** Capitalised words written away from a sentence opening: evidence that a capital means a name. */
  capitals: Set<string>;
  /** Words the article also writes in lower case: evidence that a capital only opens a sentence. */
  lower: Set<string>;
}

function capitalEvidence(doc: AnnotatedDocument): Evidence {
  const capitals = new Set<string>();
  const lower = new Set<string>();
  for (const s of doc.sentences)
    s.tokens.forEach((t, i) => {
      if (isCapitalized(t)) {
        if (!sentenceInitial(s, i)) capitals.add(t.bare);
      } else lower.add(t.bare.toLowerCase());
    });
  return { capitals, lower };
}

/** Maximal runs of capitalised words (with "of", "bin", "&" … between them) in one sentence. */
function chunksOf(sentence: Sentence, seen: Evidence): Chunk[] {
  const tokens = sentence.tokens;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = j + 1;
      // "People's Party", "People's Republic of China": a possessive inside a name, before its head word.
      if (tokens[j]!.possessive && !headsName(tokens[next])) break;
      const gap = gapBefore(sentence, next).trim();
      // "William G. Gale": compromise may leave an initial's period outside the word.
      const afterInitial = gap === '.' && /^\p{Lu}$/u.test(tokens[j]!.text);
      if (next >= tokens.length || (gap !== '' && !afterInitial)) break;
      if (isNameWord(tokens[next])) {
        j = next;
        continue;
      }
      // "Democratic Party of Korea", "Osama bin Laden", "Bank of the Philippine Islands".
      const connector = lowerBare(tokens[next]);
      if (NAME_CONNECTORS.has(connector) && connector !== 'and' && connector !== 'the') {
        let k = next + 1;
        if (connector === 'of' && lowerBare(tokens[k]) === 'the') k++;
        // "Come on.": a connector that ends the sentence joins nothing.
        if (k >= tokens.length) break;
        // "Mitch McConnell of Kentucky" is a person and a place; "Bank of England", "Charles III of
        // West Francia" and "Duke of Edinburgh" are one name.
        const before = lowerBare(tokens[j]);
        const place =
          hasTag(tokens[k], 'Place', 'Country', 'City', 'Region') ||
          COUNTRIES.has(tokens[k]!.bare) ||
          tokens[k]!.bare in CAPITALS;
        const heads =
          before in ORGANIZATION_HEADS ||
          PLACE_HEADS.has(before) ||
          TITLES.has(before) ||
          REGNAL.has(before) ||
          before in THING_HEADS;
        if (connector === 'of' && place && !heads && j > i) break;
        // "Keith Rockwell of the WTO": a person's full name, then who they work for.
        const person = j > i && hasTag(tokens[i], 'FirstName') && hasTag(tokens[j], 'Person');
        if (connector === 'of' && person && !heads) break;
        if (k < tokens.length && gapBefore(sentence, k).trim() === '' && isNameWord(tokens[k])) {
          j = k;
          continue;
        }
      }
      break;
    }
    let start = i;
    // A sentence opening capitalises any word: keep it only when it reads as a name.
    while (
      start <= j &&
      sentenceInitial(sentence, start) &&
      !openerIsName(sentence, start, j, seen)
    )
      start++;
    while (start <= j && NAME_CONNECTORS.has(lowerBare(tokens[start]))) start++;
    if (start <= j)
      chunks.push(
        ...stripTitles(sentence, start, j + 1).filter((c) => namesSomething(sentence, c)),
      );
    i = j + 1;
  }
  return chunks;
}

/**
 * Capitalised words that are not a name: a compass word or demonym alone ("the North", "North
 * Korean leader"), a capitalised function word, a compound of two countries ("Korea-U.S. alliance").
 */
function namesSomething(sentence: Sentence, chunk: TokenRange): boolean {
  const tokens = sentence.tokens.slice(chunk.start, chunk.end);
  const last = tokens[tokens.length - 1]!;
  if (hasTag(last, 'Demonym') && !(lowerBare(last) in ORGANIZATION_HEADS)) return false;
  // "Lib Dem Sir Archy Kirkwood": words right before a person's title say what the person is
  // (a party, a side), unless they name a place ("US President Bush").
  const next = sentence.tokens[chunk.end];
  if (
    next &&
    !last.possessive &&
    /^\p{Lu}/u.test(next.text) &&
    TITLES.has(lowerBare(next).replace(/\.$/, '')) &&
    /^\s+$/.test(sentence.text.slice(last.end - sentence.start, next.start - sentence.start)) &&
    !tokens.some((t) => hasTag(t, 'Place', 'Country', 'City', 'Region'))
  )
    return false;
  // "the Russian government": compromise tags "Russian" an organisation there, but its word list
  // knows it as a demonym; alone it names nothing.
  if (tokens.length === 1 && lexiconTags(lowerBare(last)).includes('Demonym')) return false;
  // "Government Will Soon Spend More on Interest Than": a headline's words, not a name.
  if (
    tokens.some((w) => hasTag(w, 'Modal', 'Auxiliary')) ||
    (tokens.length >= 4 &&
      tokens.some((w) => hasTag(w, 'Verb') && !hasTag(w, 'Noun', 'ProperNoun', 'Prefix')))
  )
    return false;
  // "Visual Radio-enabled", "London-based": a name joined to a participle is an adjective.
  if (/-\p{Ll}+(?:ed|ing)$/u.test(last.text)) return false;
  // "a Virginia Democrat": an affiliation, not a name.
  if (AFFILIATIONS.has(lowerBare(last)) && tokens.length > 1) return false;
  if (tokens.every((t) => COMPASS_WORDS.has(lowerBare(t)))) return false;
  // "Chairman of the Senate", "Ministers of State": an office, not a name.
  const of = tokens.findIndex((t) => t.lower === 'of');
  if (of > 0 && tokens.slice(0, of).every((t) => TITLES.has(lowerBare(t).replace(/s$/, ''))))
    return false;
  // "Federal Ministers", "Senators": a capitalised plural common noun.
  const head = lowerBare(last);
  if (
    hasTag(last, 'Plural') &&
    !hasTag(last, 'ProperNoun', 'Organization', 'Place') &&
    !(head in ORGANIZATION_HEADS) &&
    !PLACE_HEADS.has(head)
  )
    return false;
  if (tokens.length === 1 && hasTag(last, 'Preposition', 'Determiner', 'Conjunction', 'Pronoun'))
    return false;
  // "a Korean peninsula": a name does not take "a".
  if (tokens.length === 1 && /^an?$/i.test(sentence.tokens[chunk.start - 1]?.text ?? ''))
    return false;
  if (tokens.length === 1) {
    const parts = last.bare.split('-');
    if (parts.length === 2 && parts.every((p) => COUNTRIES.has(p) || p in COUNTRY_ALIASES))
      return false;
  }
  return true;
}

/**
 * The article's own definitions decide where a name starts and ends: "the Korean Air and Missile
 * Defense (KAMD) plan" is one name, and "U.S. THAAD" is the United States and THAAD.
 */
function respectDefinitions(
  chunks: Chunk[],
  defined: ReadonlyMap<string, ReadonlyArray<{ start: number; end: number }>>,
  shortForms: ReadonlySet<string>,
): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const forced = (defined.get(chunk.sentence.id) ?? []).filter(
      (r) => r.start < chunk.end && chunk.start < r.end,
    );
    if (forced.length > 0) {
      for (const r of forced)
        if (!out.some((c) => c.sentence === chunk.sentence && c.start === r.start))
          out.push({ sentence: chunk.sentence, start: r.start, end: r.end, titled: false });
      const before = Math.min(...forced.map((r) => r.start));
      if (before > chunk.start) out.push({ ...chunk, end: before });
      continue;
    }
    // A country written before a defined acronym or long form qualifies it ("U.S. THAAD").
    const tokens = chunk.sentence.tokens;
    const first = tokens[chunk.start]!;
    if (
      chunk.end - chunk.start >= 2 &&
      (COUNTRIES.has(first.bare) || first.bare in COUNTRY_ALIASES) &&
      shortForms.has(keyOf(spanText(chunk.sentence, { start: chunk.start + 1, end: chunk.end })))
    ) {
      out.push({ ...chunk, end: chunk.start + 1 }, { ...chunk, start: chunk.start + 1 });
      continue;
    }
    out.push(chunk);
  }
  return out;
}

function headsName(t: Token | undefined): boolean {
  const word = lowerBare(t);
  return (
    isCapitalized(t) && (word in ORGANIZATION_HEADS || PLACE_HEADS.has(word) || word === 'republic')
  );
}

function openerIsName(sentence: Sentence, i: number, last: number, evidence: Evidence) {
  const t = sentence.tokens[i]!;
  const seen = evidence.capitals;
  if (!seen.has(t.bare) && evidence.lower.has(t.bare.toLowerCase())) return false;
  // "Six Chris Paterson penalties": a number word opening a sentence counts, it names nothing.
  if (
    hasTag(t, 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord') ||
    (hasTag(t, 'Value') && !/\d/.test(t.text))
  )
    return false;
  // 'permit both." If Holmes does …', '… at home." Meanwhile Mark Oaten, …': read across the
  // quotation mark, compromise may tag the opening "If" a name; its word list knows it as a
  // function word or an adverb.
  const known = lexiconTags(t.bare.toLowerCase());
  if (
    known.length > 0 &&
    known.every((tag) =>
      /^(?:Determiner|Preposition|Conjunction|Condition|Pronoun|QuestionWord|Adverb)$/.test(tag),
    )
  )
    return false;
  if (
    hasTag(t, 'Verb', 'Adjective', 'Gerund') &&
    !hasTag(t, 'ProperNoun', 'Person') &&
    !seen.has(t.bare)
  )
    return false;
  if (hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym')) return true;
  if (t.bare in CAPITALS || COUNTRIES.has(t.bare) || t.bare in COUNTRY_ALIASES) return true;
  if (seen.has(t.bare)) return true;
  // "Moon Jae-in said …": a capital followed by more name words reads as a name, unless it is an
  // ordinary plural ("Shares of Yahoo").
  return i < last && !hasTag(t, 'Plural') && isNameWord(sentence.tokens[i + 1]);
}

/** A word compromise knows as a given name or a person's name. */
function personAt(t: Token | undefined): boolean {
  return hasTag(t, 'FirstName') || (hasTag(t, 'Person') && !hasTag(t, 'Organization', 'Place'));
}

/**
 * "South Korean President Yoon Suk Yeol" → "Yoon Suk Yeol" (titled), "Secretary of State Rex
 * Tillerson" → "Rex Tillerson"; a title alone ("the Prime Minister") names no one.
 */
function stripTitles(sentence: Sentence, start: number, end: number): Chunk[] {
  const tokens = sentence.tokens;
  // "Ian MacDonald QC": letters after a name mark a person and are left off.
  if (end - start >= 3 && POST_NOMINALS.has(lowerBare(tokens[end - 1])) && personAt(tokens[start]))
    return stripTitles(sentence, start, end - 1).map((c) => ({ ...c, titled: true }));
  // "Tory Liam Fox", "Singer Sam Endicott", "Americans John Sankus", "British-born Australian Hew
  // Griffiths": a party, a person noun (compromise's Actor), a nationality or a birthplace before a
  // person's name says who they are; it is no part of the name.
  // "Broadcaster Chris Evans": a common noun the sentence opens with, before a given name, too.
  const describes = (t: Token | undefined, k: number) =>
    AFFILIATIONS.has(lowerBare(t)) ||
    (hasTag(t, 'Actor') && !hasTag(t, 'ProperNoun')) ||
    hasTag(t, 'Demonym') ||
    /^\p{Lu}\p{L}+-born$/u.test(t?.text ?? '') ||
    (k === start &&
      sentenceInitial(sentence, k) &&
      hasTag(t, 'Noun') &&
      !hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Plural') &&
      givenName(tokens[k + 1]!));
  let first = start;
  while (first < end - 2 && describes(tokens[first], first)) first++;
  if (
    first > start &&
    (personAt(tokens[first]) || TITLES.has(lowerBare(tokens[first]))) &&
    !hasTag(tokens[end - 1], 'Demonym')
  )
    return stripTitles(sentence, first, end).map((c) => ({ ...c, titled: true }));
  let k = start;
  let head = -1;
  while (k < end - 1) {
    const word = lowerBare(tokens[k]);
    // "Zimbabwe President Robert Mugabe": a country before a title belongs to the title.
    const country =
      (hasTag(tokens[k], 'Country', 'Place') ||
        COUNTRIES.has(tokens[k]!.bare) ||
        tokens[k]!.bare in COUNTRY_ALIASES) &&
      TITLE_HEADS.has(lowerBare(tokens[k + 1]));
    // "Secretary of State George Shultz", "Chancellor of the Exchequer Gordon Brown": the office
    // runs through "of (the) <Word>".
    // "Chief Executive of AOL UK Karen Thomson": its capitalised words up to the name's last two.
    if (word === 'of' && (head >= 0 || (k > start && TITLES.has(lowerBare(tokens[k - 1]))))) {
      let domain = lowerBare(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
      if (domain < end - 2 && isCapitalized(tokens[domain])) {
        while (domain + 1 < end - 2 && isCapitalized(tokens[domain + 1])) domain++;
        head = domain;
        k = domain + 1;
        continue;
      }
    }
    const titleWord =
      TITLES.has(word) ||
      (word === 'of' && head >= 0) ||
      COMPASS_WORDS.has(word) ||
      hasTag(tokens[k], 'Demonym') ||
      country;
    if (!titleWord) break;
    if (TITLE_HEADS.has(word)) head = k;
    k++;
  }
  // "Communications Minister Malcolm Turnbull", "Australian Federal Police Commissioner Andrew
  // Colvin": capitalised words before a title head are the office's name, not the person's.
  if (head < 0) {
    for (let j = end - 2; j > start; j--) {
      if (
        TITLE_HEADS.has(lowerBare(tokens[j])) &&
        tokens.slice(start, j).every((t) => isCapitalized(t) && !t.possessive)
      ) {
        const after = tokens.slice(j + 1, end);
        if (after.length >= 2 && after.every((t) => isCapitalized(t) && !TITLES.has(lowerBare(t))))
          head = j;
        break;
      }
    }
  }
  // "former security chief Emmerson Mnangagwa", "cabinet ministers Jonathan Moyo and …".
  const previous = lowerBare(tokens[start - 1]);
  const precededByTitle =
    (TITLE_HEADS.has(previous) || TITLE_HEADS.has(previous.replace(/s$/, ''))) &&
    !isCapitalized(tokens[start - 1]);
  // "Chancellor of the Exchequer Gordon Brown", read from "Exchequer": the office's last words.
  const officeBefore =
    lowerBare(tokens[start - 1]) === 'the' &&
    lowerBare(tokens[start - 2]) === 'of' &&
    TITLES.has(lowerBare(tokens[start - 3]));
  // ("chairman of the Commission for Racial Equality" ends in no person's name.)
  if (officeBefore && end - start >= 3 && head < 0 && personAt(tokens[end - 2]))
    return [{ sentence, start: end - 2, end, titled: true }];
  const all = { sentence, start, end, titled: precededByTitle };
  if (head < 0) {
    // "the Prime Minister", "President": nothing but title words.
    const onlyTitles = tokens.slice(start, end).every((t) => TITLES.has(lowerBare(t)));
    return onlyTitles ? [] : [all];
  }
  const rest = tokens.slice(head + 1, end);
  // "The Lord of the Rings": what follows a title word must itself be a name, not "of the Rings".
  if (!isCapitalized(rest[0])) return [all];
  const restHead = lowerBare(rest[rest.length - 1]);
  // "General Motors", "Secretary of State": the title word is part of an organisation or an office.
  // "General Strike", "General Electric": a word of the language after a title is no surname.
  const commonWord = (t: Token) =>
    lowerBare(t) in lexicon && !hasTag(t, 'Person', 'FirstName', 'LastName');
  const personShaped =
    !rest.every((t) => TITLES.has(lowerBare(t))) &&
    !rest.some((t) => hasTag(t, 'Organization')) &&
    (rest.length >= 2 ||
      (rest.length === 1 &&
        !hasTag(rest[0], 'Plural') &&
        !commonWord(rest[0]!) &&
        (hasTag(rest[0], 'Person', 'FirstName', 'LastName', 'ProperNoun') ||
          isCapitalized(rest[0]))));
  if (!personShaped || restHead in ORGANIZATION_HEADS || PLACE_HEADS.has(restHead)) {
    const onlyTitles = tokens
      .slice(start, end)
      .every((t) => TITLES.has(lowerBare(t)) || lowerBare(t) === 'of');
    return onlyTitles ? [] : [all];
  }
  return [{ sentence, start: head + 1, end, titled: true }];
}

/** What one written name suggests it is, with a weight: head words and titles outweigh tags. */
function classify(chunk: Chunk): { kind: EntityKind; subtype?: string; weight: number } {
  const tokens = chunk.sentence.tokens.slice(chunk.start, chunk.end);
  const text = spanText(chunk.sentence, chunk).replace(/['’]s$/, '');
  if (text in CAPITALS) return { kind: 'place', subtype: 'city', weight: 3 };
  if (COUNTRIES.has(text) || text in COUNTRY_ALIASES)
    return { kind: 'place', subtype: 'country', weight: 3 };
  const last = lowerBare(tokens[tokens.length - 1]);
  // "Senate of Pakistan", "Register Office for Scotland": the words before "of" say what it is.
  const of = tokens.findIndex((t) => t.lower === 'of' || t.lower === 'for');
  const core = of > 0 ? tokens.slice(0, of) : tokens;
  const coreHead = lowerBare(core[core.length - 1]);
  // "Hurricane Mitch", "Operation Buccaneer": a word before the name says what it names.
  // ("the Acts of Union": a plural head says it as well as its singular.)
  const thing =
    THING_HEADS[last] ??
    (of > 0 ? (THING_HEADS[coreHead] ?? THING_HEADS[coreHead.replace(/s$/, '')]) : undefined) ??
    THING_PREFIXES[lowerBare(tokens[0])];
  if (thing && tokens.length > 1) return { kind: 'thing', subtype: thing, weight: 3 };
  const org = ORGANIZATION_HEADS[last] ?? (of > 0 ? ORGANIZATION_HEADS[coreHead] : undefined);
  if (org) return { kind: 'organization', subtype: org, weight: tokens.length > 1 ? 3 : 1 };
  if (chunk.titled) return { kind: 'person', weight: 3 };
  if (PLACE_HEADS.has(last) || (of > 0 && PLACE_HEADS.has(coreHead)))
    return { kind: 'place', weight: tokens.length > 1 ? 2 : 1 };
  // "Moon Jae-in", "Park Geun-hye": a hyphenated given name after a family name.
  // ("Co-operation" is a word of the language, no given name.)
  if (
    core.length >= 2 &&
    core.length <= 3 &&
    core
      .slice(1)
      .some((t) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.bare) && !(t.bare.toLowerCase() in lexicon))
  )
    return { kind: 'person', weight: 2 };
  // "United States Geological Survey" names a survey, not the country: the place tag must be on the head.
  const coreLast = core[core.length - 1];
  if (hasTag(coreLast, 'Country')) return { kind: 'place', subtype: 'country', weight: 2 };
  if (hasTag(coreLast, 'City')) return { kind: 'place', subtype: 'city', weight: 2 };
  // "the Obama administration": a name before a lower-case noun only modifies it.
  const next = chunk.sentence.tokens[chunk.end];
  const modifier = !!next && /^\p{Ll}/u.test(next.text) && lowerBare(next) in ORGANIZATION_HEADS;
  // "the DVD", "CGI": compromise tags many a bare acronym an organisation; alone, that tag is weak
  // evidence (several mentions, a head word or the article's own expansion make it one).
  const bareAcronym = core.length === 1 && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(core[0]!.bare);
  if (core.some((t) => hasTag(t, 'Organization')) && !modifier)
    return { kind: 'organization', weight: bareAcronym ? 1 : 1.5 };
  const personTags = core.filter((t) => hasTag(t, 'Person', 'FirstName', 'LastName', 'Honorific'));
  if (personTags.length > 0 && !core.slice(1).some((t) => hasTag(t, 'Plural')))
    return { kind: 'person', weight: core.length >= 2 ? 2 : 1 };
  // "Dan Lane, a text message guru": a given name the lexicon knows, before one or two more words,
  // is a person even where the tagger read the pair as a street.
  if (core.length >= 2 && core.length <= 3 && givenName(core[0]!))
    return { kind: 'person', weight: 1.5 };
  if (hasTag(coreLast, 'Place', 'Region')) return { kind: 'place', weight: 1.5 };
  if (core.length >= 2 && core.length <= 4 && core.some(isInitial))
    return { kind: 'person', weight: 1.5 };
  return { kind: 'thing', weight: 0.5 };
}

/** A word the lexicon lists as a given name ("Dan", "Jamie"), whatever the tagger made of it here. */
function givenName(token: Token): boolean {
  return lexiconTags(lowerBare(token)).some((t) => GIVEN_NAME_TAGS.has(t));
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * What a common noun written next to a name says it is: "the game Halo", "the town of Santa Maria",
 * "research firm Gartner", "The Wright Stuff programme". A person noun ("the singer Madonna") says
 * person; a head word of organisations or places says which; any other noun, a named thing.
 */
function categoryOf(chunk: Chunk): EntityKind | undefined {
  const t = chunk.sentence.tokens;
  const kindOf = (noun: Token): EntityKind => {
    const word = lowerBare(noun);
    if (word in CATEGORY_NOUNS) return CATEGORY_NOUNS[word]!;
    if (hasTag(noun, 'Actor')) return 'person';
    if (word in ORGANIZATION_HEADS) return 'organization';
    return PLACE_HEADS.has(word) ? 'place' : 'thing';
  };
  const common = (w: Token | undefined): w is Token =>
    !!w &&
    /^\p{Ll}/u.test(w.text) &&
    hasTag(w, 'Noun') &&
    !hasTag(w, 'Pronoun', 'Plural', 'Value', 'Date', 'Duration');
  // What opens the noun phrase: "the", "its", "UK garage", "research firm", "rock band".
  const determiner = (w: Token | undefined) =>
    !!w && (hasTag(w, 'Determiner', 'Adjective', 'Noun') || w.possessive) && !hasTag(w, 'Pronoun');
  // Before: "the game Halo", "research firm Gartner", "the town of Santa Maria".
  let k = chunk.start - 1;
  if (t[k]?.lower === 'of' && PLACE_HEADS.has(lowerBare(t[k - 1]))) k--;
  const before = t[k];
  // A noun of CATEGORY_NOUNS says so by itself ("research firm Gartner", tagged an adjective).
  const named = !!before && /^\p{Ll}/u.test(before.text) && lowerBare(before) in CATEGORY_NOUNS;
  if (
    (named || (common(before) && determiner(t[k - 1]))) &&
    !gapBefore(chunk.sentence, k + 1).includes(',')
  ) {
    // "Ray star Jamie Foxx": a head word of names ("Star" of "Toronto Star") written before a given
    // name is a role, not the name's kind.
    // "local resident Francesca Detakats": a noun that names no kind says nothing against a
    // given name.
    const kind = kindOf(before!);
    if (!named && givenName(t[chunk.start]!) && kind !== 'person') return undefined;
    return kind;
  }
  // "titles such as Fifa and John Madden", "movies such as Harry Potter": the noun a list after
  // "such as" gives examples of says what each of them is.
  // Only across the list itself: words, commas and "and" ('… Sri Lanka and Nepal," Andrew
  // Pendleton said' is no member).
  const listGap = (i: number) => /^[\s,]*$/.test(gapBefore(chunk.sentence, i));
  let m = chunk.start - 1;
  while (m > 0 && listGap(m + 1) && (isCapitalized(t[m]) || /^(?:and|or)$/.test(t[m]!.lower))) m--;
  if (listGap(m + 1) && t[m]?.lower === 'as' && t[m - 1]?.lower === 'such') {
    const noun = t[m - 2];
    if (noun && /^\p{Ll}/u.test(noun.text) && hasTag(noun, 'Noun') && !hasTag(noun, 'Pronoun'))
      return kindOf({ ...noun, lower: noun.root ?? noun.lower, bare: noun.root ?? noun.bare });
  }
  // After, for a name of two or more words after "the": "The Wright Stuff programme".
  const after = t[chunk.end];
  if (
    chunk.end - chunk.start >= 2 &&
    common(after) &&
    !hasTag(after, 'Actor') &&
    t[chunk.start - 1]?.lower === 'the' &&
    !/[,;:]/.test(gapBefore(chunk.sentence, chunk.end))
  )
    return kindOf(after);
  return undefined;
}

/**
 * A headline written in title case: most of its longer words capitalised, and no full stop (a
 * sentence full of names ends in one).
 */
function titleCased(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const capitals = words.filter(isCapitalized).length;
  if (words.length < 4 || capitals < words.length * 0.7) return false;
  return !/[.!?]["”’)]?$/.test(sentence.text.trim());
}

/** How a name is keyed: case and a leading "the" do not matter. */
function keyOf(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .toLowerCase();
}

/** A person's surname as the article would write it alone: the last word with its particle. */
function surnameOf(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (/^(?:Jr\.?|Sr\.?|II|III|IV|V)$/.test(last)) return surnameOf(words.slice(0, -1));
  const before = words[words.length - 2]!;
  // A particle needs a given name before it: "Ben Wood" and "Al Gore" are given names, not particles.
  return words.length > 2 && SURNAME_PARTICLES.has(before.toLowerCase())
    ? `${before} ${last}`
    : last;
}

/**
 * People, organisations, places and other named things, with the ways the article names each:
 * titles stripped, surnames and acronyms merged into the full name, a possessive "'s" left off.
 */
export function findNames(
  doc: AnnotatedDocument,
  acronyms: ReadonlyArray<AcronymDefinition & { sentenceId: string }>,
): NameIndex {
  const seen = capitalEvidence(doc);
  const drafts = new Map<string, Draft>();
  const chunkKey = new Map<Chunk, string>();
  // The article's own definitions: "Terminal High Altitude Area Defense (THAAD)" is one thing.
  const expansionOf = new Map<string, string>();
  for (const a of acronyms)
    if (!expansionOf.has(keyOf(a.short))) expansionOf.set(keyOf(a.short), a.long);
  const definedForms = new Set([
    ...acronyms.map((a) => keyOf(a.short)),
    ...acronyms.map((a) => keyOf(a.long)),
  ]);
  const definedRanges = new Map<string, Array<{ start: number; end: number }>>();
  for (const a of acronyms) {
    const sentence = doc.sentenceById.get(a.sentenceId);
    if (!sentence) continue;
    const from = sentence.start + a.longStart;
    const to = sentence.start + a.longEnd;
    const start = sentence.tokens.findIndex((t) => t.start >= from);
    let end = start;
    while (end < sentence.tokens.length && sentence.tokens[end]!.end <= to) end++;
    if (start >= 0 && end > start) {
      const list = definedRanges.get(sentence.id) ?? [];
      list.push({ start, end });
      definedRanges.set(sentence.id, list);
    }
  }
  const allChunks: Chunk[] = [];
  for (const sentence of doc.sentences)
    allChunks.push(...respectDefinitions(chunksOf(sentence, seen), definedRanges, definedForms));
  // "the Government Will Soon Spend More on Interest Than": in a headline every word is capitalised,
  // so a run of capitals there is a name only if the article also writes it in running text.
  const headlines = new Set(doc.sentences.filter(titleCased));
  if (headlines.size > 0) {
    const inProse = new Set(
      allChunks
        .filter((c) => !headlines.has(c.sentence))
        .map((c) => keyOf(spanText(c.sentence, c))),
    );
    for (let k = allChunks.length - 1; k >= 0; k--) {
      const c = allChunks[k]!;
      if (
        headlines.has(c.sentence) &&
        c.end - c.start > 1 &&
        !inProse.has(keyOf(spanText(c.sentence, c)))
      )
        allChunks.splice(k, 1);
    }
  }

  const textOf = (c: Chunk) =>
    spanText(c.sentence, c)
      .replace(/['’]s?$/, '')
      .replace(/\u00ad/g, '');
  for (const chunk of allChunks) {
    const text = textOf(chunk);
    let key = keyOf(COUNTRY_ALIASES[text] ?? text);
    const expansion = expansionOf.get(key);
    if (expansion) key = keyOf(expansion);
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        key,
        kind: 'thing',
        name: COUNTRY_ALIASES[text] ?? expansion ?? text,
        surfaces: new Set(),
        chunks: [],
        votes: { person: 0, organization: 0, place: 0, thing: 0 },
      };
      drafts.set(key, draft);
    }
    draft.surfaces.add(text);
    draft.chunks.push(chunk);
    const vote = classify(chunk);
    draft.votes[vote.kind] += vote.weight;
    // What the sentence does with the name: "in Harare" is a place, "Kasukuwere, who" a person.
    const before = chunk.sentence.tokens[chunk.start - 1]?.lower ?? '';
    const after = chunk.sentence.tokens[chunk.end]?.lower ?? '';
    if (/^(?:in|at|near|from|to|across|outside|inside)$/.test(before) && vote.weight < 2)
      draft.votes.place += 0.75;
    if (
      after === 'who' &&
      /,/.test(gapBefore(chunk.sentence, chunk.end)) &&
      vote.weight < 2 &&
      !hasTag(chunk.sentence.tokens[chunk.end - 1], 'Plural')
    )
      draft.votes.person += 1.5;
    // "Chelsea were now looking more like Premiership leaders": a name that is not a plural itself,
    // the subject of a plural verb, is a team or a body of people, not one person.
    if (
      /^(?:were|are|have)$/.test(after) &&
      !/[,;:]/.test(gapBefore(chunk.sentence, chunk.end)) &&
      !/s$/i.test(chunk.sentence.tokens[chunk.end - 1]!.bare) &&
      vote.weight < 2
    )
      draft.plural = true;
    const category = categoryOf(chunk);
    if (category) draft.votes[category] += 2.5;
    // "ABN Amro's Eddie Wong", "Labour's Gordon Brown": a name whose possessive is a person's
    // given name is what that person speaks for, not a person (unless it opens with a given name).
    const owned = chunk.sentence.tokens[chunk.end];
    if (
      chunk.sentence.tokens[chunk.end - 1]!.possessive &&
      !!owned &&
      isCapitalized(owned) &&
      givenName(owned) &&
      !givenName(chunk.sentence.tokens[chunk.start]!) &&
      vote.weight < 3
    )
      draft.votes.organization += 2.5;
    if (vote.subtype && !draft.subtype) draft.subtype = vote.subtype;
    chunkKey.set(chunk, key);
  }
  for (const draft of drafts.values()) {
    const [kind] = (Object.entries(draft.votes) as Array<[EntityKind, number]>).sort(
      (a, b) => b[1] - a[1],
    )[0]!;
    draft.kind = kind;
    if (kind === 'person' && draft.plural) {
      draft.kind = 'organization';
      draft.votes.organization += draft.votes.person;
    }
    if (draft.kind === 'person') delete draft.subtype;
  }
  // An acronym takes the kind of what it stands for: an organisation written that way (one made
  // so here counts for the drafts after it).
  const organizations = new Map<string, Set<Draft>>();
  const addOrganization = (draft: Draft) => {
    for (const surface of draft.surfaces) {
      const key = keyOf(surface);
      const owners = organizations.get(key);
      if (owners) owners.add(draft);
      else organizations.set(key, new Set([draft]));
    }
  };
  for (const draft of drafts.values()) if (draft.kind === 'organization') addOrganization(draft);
  for (const draft of drafts.values())
    if (
      draft.kind === 'thing' &&
      draft.votes.thing <= 1 &&
      [...(organizations.get(draft.key) ?? [])].some((other) => other !== draft)
    ) {
      draft.kind = 'organization';
      addOrganization(draft);
    }

  // Surnames and given names alone ("Moon", "Trump") merge into the one person they can mean.
  const people = [...drafts.values()].filter(
    (d) => d.kind === 'person' && d.name.split(/\s+/).length >= 2,
  );
  const bySurname = new Map<string, Draft[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    const forms = new Set(
      [surnameOf(words), words[0]].filter((w): w is string => !!w && w.length > 1),
    );
    for (const form of forms) {
      const list = bySurname.get(keyOf(form)) ?? [];
      list.push(person);
      bySurname.set(keyOf(form), list);
    }
  }
  const merged = new Map<string, string>();
  for (const draft of drafts.values()) {
    if (draft.name.split(/\s+/).length > 2 && draft.kind === 'person') continue;
    const owners = (bySurname.get(draft.key) ?? []).filter((p) => p !== draft);
    if (owners.length === 0) continue;
    // "the Bill" is a bill, not Bill Shorten: a head word, or a name written after "the", is no first name.
    if (
      isHeadWord(draft.name) ||
      draft.chunks.every((c) => c.sentence.tokens[c.start - 1]?.lower === 'the')
    )
      continue;
    // "Kim" after Kim Jong Un and Kim Dae-jung means no one in particular: it is never asked. Nor
    // "Osbourne" beside Sharon Osbourne where the article also names "the Osbournes": another of
    // the family may be meant.
    const family =
      owners.length === 1 && [...drafts.values()].some((d) => keyOf(d.name) === `${draft.key}s`);
    if (owners.length > 1 || family || draft.votes.organization >= 3 || draft.votes.place >= 3) {
      if (owners.length > 1 || family) merged.set(draft.key, '');
      continue;
    }
    const owner = owners[0]!;
    if (draft.name.split(/\s+/).length >= 2 && !owner.name.endsWith(draft.name)) continue;
    merged.set(draft.key, owner.key);
  }

  // "the Senate" in an article about the Senate of Pakistan, "the Star" for the Toronto Star: a head
  // word alone means the one organisation it heads.
  const orgs = [...drafts.values()].filter(
    (d) => (d.kind === 'organization' || d.kind === 'thing') && d.name.split(/\s+/).length >= 2,
  );
  // Each by the key of its head word ("Senate" of "Senate of Pakistan", "Star" of "Toronto Star").
  const orgsByHead = new Map<string, Draft[]>();
  for (const o of orgs) {
    const words = o.name.split(/\s+/);
    const of = words.findIndex((w) => w.toLowerCase() === 'of');
    const head = keyOf((of > 0 ? words[of - 1] : words[words.length - 1]) ?? '');
    const list = orgsByHead.get(head);
    if (list) list.push(o);
    else orgsByHead.set(head, [o]);
  }
  for (const draft of drafts.values()) {
    if (merged.has(draft.key) || draft.name.split(/\s+/).length !== 1) continue;
    if (draft.kind !== 'organization' && draft.kind !== 'thing') continue;
    // "IPTV" beside "Microsoft IPTV": an acronym alone is the thing in general, not one maker's.
    if (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(draft.name)) continue;
    const owners = (orgsByHead.get(draft.key) ?? []).filter(
      (o) => o.kind === draft.kind || draft.votes[o.kind] > 0 || draft.kind === 'thing',
    );
    if (owners.length === 1) merged.set(draft.key, owners[0]!.key);
  }

  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  for (const draft of drafts.values()) {
    if (merged.has(draft.key)) continue;
    const entity: Entity = {
      id: `${draft.kind}:${draft.name}`,
      kind: draft.kind,
      ...(draft.subtype ? { subtype: draft.subtype } : {}),
      name: draft.name,
      aliases: [],
      mentions: [],
      definite: false,
      confidence: draft.votes[draft.kind],
    };
    entities.push(entity);
    byKey.set(draft.key, entity);
  }
  for (const [key, owner] of merged) if (owner) byKey.set(key, byKey.get(owner)!);
  const bySentence = new Map<string, Mention[]>();
  let definiteCount = new Map<
    Entity,
    { the: number; all: number; fullThe: number; full: number }
  >();
  for (const chunk of allChunks) {
    const entity = byKey.get(chunkKey.get(chunk) ?? '');
    if (!entity) continue;
    const text = textOf(chunk);
    if (text !== entity.name && !entity.aliases.includes(text)) entity.aliases.push(text);
    const last = chunk.sentence.tokens[chunk.end - 1]!;
    const mention: Mention = {
      sentenceId: chunk.sentence.id,
      entityId: entity.id,
      start: chunk.start,
      end: chunk.end,
      text,
      possessive: last.possessive,
      ...(entity.kind === 'place' && text in CAPITALS && CAPITALS[text] !== undefined
        ? { government: true }
        : {}),
    };
    entity.mentions.push(mention);
    // "the Muslim Association of Britain" but "MAB said": the full name decides whether "the" goes with it.
    const full = text.replace(/['’]s$/, '') === entity.name;
    const the = chunk.sentence.tokens[chunk.start - 1]?.lower === 'the';
    // "National Audit Office chief Sir John Bourn": a name before a lower-case noun only modifies
    // it, and says nothing about how the name itself is written.
    const next = chunk.sentence.tokens[chunk.end];
    const modifier =
      !the &&
      !last.possessive &&
      !!next &&
      /^\p{Ll}/u.test(next.text) &&
      hasTag(next, 'Noun') &&
      !hasTag(next, 'Pronoun') &&
      gapBefore(chunk.sentence, chunk.end).trim() === '';
    const counts = definiteCount.get(entity) ?? { the: 0, all: 0, fullThe: 0, full: 0 };
    if (!modifier)
      definiteCount.set(entity, {
        the: counts.the + (the ? 1 : 0),
        all: counts.all + 1,
        fullThe: counts.fullThe + (the && full ? 1 : 0),
        full: counts.full + (full ? 1 : 0),
      });
    const list = bySentence.get(chunk.sentence.id) ?? [];
    list.push(mention);
    bySentence.set(chunk.sentence.id, list);
  }
  for (const entity of entities) {
    const counts = definiteCount.get(entity);
    entity.definite = !counts
      ? false
      : counts.full > 0
        ? counts.fullThe * 2 > counts.full
        : counts.the * 2 > counts.all;
    for (const a of acronyms)
      if (keyOf(a.long) === keyOf(entity.name) && !entity.aliases.includes(a.short))
        entity.aliases.push(a.short);
    if (entity.kind === 'person') {
      // The article's own short form ("Moon", "bin Laden"); else the last word after a known first name.
      const words = entity.name.split(/\s+/);
      const written = entity.aliases.find(
        (a) => a.split(/\s+/).length <= 2 && entity.name.includes(a),
      );
      // "Robert Heinlein", "Donald J. Trump": a known first name, initials at most between.
      const firstNamed =
        (words.length === 2 || (words.length === 3 && /^(?:\p{Lu}\.)+$/u.test(words[1]!))) &&
        entity.mentions.some((m) => {
          const tokens = doc.sentenceById.get(m.sentenceId)?.tokens;
          return (
            hasTag(tokens?.[m.start], 'FirstName') && !hasTag(tokens?.[m.end - 1], 'FirstName')
          );
        });
      // "Kim Dae-jung", "Moon Jae-in": the family name comes first before a hyphenated given name.
      const familyFirst =
        words.length >= 2 && words.slice(1).some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w));
      const surname =
        written ?? (familyFirst ? words[0] : firstNamed ? surnameOf(words) : undefined);
      if (surname) entity.surname = surname;
    }
  }
  definiteCount = new Map();
  const live = entities.filter((e) => e.mentions.length > 0);
  return {
    entities: live,
    byId: new Map(live.map((e) => [e.id, e])),
    bySentence,
    capitalized: seen.capitals,
  };
}

/** A word that only says what kind of name it heads ("Assembly", "Government", "River"). */
export function isHeadWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower in ORGANIZATION_HEADS ||
    PLACE_HEADS.has(lower) ||
    lower in THING_HEADS ||
    TITLES.has(lower)
  );
}
