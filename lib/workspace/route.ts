import 'server-only';

import type { z } from 'zod';
import {
  assertSameOrigin,
  errorResponse,
  json,
  readBody,
  requestOrigin,
} from '@/lib/classroom/http';
import { workspaceSecret } from './http';
import { MAX_EDIT_BODY_BYTES } from './schemas';
import { workspaceServer } from './server';
import type { Workspace, WorkspaceArticle } from './service';
import { articleView } from './view';

interface Call<B> {
  workspace: Workspace;
  /** The workspace secret from the caller's cookie (the service decides what it may do). */
  secret: string | undefined;
  params: Record<string, string>;
  body: B;
}

/**
 * A route handler that acts on one workspace article and answers with its owner's view: reads and
 * validates the body (when given a schema; a change without one still checks its Origin), runs the
 * action, and turns refusals into their status.
 */
export function articleAction<S extends z.ZodType | undefined>(
  schema: S,
  run: (
    call: Call<S extends z.ZodType ? z.output<S> : undefined>,
  ) => Promise<WorkspaceArticle | { article: WorkspaceArticle; extra: object }>,
  status = 200,
) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    try {
      // A change without a body (regenerate, delete) is held to the same-origin rule as one with.
      if (!schema && request.method !== 'GET' && request.method !== 'HEAD')
        assertSameOrigin(request);
      const body = schema ? await readBody(request, schema, MAX_EDIT_BODY_BYTES) : undefined;
      const result = await run({
        workspace: await workspaceServer(),
        secret: workspaceSecret(request),
        params: await context.params,
        body: body as S extends z.ZodType ? z.output<S> : undefined,
      });
      const origin = requestOrigin(request.headers);
      return 'extra' in result
        ? json({ ...result.extra, ...articleView(result.article, origin) }, status)
        : json(articleView(result, origin), status);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
