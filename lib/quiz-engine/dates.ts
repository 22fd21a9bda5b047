import { MONTHS } from './lexicon';

/** How precisely a date is stated: a day, a month or a year. */
export type DateGranularity = 'day' | 'month' | 'year';

/**
 * A date the article states, with the span of days it covers (so "April 2017" overlaps
 * "23 April 2017" and the two are never offered as rival answers).
 */
export interface StatedDate {
  /** As the quiz shows it: "23 April 2017", "April 2017", "1949". */
  label: string;
  granularity: DateGranularity;
  year: number;
  month?: number;
  day?: number;
  /** First and last day covered, as days since 1970-01-01. */
  from: number;
  to: number;
}

/** A date phrase inside a sentence; offsets are into the sentence text. */
export interface DateMention {
  date: StatedDate;
  start: number;
  end: number;
  /** Including a leading preposition ("on 23 April 2017"), so a stem can drop the whole phrase. */
  phraseStart: number;
  /**
   * adverbial: dates the clause ("in 1971", "said 24 January 2017"); modifier: part of a noun
   * ("the 2017 impeachment", "1962 Constitution"); range: one end of "from 1910 to 1973".
   */
  role: 'adverbial' | 'modifier' | 'range';
  /** True when resolved from a relative phrase ("February last year") against the article's date. */
  relative: boolean;
}

const MONTH_NAMES = MONTHS.join('|');
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES}),?\\s+(\\d{4})\\b`,
  'g',
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'g',
);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES}),?\\s+(\\d{4})\\b`, 'g');
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b(?!s|['’]s|-\d)/g;
const RELATIVE_MONTH = new RegExp(
  `\\b(?:in\\s+)?(${MONTH_NAMES})\\s+(last|this|next)\\s+year\\b`,
  'g',
);
const RELATIVE_YEAR = /\b(last|this|next)\s+year\b/g;
const WEEKDAY = /\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const LEADING_PREPOSITION =
  /(?:\b(?:in\s+the\s+year|on|in|since|by|during|from|until|before|after|of|early|late|mid)\s+)$/i;

export function daysFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.toLowerCase() === name.toLowerCase()) + 1;
}

export function makeDate(year: number, month?: number, day?: number): StatedDate | undefined {
  if (year < 1000 || year > 2100) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    if (day < 1 || day > daysInMonth(year, month)) return undefined;
    const from = daysFromCivil(year, month, day);
    return {
      label: `${day} ${MONTHS[month - 1]} ${year}`,
      granularity: 'day',
      year,
      month,
      day,
      from,
      to: from,
    };
  }
  if (month !== undefined) {
    return {
      label: `${MONTHS[month - 1]} ${year}`,
      granularity: 'month',
      year,
      month,
      from: daysFromCivil(year, month, 1),
      to: daysFromCivil(year, month, daysInMonth(year, month)),
    };
  }
  return {
    label: String(year),
    granularity: 'year',
    year,
    from: daysFromCivil(year, 1, 1),
    to: daysFromCivil(year, 12, 31),
  };
}

export function datesOverlap(a: StatedDate, b: StatedDate): boolean {
  return a.from <= b.to && b.from <= a.to;
}

interface Found {
  date: StatedDate;
  start: number;
  end: number;
  relative: boolean;
}

/**
 * What the article's own date lets us resolve. Relative phrases are resolved only when the article
 * date plausibly is the writing date: the latest date stated in the text is no more than a few weeks
 * before it (a "page last modified" stamp a year later would make "last year" wrong).
 */
export interface DateContext {
  articleDate?: StatedDate;
  /** Relative phrases resolve only when true (see above). */
  current: boolean;
}

