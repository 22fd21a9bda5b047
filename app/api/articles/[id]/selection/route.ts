import { errorResponse, json, readBody, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { MAX_EDIT_BODY_BYTES, selectionBodySchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The teacher's order and how many questions the quiz asks. */
export async function PUT(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const body = await readBody(request, selectionBodySchema, MAX_EDIT_BODY_BYTES);
    const workspace = await workspaceServer();
    const article = await workspace.setSelection(id, workspaceSecret(request), body);
    return json(articleView(article, requestOrigin(request.headers)));
  } catch (error) {
    return errorResponse(error);
  }
}
