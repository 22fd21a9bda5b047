import { errorResponse, json, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** Generates the quiz again from the stored article (the teacher's edits are kept, by question id). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const workspace = await workspaceServer();
    const article = await workspace.regenerate(id, workspaceSecret(request));
    return json(articleView(article, requestOrigin(request.headers)), 202);
  } catch (error) {
    return errorResponse(error);
  }
}
