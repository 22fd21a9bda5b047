import { assertSameOrigin, errorResponse } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { articleAction } from '@/lib/workspace/route';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The article, its status (generating, ready, failed), the teacher's quiz and review: owner only. */
export const GET = articleAction(undefined, ({ workspace, secret, params }) =>
  workspace.article(params.id!, secret),
);

export async function DELETE(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request);
    const { id } = await params;
    const workspace = await workspaceServer();
    await workspace.deleteArticle(id, workspaceSecret(request));
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
