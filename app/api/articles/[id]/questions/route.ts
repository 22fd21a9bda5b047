import { errorResponse, json, readBody, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { MAX_EDIT_BODY_BYTES, ownQuestionBodySchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** Adds a question of the teacher's own, anchored to the sentence that states its answer. */
export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const body = await readBody(request, ownQuestionBodySchema, MAX_EDIT_BODY_BYTES);
    const workspace = await workspaceServer();
    const { article, questionId } = await workspace.addOwnQuestion(
      id,
      workspaceSecret(request),
      body,
    );
    return json({ questionId, ...articleView(article, requestOrigin(request.headers)) }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
