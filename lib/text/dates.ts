/** English month names, January first: the one list the text, engine and checker code share. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((name) => {
    const month = name.toLowerCase();
    return month === lower || (lower.length >= 3 && month.startsWith(lower));
  });
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date as pages state it ("13-05-2018 17:52:49", "2018-05-13", "13 May 2018", "May 13, 2018")
 * and returns it as `YYYY-MM-DD`, or undefined when the text holds no unambiguous calendar date.
 * Numeric day-month-year is assumed for dashes and dots (as on GlobalSecurity.org), month/day/year for slashes.
 */
export function parseStatedDate(text: string): string | undefined {
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    return first > 12 ? iso(Number(m[3]), second, first) : iso(Number(m[3]), first, second);
  }
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[2] ?? '') >= 0)
    return iso(Number(m[3]), monthIndex(m[2] ?? '') + 1, Number(m[1]));
  m = /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[1] ?? '') >= 0)
    return iso(Number(m[3]), monthIndex(m[1] ?? '') + 1, Number(m[2]));
  return undefined;
}
