/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.floor(date.getTime() / 86_400_000);
}

/** The calendar date of a day number. */
export function civilOf(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2017-04-23" → its day number; undefined for anything that is not a real calendar date. */
export function parseIsoDay(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = dayNumber(year, month, day);
  const back = civilOf(days);
  return back.year === year && back.month === month && back.day === day ? days : undefined;
}
