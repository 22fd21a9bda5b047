import { errorResponse, json, readBody, requestOrigin } from '@/lib/classroom/http';
import { workspaceSecret } from '@/lib/workspace/http';
import { publishBodySchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';
import { articleView } from '@/lib/workspace/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** `{ published: true }` opens the share link; `false` revokes it (publishing again gives a new one). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { published } = await readBody(request, publishBodySchema);
    const workspace = await workspaceServer();
    const article = await workspace.setPublished(id, workspaceSecret(request), published);
    return json(articleView(article, requestOrigin(request.headers)));
  } catch (error) {
    return errorResponse(error);
  }
}
