/**
 * FNV-1a (32-bit) of a string, as 7 base-36 characters. Not cryptographic: it names content so that
 * ids follow the text, not its position. Collisions inside one article are handled by the caller.
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/**
 * Hands out ids derived from content; the second and later copies of the same content get a
 * `-2`, `-3` … suffix in document order, so repeated sentences still have distinct anchors.
 */
export function createIdMinter(prefix: string): (content: string) => string {
  const seen = new Map<string, number>();
  return (content) => {
    const base = `${prefix}-${contentHash(content)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
