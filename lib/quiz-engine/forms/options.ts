import { contentHash } from '@/lib/text/hash';
import type { Analysis } from '../analysis';
import type { DateSpan, NumberSpan, Sentence, Token } from '../nlp/document';
import { civilOf, dayNumber } from '../nlp/days';
import type { Entity } from '../stages/names';
import { MONTH_NAMES } from '@/lib/text/dates';
import { genderOf, mentionsEntity, mentionsName, pickVaried } from './kit';
import { NUMBER_WORDS } from '../lang/en/numbers';
import { PLACE_PARTS } from '../lang/en/places';
import { TITLES } from '../lang/en/names';
import { SPEECH_VERBS } from '../lang/en/verbs';
import { hasTag } from '../nlp/spans';

/**
 * Wrong options, taken from the article first: other entities of the key's kind, other dates of the
 * key's precision, other figures of the key's unit. Each must be wrong per the article (never the
 * key under another name, never someone the text says did the same), and the set must look like the
 * key (parallel forms), so the key cannot be spotted without reading.
 */

const GENERIC = new Set([
  'party',
  'the',
  'of',
  'and',
  'for',
  'national',
  'united',
  'new',
  'democratic',
  'people',
  'people’s',
  "people's",
  'republic',
  'state',
  'states',
  'city',
  'group',
  'company',
  'council',
  'assembly',
  'ministry',
  'department',
  'north',
  'south',
  'east',
  'west',
  'university',
  'times',
  'news',
]);

const wordCache = new WeakMap<Entity, Set<string>>();

function distinctiveWords(entity: Entity): Set<string> {
  let words = wordCache.get(entity);
  if (!words) {
    words = new Set(
      [entity.name, ...entity.aliases]
        .flatMap((n) => n.toLowerCase().split(/\s+/))
        .filter((w) => w.length > 2 && !GENERIC.has(w)),
    );
    wordCache.set(entity, words);
  }
  return words;
}

/**
 * Two names that share a distinctive word may name one thing ("Toronto Star" and "the Star"); a
 * name of generic words only may be short for a longer one that holds it ("the Democratic Party"
 * and "the Democratic Party of Korea").
 */
export function mayBeSame(a: Entity, b: Entity): boolean {
  const x = distinctiveWords(a);
  const y = distinctiveWords(b);
  for (const w of y) if (x.has(w)) return true;
  if (x.size > 0 && y.size > 0) return false;
  const [shorter, longer] = [a.name, b.name]
    .map((n) => n.toLowerCase().replace(/^the\s+/, ''))
    .sort((m, n) => m.length - n.length);
  const rest = longer!.slice(shorter!.length);
  return longer!.startsWith(shorter!) && (rest === '' || /^\W/.test(rest));
}

/** How an entity is shown as an option: its full name without a leading "the". */
export function optionName(entity: Entity): string {
  return entity.name.replace(/^the\s+/i, '');
}

const ranked = new WeakMap<Analysis, Entity[]>();

/** The article's entities, most prominent first (computed once per analysis). */
function rankedEntities(analysis: Analysis): Entity[] {
  let list = ranked.get(analysis);
  if (!list) {
    list = [...analysis.names.entities].sort(
      (a, b) =>
        (analysis.salience.get(b.id) ?? 0) - (analysis.salience.get(a.id) ?? 0) ||
        (a.name < b.name ? -1 : 1),
    );
    ranked.set(analysis, list);
  }
  return list;
}

