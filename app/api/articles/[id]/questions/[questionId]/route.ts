import { errorResponse, json, readBody, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { MAX_EDIT_BODY_BYTES, questionEditBodySchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string; questionId: string }>;
}

/** Replaces the teacher's edit of one question (keyed by its id, so it survives regeneration). */
export async function PUT(request: Request, { params }: Context) {
  try {
    const { id, questionId } = await params;
    const body = await readBody(request, questionEditBodySchema, MAX_EDIT_BODY_BYTES);
    const workspace = await workspaceServer();
    const article = await workspace.editQuestion(id, workspaceSecret(request), questionId, body);
    return json(articleView(article, requestOrigin(request.headers)));
  } catch (error) {
    return errorResponse(error);
  }
}

/** Forgets the edit: a generated question returns to its generated words, an own question is removed. */
export async function DELETE(request: Request, { params }: Context) {
  try {
    const { id, questionId } = await params;
    const workspace = await workspaceServer();
    const article = await workspace.clearEdit(id, workspaceSecret(request), questionId);
    return json(articleView(article, requestOrigin(request.headers)));
  } catch (error) {
    return errorResponse(error);
  }
}
