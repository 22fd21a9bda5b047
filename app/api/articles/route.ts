import { NextResponse } from 'next/server';
import { errorResponse, json, readBody, requestOrigin } from '@/lib/classroom/http';
import { setWorkspaceCookie, workspaceLink, workspaceSecret } from '@/lib/workspace/http';
import { MAX_ARTICLE_BODY_BYTES, createArticleSchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';
import { shareHref, teachHref } from '@/lib/workspace/ids';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Adds an article to the caller's workspace (creating one, and its cookie, on first use): `{ text … }`,
 * `{ url }` or `{ html, url? }`. 202 while its quiz is generated; a refusal is 422 with one sentence and
 * stores nothing. The private workspace link is in the answer only when the workspace was just made.
 */
export async function POST(request: Request) {
  try {
    const body = await readBody(request, createArticleSchema, MAX_ARTICLE_BODY_BYTES);
    const workspace = await workspaceServer();
    const { record, newSecret } = await workspace.addArticle(body, workspaceSecret(request));
    const origin = requestOrigin(request.headers);
    const response = NextResponse.json(
      {
        id: record.id,
        status: record.status,
        teachUrl: teachHref(record.id),
        shareUrl: `${origin}${shareHref(record.shareToken)}`,
        ...(newSecret && { workspaceUrl: workspaceLink(origin, newSecret) }),
      },
      { status: 202, headers: { 'Cache-Control': 'no-store' } },
    );
    if (newSecret) setWorkspaceCookie(response, request, newSecret);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

/** The caller's workspace articles, newest first (an empty list without a workspace). */
export async function GET(request: Request) {
  try {
    const workspace = await workspaceServer();
    const articles = await workspace.list(workspaceSecret(request));
    return json({
      articles: articles.map(({ id, title, status, published, createdAt, sourceKind }) => ({
        id,
        title,
        status,
        published,
        createdAt,
        sourceKind,
        teachUrl: teachHref(id),
      })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