/** Entities of the key's kind (and subtype, for places, organisations and things), most prominent first. */
export function entityOptions(
  analysis: Analysis,
  key: Entity,
  options: {
    exclude?: ReadonlySet<string>;
    stem?: string;
    salt: string;
    count?: number;
    /** Only entities the article names within a paragraph of this one, and named with confidence (plausible swaps). */
    near?: number;
  },
): string[] | undefined {
  const count = options.count ?? 3;
  const keySex = key.kind === 'person' ? genderOf(analysis, key) : undefined;
  const pool = rankedEntities(analysis).filter((e) => {
    if (e.id === key.id || options.exclude?.has(e.id)) return false;
    if (e.kind !== key.kind) return false;
    if (key.kind === 'place' && (key.subtype ?? '') !== (e.subtype ?? '')) return false;
    if (key.kind === 'thing' && (!key.subtype || key.subtype !== e.subtype)) return false;
    if (
      key.kind === 'organization' &&
      key.subtype &&
      key.subtype !== 'organization' &&
      e.subtype !== key.subtype
    )
      return false;
    if (mayBeSame(key, e)) return false;
    if (key.kind === 'place' && wholeAndPart(optionName(key), optionName(e))) return false;
    // "Sinn Féin" or "First Minister" read as a person once is no person option.
    if (e.confidence < 1.5 && e.mentions.length < 2) return false;
    if (options.near !== undefined) {
      if (e.confidence < 2) return false;
      const near = options.near;
      const close = e.mentions.some(
        (m) => Math.abs((analysis.doc.sentenceById.get(m.sentenceId)?.paragraph ?? -9) - near) <= 1,
      );
      if (!close) return false;
    }
    if (options.stem && mentionsEntity(options.stem, e)) return false;
    // "Who sold his house?": no woman among the options (nor a man for "her"); and "the title HRH
    // Duchess of Cornwall" for Mrs Parker Bowles, no man.
    if (key.kind === 'person' && options.stem) {
      const gender = genderOf(analysis, e);
      if (gender === 'f' && stemSex(options.stem, keySex) === 'm') return false;
      if (gender === 'm' && stemSex(options.stem, keySex) === 'f') return false;
    }
    // A bare surname or single word is a weak option next to full names.
    if (key.kind === 'person' && key.name.includes(' ') && !e.name.includes(' ')) return false;
    if (key.kind === 'person' && !plainlyPerson(analysis, e)) return false;
    if ((key.kind === 'organization' || key.kind === 'thing') && onlyModifier(analysis, e))
      return false;
    return true;
  });
  // No two options that may name one thing ("Parliament of Pakistan", "Houses of the Parliament").
  const distinct: Entity[] = [];
  for (const e of pool) if (!distinct.some((d) => mayBeSame(d, e))) distinct.push(e);
  // "Mrs Parker Bowles" among three men stands out: where the article has enough people of the
  // key's sex (or of none it says), the options are those.
  if (keySex) {
    const alike = distinct.filter((e) => {
      const other = genderOf(analysis, e);
      return !other || other === keySex;
    });
    if (alike.length >= count) distinct.splice(0, distinct.length, ...alike);
  }
  // "Dunwoody" among "Tony Blair" and "Gordon Brown" gives itself away by its form: a key the
  // article names by surname alone gets the others' surnames.
  const bare = key.kind === 'person' && !key.name.includes(' ');
  const surname = (e: Entity) =>
    e.surname ??
    optionName(e)
      .split(/\s+/)
      .filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w))
      .pop()!;
  const shown = (e: Entity) => (bare ? surname(e) : optionName(e));
  const names = [...new Set(distinct.map(shown))].filter(
    (n) => n.toLowerCase() !== optionName(key).toLowerCase(),
  );
  if (names.length < 2) return undefined;
  return pickVaried(names, count, options.salt);
}

/**
 * Whether one place is part of the other: as PLACE_PARTS says, or by its name ("Northern Ireland" and
 * "Ireland", "South Korea" and "Korea").
 */
function wholeAndPart(a: string, b: string): boolean {
  const within = (outer: string, inner: string) =>
    (PLACE_PARTS[outer] ?? []).includes(inner) || outer.endsWith(` ${inner}`);
  return within(a, b) || within(b, a);
}

/**
 * Which sex a stem says its answer is: a pronoun ("Who sold his house?", "the only individual men's
 * finalist"); or a word for a man or a woman ("the title HRH Duchess of Cornwall"), which may be
 * someone else's ("Who met the Queen?") and so counts only where it agrees with the key's.
 */
