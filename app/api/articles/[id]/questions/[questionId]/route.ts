import { questionEditBodySchema } from '@/lib/workspace/schemas';
import { articleAction } from '@/lib/workspace/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Replaces the teacher's edit of one question (keyed by its id, so it survives regeneration). */
export const PUT = articleAction(questionEditBodySchema, ({ workspace, secret, params, body }) =>
  workspace.editQuestion(params.id!, secret, params.questionId!, body),
);

/** Forgets the edit: a generated question returns to its generated words, an own question is removed. */
export const DELETE = articleAction(undefined, ({ workspace, secret, params }) =>
  workspace.clearEdit(params.id!, secret, params.questionId!),
);
