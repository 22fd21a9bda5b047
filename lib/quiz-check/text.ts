import { lexicon as compromiseLexicon, termShare, textHas } from '@/lib/quiz-engine/nlp';

/**
 * Text matching for the quiz checks. Deliberately independent of the engine: the checks must be able to
 * disagree with it, so they re-derive names, aliases and content words from the text themselves.
 */

/** Lower-cased, typographic quotes and dashes folded, periods dropped inside initialisms (U.S. → us). */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[‘’‛`]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/[‐-―]/g, '-')
      .replace(/\b((?:\p{Lu}\.){2,})/gu, (initials) => initials.replace(/\./g, ''))
      .toLowerCase()
      .replace(/'s\b/g, '')
      .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
      // Quotation marks, not apostrophes: 'Scottish School' → scottish school; O'Neill stays whole.
      .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `phrase` occurs in `text` as whole words, after normalising both. */
export function containsPhrase(text: string, phrase: string): boolean {
  // Hyphens join words for display only: "ISO 3166-1" contains "1", "Jae-in" matches "Jae-in".
  const needle = normalize(phrase).replace(/-/g, ' ');
  if (!needle.trim()) return false;
  return new RegExp(`(?:^| )${escape(needle.trim())}(?: |$)`).test(
    normalize(text).replace(/-/g, ' '),
  );
}

const STOP_WORDS = new Set(
  (
    'a an the of and or to in on at by for with from as is are was were be been being it its this that these ' +
    'those he she they them his her their him we our you your i not no but if then than so such which who whom ' +
    'whose what when where why how do does did has have had will would should could can may might must shall ' +
    'also about into over after before between while according article true false statement following says ' +
    'said say there here all any some more most other only very just'
  ).split(' '),
);

/** Content words of a text (no function words), crudely stemmed so "suggested" meets "suggests". */
export function contentWords(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '') || word;
}

/** Share (0–1) of `statement`'s content words found in `evidence`. */
export function contentOverlap(statement: string, evidence: string): number {
  const wanted = [...new Set(contentWords(statement))];
  if (wanted.length === 0) return 0;
  const have = new Set(contentWords(evidence));
  return wanted.filter((word) => have.has(word)).length / wanted.length;
}

/** compromise's dictionary: word → tags. */
export const lexicon = compromiseLexicon;

function isCommonWord(word: string): boolean {
  const tags = lexicon[word];
  if (tags !== undefined) return !String(tags).includes('Name');
  if (/(?:tion|ment|ity|ism|ance|ence|ship|ure|ies)$/.test(word)) return true;
  return textHas(word, '(#Verb|#Adjective|#Adverb|#Plural)');
}

// A word only names a person if a dictionary lists it as a name, or knows no such word and it does
// not have the shape of an ordinary adjective or noun ("Industrial", "Depression").
function isNameWord(word: string): boolean {
  const tags = lexicon[word];
  if (tags !== undefined) return String(tags).includes('Name');
  return !/(?:al|ic|ical|ish|an|ese|ary|ous|ive|ern|ion|ment|ity|ism|ance|ence|ship|ure|ies|ing|ers?)$/.test(
    word,
  );
}

// "Moon Jae-in" and "Mackenzie King" have a name word and at most one dictionary word; "Kill Chain",
// "Korean Air", "Industrial Revolution" and "Federally Administered Tribal Areas" do not.
function hasNameWords(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((word) => String(lexicon[word] ?? '').includes('Demonym'))) return false;
  // "Atkinson Principles", "Jacobite Uprisings": a name ending in a plural noun names a thing.
  const last = words[words.length - 1] ?? '';
  if (isCommonWord(last) && textHas(last, '#Plural')) return false;
  return words.some(isNameWord) && words.filter(isCommonWord).length <= 1;
}

const NAME_PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'von',
  'van',
  'da',
  'du',
  'la',
  'le',
]);

/** Initials of a name's significant words: "Terminal High Altitude Area Defense" → "thaad". */
export function initialsOf(name: string): string {
  return normalize(name)
    .split(/[ -]/)
    .filter((word) => word && !NAME_PARTICLES.has(word))
    .map((word) => word[0])
    .join('');
}

function isAcronymLike(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,}s?$/u.test(text.trim());
}

/**
 * Ways the article may refer to a name: itself, without a leading "the", its initialism when it has
 * one, and for a person-like name its first or last word ("Moon Jae-in" → "Moon", "Atkinson").
 */
const aliasCache = new Map<string, string[]>();

export function aliasesOf(name: string): string[] {
  let cached = aliasCache.get(name);
  if (!cached) {
    cached = computeAliases(name);
    aliasCache.set(name, cached);
  }
  return cached;
}

function computeAliases(name: string): string[] {
  const base = name.trim().replace(/^the\s+/i, '');
  const aliases = new Set([name.trim(), base]);
  const words = base.split(/\s+/);
  if (
    words.length >= 2 &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()))
  ) {
    const initials = initialsOf(base);
    if (looksLikePersonName(base)) {
      // The family name alone refers to the person ("Moon", "Blake"); a given name ("William") does not.
      const family = familyNameFirst(words) ? words[0] : words[words.length - 1];
      if (family && family.length >= 3) aliases.add(family);
    } else if (initials.length >= 2) {
      aliases.add(initials.toUpperCase());
    }
  }
  return [...aliases].filter(Boolean);
}

/** Words that make a name an organisation's. */
export const ORGANIZATION_WORDS =
  /\b(?:party|assembly|committee|council|ministry|department|administration|association|company|corporation|corp|inc|ltd|limited|group|bank|union|organi[sz]ation|university|college|court|senate|parliament|congress|commission|agency|bureau|institute|league|alliance|federation|government|times|star|post|tribune|herald|journal|ilbo|press|media|network|foundation|army|navy|forces|guard|police|church|club|society|trust|board|cabinet|house of \w+|newspapers)\b/i;

// Words that name places or things, never a person.
const ORG_OR_PLACE_WORDS =
  /\b(?:party|assembly|committee|council|ministry|department|administration|association|company|corporation|inc|ltd|group|bank|union|organi[sz]ation|university|college|court|senate|parliament|congress|commission|agency|office|service|institute|league|alliance|federation|government|republic|kingdom|states|nations|peninsula|complex|island|islands|sea|ocean|river|city|county|province|north|south|east|west|northeast|northwest|southeast|southwest|central|united|national|international|news|times|star|post|daily|ilbo|press|media|network|foundation|force|forces|army|navy|system|programme|program|act|treaty|agreement)\b/i;

/**
 * Two to four capitalised words with none of the words that name organisations or places, at least one
 * name word and at most one dictionary word: "Moon Jae-in", "Mackenzie King"; not "Great Britain".
 */
const personCache = new Map<string, boolean>();

export function looksLikePersonName(name: string): boolean {
  let known = personCache.get(name);
  if (known === undefined) {
    known = computeLooksLikePerson(name);
    personCache.set(name, known);
  }
  return known;
}

function computeLooksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word)) &&
    !ORG_OR_PLACE_WORDS.test(name) &&
    !ORGANIZATION_WORDS.test(name) &&
    hasNameWords(name) &&
    !isPlaceOrOrganization(name)
  );
}

const placeOrOrganization = new Map<string, boolean>();

// compromise knows "Great Britain" and "Northern Ireland" are places; asked once per name, as the checks
// repeat names a lot.
function isPlaceOrOrganization(name: string): boolean {
  let known = placeOrOrganization.get(name);
  if (known === undefined) {
    // Most of its words, not one: compromise tags the "Geun" of "Park Geun-hye" as a place.
    const { matched, total } = termShare(name, '(#Place|#Organization)');
    known = matched * 2 > total;
    placeOrOrganization.set(name, known);
  }
  return known;
}

// Korean and other family-name-first names: "Moon Jae-in", "Ahn Cheol-soo", "Kim Jong Un".
function familyNameFirst(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last) ||
    (words.length === 3 && words.every((w) => w.length <= 4))
  );
}

/** Whether two names can refer to the same thing: equal, one an initialism of the other, or a name part. */
export function areAliases(a: string, b: string): boolean {
  const na = normalize(a).replace(/^the /, '');
  const nb = normalize(b).replace(/^the /, '');
  if (!na || !nb) return false;
  if (na === nb) return true;
  if (isAcronymLike(a) && initialsOf(b) === na) return true;
  if (isAcronymLike(b) && initialsOf(a) === nb) return true;
  const aliasesA = aliasesOf(a).map(normalize);
  const aliasesB = aliasesOf(b).map(normalize);
  return aliasesA.includes(nb) || aliasesB.includes(na);
}

/** Whether `text` mentions `name` or one of its aliases (see aliasesOf), as whole words. */
export function mentions(
  text: string,
  name: string,
  extraAliases: readonly string[] = [],
): boolean {
  return (
    [...aliasesOf(name), ...extraAliases].some((alias) => containsPhrase(text, alias)) ||
    mentionsByHead(text, name)
  );
}

// "the Star" for "Toronto Star", "the Assembly" for "National Assembly": an organisation's head word,
// capitalised after "the" (case matters here: "the star of the show" is not the newspaper), and not
// the head of another name ("the Church in Wales" is not the Church of Ireland).
function mentionsByHead(text: string, name: string): boolean {
  const words = name
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  if (words.length < 2 || looksLikePersonName(name)) return false;
  const of = words.findIndex((word) => /^(?:of|for)$/i.test(word));
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (!head || head.length < 3 || !/^\p{Lu}\p{Ll}/u.test(head)) return false;
  return new RegExp(`\\b[Tt]he ${escape(head)}\\b(?!\\s+(?:of|for|in|at|on)\\s+\\p{Lu})`, 'u').test(
    text,
  );
}

const COMPASS_WORDS = new Set(
  'north south east west northern southern eastern western central upper lower new'.split(' '),
);
const CORPORATE_SUFFIXES = new Set([
  'ltd',
  'limited',
  'inc',
  'corp',
  'corporation',
  'co',
  'plc',
  'llc',
  'newspapers',
  'group',
  'daily',
]);

function nameWords(name: string): string[] {
  return normalize(name)
    .split(' ')
    .filter((word) => word && !NAME_PARTICLES.has(word) && !CORPORATE_SUFFIXES.has(word));
}

/**
 * Whether two options could name the same thing to a reader: aliases, or every significant word of one
 * is in the other ("Star" / "Toronto Daily Star" / "Toronto Star Newspapers Ltd"; "Korea" / "South Korea").
 */
export function couldNameSameThing(a: string, b: string): boolean {
  if (areAliases(a, b)) return true;
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (shorter.length === 0 || !shorter.every((word) => longer.includes(word))) return false;
  // "Northern Ireland" is not "Ireland", nor "South Korea" "Korea": a compass word names another place.
  return !longer.some((word) => !shorter.includes(word) && COMPASS_WORDS.has(word));
}
