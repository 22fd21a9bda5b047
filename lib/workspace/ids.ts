/**
 * Workspace articles live beside the library under /teach/<id>. Their ids are "ws-" and 20 characters of
 * base32 (100 random bits), which lib/content.ts refuses as an article slug, so the two never meet. Pure,
 * so pages and the browser can tell the two apart; new ids are made in new-ids.ts.
 */
const ARTICLE_ID = /^ws-[a-z2-7]{20}$/;
const SHARE_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export function isWorkspaceArticleId(value: string): boolean {
  return ARTICLE_ID.test(value);
}

export function isShareToken(value: string): boolean {
  return SHARE_TOKEN.test(value);
}

export const shareHref = (token: string) => `/s/${token}`;
export const teachHref = (id: string) => `/teach/${id}`;
