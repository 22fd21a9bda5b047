import { errorResponse, json, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The article, its status (generating, ready, failed), the teacher's quiz and review: owner only. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const workspace = await workspaceServer();
    const article = await workspace.article(id, workspaceSecret(request));
    return json(articleView(article, requestOrigin(request.headers)));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const workspace = await workspaceServer();
    await workspace.deleteArticle(id, workspaceSecret(request));
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
