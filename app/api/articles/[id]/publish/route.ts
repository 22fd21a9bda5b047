import { publishBodySchema } from '@/lib/workspace/schemas';
import { articleAction } from '@/lib/workspace/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** `{ published: true }` opens the share link; `false` revokes it (publishing again gives a new one). */
export const POST = articleAction(publishBodySchema, ({ workspace, secret, params, body }) =>
  workspace.setPublished(params.id!, secret, body.published),
);
