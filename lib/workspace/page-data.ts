import 'server-only';

import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { requestOrigin } from '@/lib/classroom/http';
import { isClassroomError } from '@/lib/classroom/service';
import { WORKSPACE_COOKIE } from './http';
import { workspaceServer } from './server';
import { articleView, type ArticleView } from './view';

export type OwnedPage =
  | { kind: 'ok'; view: ArticleView }
  /** No workspace on this device (401), or another one's article (403). */
  | { kind: 'denied'; reason: 'no-workspace' | 'not-yours' };

export async function workspaceCookie(): Promise<string | undefined> {
  return (await cookies()).get(WORKSPACE_COOKIE)?.value;
}

/** A workspace article for its owner's pages; a 404 page when there is no such article. */
export async function ownedArticlePage(id: string): Promise<OwnedPage> {
  const workspace = await workspaceServer();
  try {
    const article = await workspace.article(id, await workspaceCookie());
    return { kind: 'ok', view: articleView(article, requestOrigin(await headers())) };
  } catch (error) {
    if (isClassroomError(error) && error.status === 404) notFound();
    if (isClassroomError(error) && (error.status === 401 || error.status === 403)) {
      return { kind: 'denied', reason: error.status === 401 ? 'no-workspace' : 'not-yours' };
    }
    throw error;
  }
}
