import { ownQuestionBodySchema } from '@/lib/workspace/schemas';
import { articleAction } from '@/lib/workspace/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Adds a question of the teacher's own, anchored to the sentence that states its answer. */
export const POST = articleAction(
  ownQuestionBodySchema,
  async ({ workspace, secret, params, body }) => {
    const { article, questionId } = await workspace.addOwnQuestion(params.id!, secret, body);
    return { article, extra: { questionId } };
  },
  201,
);