function stemSex(stem: string, keySex: 'm' | 'f' | undefined): 'm' | 'f' | undefined {
  if (/\b(?:his|him|himself|he|men['’]s)\b/i.test(stem)) return 'm';
  if (/\b(?:her|hers|herself|she|women['’]s)\b/i.test(stem)) return 'f';
  if (keySex === 'm' && /\b(?:husband|father|son|brother|king|prince|duke)\b/i.test(stem))
    return 'm';
  if (
    keySex === 'f' &&
    /\b(?:wife|mother|daughter|sister|queen|princess|duchess|actress)\b/i.test(stem)
  )
    return 'f';
  return undefined;
}

/**
 * "the PR risk", "a potential PR fiasco": a name the article writes only before a lower-case noun
 * it modifies is no organisation or thing of its own to offer ("the China pavilion" is still China).
 */
function onlyModifier(analysis: Analysis, e: Entity): boolean {
  return e.mentions.every((m) => {
    const sentence = analysis.doc.sentenceById.get(m.sentenceId);
    if (!sentence || m.possessive) return false;
    const last = sentence.tokens[m.end - 1]!;
    const after = sentence.tokens[m.end];
    return (
      !!after &&
      after.start === last.end + 1 &&
      /^\p{Ll}/u.test(after.text) &&
      hasTag(after, 'Noun') &&
      !hasTag(after, 'Verb', 'Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Adverb')
    );
  });
}

/**
 * "a rousing version of Hey Jude", "its Alfa Romeo marque": a capitalised pair with a given name or
 * surname in it reads as a person, which is enough for a key the article's sentence proves but not
 * for a wrong option offered as a person. An option must be one beyond doubt: a person's name not
 * used as a modifier ("William Lerach", "Shinzo Abe"), initials ("J. K. Rowling"), a title or role
 * before it ("Mr Mann", "producer Don Mischer"), a shorter mention of their own ("Mr Morchio"), a
 * speech verb beside it, a role or "who" after its comma, or a hyphenated given name ("Ahn
 * Cheol-soo"), in the article's own words (not inside a quotation).
 */
function plainlyPerson(analysis: Analysis, e: Entity): boolean {
  // Asked for every candidate of every person question: read each entity's mentions once.
  let known = plainCache.get(analysis);
  if (!known) plainCache.set(analysis, (known = new Map()));
  let plain = known.get(e.id);
  if (plain === undefined) known.set(e.id, (plain = readsAsPerson(analysis, e)));
  return plain;
}

const plainCache = new WeakMap<Analysis, Map<string, boolean>>();

function readsAsPerson(analysis: Analysis, e: Entity): boolean {
  // "the MP for Brent South": a name ending in a compass word that only ever follows a
  // preposition is a constituency or a region ("Michael East ran" is a person).
  if (
    /^(?:north|south|east|west)$/i.test(e.name.split(/\s+/).pop()!) &&
    e.mentions.every((m) => {
      const sentence = analysis.doc.sentenceById.get(m.sentenceId);
      // 'declaring "today Brent South, tomorrow Soweto"': a slogan quoted is no naming of the writer's.
      return (
        !sentence ||
        analysis.quotedAt(sentence, m.start) ||
        hasTag(sentence.tokens[m.start - 1], 'Preposition')
      );
    })
  )
    return false;
  const speaks = (w: Token | undefined) =>
    !!w && hasTag(w, 'Verb') && SPEECH_VERBS.has(w.root ?? w.lower);
  return e.mentions.some((m) => {
    const sentence = analysis.doc.sentenceById.get(m.sentenceId);
    // Words quoted are not the article's naming: 'Vote Blair, Get Brown' is a slogan.
    if (!sentence || analysis.quotedAt(sentence, m.start)) return false;
    const t = sentence.tokens;
    const first = t[m.start]!;
    const last = t[m.end - 1]!;
    const before = t[m.start - 1];
    const after = t[m.end];
    const gap = sentence.text.slice(
      last.end - sentence.start,
      (after?.start ?? sentence.end) - sentence.start,
    );
    const givenName = hasTag(first, 'FirstName', 'MaleName', 'FemaleName');
    // A name before a lower-case noun only modifies it ("its Alfa Romeo marque", "Hey Jude fans").
    const modifier =
      !m.possessive &&
      !givenName &&
      !!after &&
      /^\s+$/.test(gap) &&
      /^\p{Ll}/u.test(after.text) &&
      hasTag(after, 'Noun', 'Adjective') &&
      !hasTag(after, 'Verb');
    const lowerNoun = (w: Token | undefined) =>
      !!w && /^\p{Ll}/u.test(w.text) && hasTag(w, 'Noun', 'Adjective');
    return (
      (m.end - m.start >= 2 &&
        !modifier &&
        (givenName ||
          (hasTag(first, 'Person') && hasTag(last, 'Person', 'LastName', 'FirstName')))) ||
      t.slice(m.start, m.end - 1).some((w) => /^\p{Lu}\.?$/u.test(w.text)) ||
      (!!before && TITLES.has(before.lower.replace(/\.$/, ''))) ||
      (!!before &&
        /^\p{Ll}/u.test(before.text) &&
        hasTag(before, 'Noun') &&
        !hasTag(before, 'Pronoun', 'Possessive', 'Determiner')) ||
      (m.text !== e.name && e.mentions.length > 1) ||
      speaks(before) ||
      speaks(after) ||
      // "Conleth Hill, who plays …", "Kent Kartadinata, chief technology officer,", "Frigyes
      // Berecz, the party secretary,"
      (/^,\s*$/.test(gap) &&
        (after?.lower === 'who' ||
          (lowerNoun(after) && !hasTag(after, 'Pronoun', 'Determiner', 'Verb')) ||
          (/^(?:a|an|the)$/.test(after?.lower ?? '') &&
            /^\p{Ll}/u.test(t[m.end + 1]?.text ?? '')))) ||
      t.slice(m.start + 1, m.end).some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w.bare))
    );
  });
}

type DateStyle = 'dmy' | 'mdy' | 'plain';

function styleOf(text: string): DateStyle {
  if (/^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}$/u.test(text)) return 'dmy';
  if (/^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/u.test(text)) return 'mdy';
  return 'plain';
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

/** A date written the way the key is written ("23 April 2017", "April 23, 2017", "the 1990s"). */
export function formatDate(
  from: number,
  granularity: DateSpan['granularity'],
  like: string,
  to?: number,
): string | undefined {
  const { year, month, day } = civilOf(from);
  const monthName = MONTH_NAMES[month - 1];
  const definite = /^the\s/i.test(like);
  switch (granularity) {
    case 'day':
      return styleOf(like) === 'mdy'
        ? `${monthName} ${day}, ${year}`
        : `${day} ${monthName} ${year}`;
    case 'month':
      return `${monthName} ${year}`;
    case 'year':
      return `${year}`;
    case 'decade':
      return `${definite ? 'the ' : ''}${Math.floor(year / 10) * 10}s`;
    case 'century':
      return `${definite ? 'the ' : ''}${ordinal(Math.floor((year - 1) / 100) + 1)} century`;
    case 'years': {
      // "1785 until 1790", "1939–1945": the key's own words between the years.
      const years = [...like.matchAll(/\d{4}/g)];
      if (years.length !== 2 || to === undefined) return undefined;
      const last = civilOf(to).year;
      return like.replace(years[0]![0], String(year)).replace(years[1]![0], String(last));
    }
    default:
      return undefined;
  }
}

function shifted(key: DateSpan): number[] {
  const { year, month, day } = civilOf(key.from);
  switch (key.granularity) {
    // Far enough apart to be wrong for a reason, not a trick of one or two.
    case 'day':
      return [
        dayNumber(year - 1, month, day),
        dayNumber(year, month + 4, day),
        dayNumber(year + 2, month, day),
        dayNumber(year, month - 5, day),
      ];
    case 'month':
      return [
        dayNumber(year - 1, month, 1),
        dayNumber(year, month + 5, 1),
        dayNumber(year + 2, month, 1),
      ];
    case 'year':
      return [
        dayNumber(year - 10, 1, 1),
        dayNumber(year + 7, 1, 1),
        dayNumber(year - 20, 1, 1),
        dayNumber(year + 15, 1, 1),
      ];
    case 'decade':
      return [dayNumber(year - 20, 1, 1), dayNumber(year + 10, 1, 1), dayNumber(year - 10, 1, 1)];
    case 'century':
      return [
        dayNumber(year - 100, 1, 1),
        dayNumber(year + 100, 1, 1),
        dayNumber(year - 200, 1, 1),
      ];
    case 'years': {
      const length = civilOf(key.to).year - year;
      return [-20, 10, -10, 25]
        .map((shift) => dayNumber(year + shift, 1, 1))
        .filter(() => length >= 0);
    }
    default:
      return [];
  }
}

const YEAR = 365;
const NEAR_DAYS: Partial<Record<DateSpan['granularity'], number>> = {
  day: 3 * YEAR,
  month: 5 * YEAR,
  year: 25 * YEAR,
  years: 40 * YEAR,
  decade: 80 * YEAR,
  century: 400 * YEAR,
};

/**
 * Dates of the key's precision: the article's own others first (nearest in time), then the key
 * shifted, none overlapping the key or any date in `avoid` (other dates of the same event).
 */
export function dateOptions(
  analysis: Analysis,
  key: DateSpan,
  keyText: string,
  avoid: readonly DateSpan[],
  /** Only later dates: a plan or forecast ("due to appear in 2006") set in the past is absurd. */
  later = false,
): string[] | undefined {
  const overlaps = (from: number, to: number, d: { from: number; to: number }) =>
    from <= d.to && d.from <= to;
  const clash = (from: number, to: number) =>
    overlaps(from, to, key) || avoid.some((d) => overlaps(from, to, d));
  const seen = new Set<string>([keyText.toLowerCase()]);
  const fromArticle: Array<{ text: string; distance: number }> = [];
  for (const s of analysis.doc.sentences)
    for (const d of s.dates) {
      if (d.relative || d.granularity !== key.granularity || clash(d.from, d.to)) continue;
      if (later && d.from <= key.to) continue;
      const text = formatDate(d.from, d.granularity, keyText, d.to);
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      fromArticle.push({ text, distance: Math.abs(d.from - key.from) });
    }
  fromArticle.sort((a, b) => a.distance - b.distance || (a.text < b.text ? -1 : 1));
  // A date far from the key ("2013" beside an 1898 event) is no real rival: shifted ones instead.
  const near = NEAR_DAYS[key.granularity] ?? Infinity;
  const out = fromArticle
    .filter((d) => d.distance <= near)
    .slice(0, 3)
    .map((d) => d.text);
  for (const from of shifted(key)) {
    if (out.length >= 3) break;
    if (later && from <= key.to) continue;
    const span = key.to - key.from;
    if (clash(from, from + span)) continue;
    const text = formatDate(from, key.granularity, keyText, from + span);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out.length >= 2 ? out : undefined;
}

/** Figures written in words up to "twenty": past that, options are written in digits. */
const SMALL_WORDS = NUMBER_WORDS.slice(0, 21);

/** The key's figure replaced by another value, written the same way ("$4.8 billion" → "$2.4 billion"). */
export function reformatNumber(keyText: string, value: number): string | undefined {
  const word =
    /^(?:[a-z]+)$/i.test(keyText.split(/\s+/)[0] ?? '') &&
    SMALL_WORDS.includes(keyText.split(/\s+/)[0]!.toLowerCase());
  if (word) {
    const w = SMALL_WORDS[value];
    if (!w || !Number.isInteger(value)) return undefined;
    const first = keyText.split(/\s+/)[0]!;
    const cased = /^\p{Lu}/u.test(first) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    return keyText.replace(first, cased);
  }
  const m = /\d[\d,]*(?:\.\d+)?/.exec(keyText);
  if (!m) return undefined;
  const decimals = (m[0].split('.')[1] ?? '').length;
  // "$590 billion" → "$1,180 billion": a figure that grows past a thousand gets its separator.
  const grouped = m[0].includes(',') || (Number(m[0]) < 1000 && value >= 1000);
  let text = decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
  if (grouped)
    text = Number(text).toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  return keyText.slice(0, m.index) + text + keyText.slice(m.index + m[0].length);
}

/** The figure a number span's text shows, in the units of its own digits ("$4.8 billion" → 4.8). */
export function shownValue(text: string): number | undefined {
  const word = SMALL_WORDS.indexOf(text.split(/\s+/)[0]?.toLowerCase() ?? '');
  if (word >= 0) return word;
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : undefined;
}

/** Figures of the key's kind and unit: the article's own first, then the key scaled. */
export function numberOptions(
  analysis: Analysis,
  key: NumberSpan,
  keyText: string,
  sentence: Sentence,
): string[] | undefined {
  const seen = new Set([keyText.toLowerCase()]);
  const out: string[] = [];
  const scale = (text: string) =>
    text.replace(
      /\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi,
      '#',
    );
  for (const s of analysis.doc.sentences)
    for (const n of s.numbers) {
      if (s === sentence && n.start === key.start) continue;
      if (n.kind !== key.kind || n.value === key.value) continue;
      if (key.kind === 'count' && ((n.unit ?? '') !== (key.unit ?? '') || n.value < 2)) continue;
      // "$4.8 billion" and "$300,000": the same shape, or the difference gives the key away.
      if (scale(n.text) !== scale(keyText)) continue;
      // "nine" beside "12": written the way the key is ("2 billion" gives 2 in "# billion", not 2e9).
      const text =
        /^\p{L}/u.test(keyText) !== /^\p{L}/u.test(n.text)
          ? reformatNumber(keyText, shownValue(n.text) ?? n.value)
          : n.text;
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push(text);
    }
  const base = shownValue(keyText);
  if (base !== undefined && base > 0) {
    const integer = Number.isInteger(base);
    // "about 15 million", "nearly $1 trillion": a rounded figure needs wrong options far from it.
    const rounded =
      /million|billion|thousand|trillion/i.test(keyText) ||
      /^(?:about|around|nearly|almost|approximately|roughly|over|more|some|estimated)$/i.test(
        sentence.tokens[key.start - 1]?.lower ?? '',
      );
    const candidates =
      integer && !rounded
        ? base <= 20
          ? [base + 1, base - 1, base + 2, base * 2, base + 3].filter((v) => v > 0)
          : [
              Math.round(base * 1.5),
              Math.round(base / 2),
              Math.round(base * 2),
              Math.round(base * 0.75),
            ]
        : // Not always half and double: that leaves the key in the middle.
          [
            [2, 3, 1.5],
            [0.5, 0.25, 2],
            [3, 1.5, 0.5],
            [0.5, 2, 4],
          ][parseInt(contentHash(keyText + sentence.id), 36) % 4]!.map((f) =>
            integer ? Math.round(base * f) : Number((base * f).toFixed(1)),
          );
    for (const v of candidates) {
      if (out.length >= 3) break;
      // "$0 billion" is no figure anyone would write, nor "150% of its debts" for a share.
      // A share is never above 100 %, nor "all of it" in place of a part ("about 100% of output").
      const share = key.kind === 'percent' && base <= 100 && (v > 100 || (v === 100 && base < 100));
      if (v === base || v <= 0 || share) continue;
      const text = reformatNumber(keyText, v);
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push(text);
    }
  }
  const options = pickVaried(out, 3, keyText + sentence.id);
  return options.length >= 2 ? options : undefined;
}

/** True when none of the wrong options is written in the proving sentences as an answer to the same thing. */
export function optionsAreWrong(options: readonly string[], proving: readonly Sentence[]): boolean {
  return !options.some((o) => proving.some((s) => mentionsName(s.text, o)));
}
