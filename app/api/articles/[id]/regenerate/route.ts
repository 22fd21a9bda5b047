import { articleAction } from '@/lib/workspace/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Generates the quiz again from the stored article (the teacher's edits are kept, by question id). */
export const POST = articleAction(
  undefined,
  ({ workspace, secret, params }) => workspace.regenerate(params.id!, secret),
  202,
);
