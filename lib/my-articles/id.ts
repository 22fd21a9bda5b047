import { contentHash } from '@/lib/text/hash';

/** Line endings and surrounding blank space do not make an article different. */
function normalizeArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * The id of an article saved in this browser: "my-" and a hash of its text, so pasting the same text again
 * replaces the saved copy instead of adding a second one. The "my-" prefix keeps it apart from built-in
 * slugs in the progress store, which both share.
 */
export function myArticleId(text: string): string {
  return `my-${contentHash(normalizeArticleText(text))}`;
}

/** Only ids this app mints: "my-" and seven base-36 characters. */
export function isMyArticleId(value: string): boolean {
  return /^my-[0-9a-z]{7}$/.test(value);
}
