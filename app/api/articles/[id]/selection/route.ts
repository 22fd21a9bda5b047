import { selectionBodySchema } from '@/lib/workspace/schemas';
import { articleAction } from '@/lib/workspace/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The teacher's order and how many questions the quiz asks. */
export const PUT = articleAction(selectionBodySchema, ({ workspace, secret, params, body }) =>
  workspace.setSelection(params.id!, secret, body),
);
