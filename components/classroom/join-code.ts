const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The browser-side twin of lib/classroom/secrets.ts normalizeJoinCode (which needs node:crypto and
 * cannot ship to the client): "ab2-cd3" → "AB2CD3", or null.
 */
export function normalizeCodeInput(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return code.length === 6 && [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}