export function findDates(text: string, context: DateContext): DateMention[] {
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (date: StatedDate | undefined, start: number, end: number, relative = false) => {
    if (!date || !free(start, end)) return;
    taken.push([start, end]);
    found.push({ date, start, end, relative });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    add(
      makeDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])),
      m.index,
      m.index + m[0].length,
    );
  for (const m of text.matchAll(MONTH_DAY_YEAR))
    add(
      makeDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])),
      m.index,
      m.index + m[0].length,
    );
  for (const m of text.matchAll(MONTH_YEAR))
    add(makeDate(Number(m[2]), monthNumber(m[1] ?? '')), m.index, m.index + m[0].length);
  for (const m of text.matchAll(RELATIVE_MONTH)) {
    const start = m.index + m[0].indexOf(m[1] ?? '');
    const base = context.current ? context.articleDate : undefined;
    const offset = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
    // Unresolvable relative dates are still marked as taken, so they never read as something else.
    if (!base) taken.push([start, m.index + m[0].length]);
    else
      add(
        makeDate(base.year + offset, monthNumber(m[1] ?? '')),
        start,
        m.index + m[0].length,
        true,
      );
  }
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    const base = context.current ? context.articleDate : undefined;
    const offset = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
    if (!base) taken.push([m.index, m.index + m[0].length]);
    else add(makeDate(base.year + offset), m.index, m.index + m[0].length, true);
  }
  for (const m of text.matchAll(WEEKDAY)) {
    // A bare weekday names a day within the week before the writing date; only then is it asked.
    const base = context.current ? context.articleDate : undefined;
    if (!base || base.granularity !== 'day') {
      taken.push([m.index, m.index + m[0].length]);
      continue;
    }
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const weekday = names.indexOf(m[1] ?? '');
    const baseWeekday = (((base.from + 4) % 7) + 7) % 7;
    const back = (baseWeekday - weekday + 7) % 7;
    const day = base.from - back;
    const civil = new Date(day * 86_400_000);
    const start = m.index + m[0].indexOf(m[1] ?? '');
    add(
      makeDate(civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate()),
      start,
      m.index + m[0].length,
      true,
    );
  }
  for (const m of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[\d,.$£€-]/.test(before)) continue;
    add(makeDate(Number(m[1])), m.index, m.index + m[0].length);
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((item) => ({ ...item, ...placeDate(text, item) }));
}

function placeDate(text: string, item: Found): Pick<DateMention, 'phraseStart' | 'role'> {
  const before = text.slice(0, item.start);
  const after = text.slice(item.end);
  const preposition = LEADING_PREPOSITION.exec(before);
  const phraseStart = preposition ? item.start - preposition[0].length : item.start;
  if (
    /\b(?:from|between)\s+$/i.test(before) ||
    /^\s*(?:to|and|–|-)\s*\d/.test(after) ||
    /\bto\s+$|\d\s*[–-]\s*$/.test(before)
  ) {
    return { phraseStart, role: 'range' };
  }
  // A bare year directly followed by a word (not a comma or a preposition) qualifies that noun.
  if (
    item.date.granularity === 'year' &&
    !preposition &&
    /^\s+(?!(?:and|to|in|on|at|as|by|for|with|from|when|after|before|which|that|the|a|an|was|were|is)\b)[\p{L}]/u.test(
      after,
    )
  ) {
    return { phraseStart, role: 'modifier' };
  }
  if (/\b(?:the|a|an|its|his|her|their)\s+$/i.test(before))
    return { phraseStart, role: 'modifier' };
  return { phraseStart, role: 'adverbial' };
}

/** Reads the article's YYYY-MM-DD date. */
export function parseIsoDate(iso: string | undefined): StatedDate | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Same granularity, a little earlier or later: plausible wrong dates when the article has too few. */
export function shiftedDates(date: StatedDate): StatedDate[] {
  const out: Array<StatedDate | undefined> = [];
  if (date.granularity === 'day' && date.month && date.day) {
    for (const delta of [-3, 4, -8, 9, 14]) {
      const civil = new Date((date.from + delta) * 86_400_000);
      out.push(makeDate(civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate()));
    }
  } else if (date.granularity === 'month' && date.month) {
    for (const delta of [-2, 3, -5, 6]) {
      const index = date.year * 12 + (date.month - 1) + delta;
      out.push(makeDate(Math.floor(index / 12), (index % 12) + 1));
    }
  } else {
    for (const delta of [-3, 4, -7, 9]) out.push(makeDate(date.year + delta));
  }
  return out.filter((item): item is StatedDate => item !== undefined);
}
