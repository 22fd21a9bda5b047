import { MAX_NAME_LENGTH } from './schemas';

/**
 * What makes two display names "the same" in one session: compatibility forms folded (full-width letters,
 * ligatures), case ignored, spaces collapsed. "Alice", "alice" and "ＡＬＩＣＥ" are one name; "Alicé" is another.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/**
 * The name to suggest when `name` is taken: "Alice 2", "Alice 3"… the first whose key is free, the name
 * shortened when it would not fit the length limit.
 */
export function suggestName(name: string, takenKeys: ReadonlySet<string>): string {
  // "Alice 2" taken: "Alice 3", not "Alice 2 2".
  const numbered = /^(.*\S) (\d{1,4})$/u.exec(name);
  const stem = numbered?.[1] ?? name;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n++) {
    const suffix = ` ${n}`;
    const base = [...stem]
      .slice(0, MAX_NAME_LENGTH - suffix.length)
      .join('')
      .trimEnd();
    const candidate = `${base}${suffix}`;
    if (!takenKeys.has(nameKey(candidate))) return candidate;
  }
}
