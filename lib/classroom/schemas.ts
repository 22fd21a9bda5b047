import { z } from 'zod';

/** Request bodies of the classroom API. Unknown keys are refused, so a typo is a 400 rather than ignored. */

export const MAX_BODY_BYTES = 8 * 1024;
export const MAX_NAME_LENGTH = 40;

/**
 * Control and format characters (zero-width spaces, bidi overrides that could disguise a name) are removed,
 * whitespace collapsed, then 1–40 characters must remain. The zero-width joiner and non-joiner (U+200D,
 * U+200C) are kept: emoji sequences and Persian and Indic names need them to be spelled right.
 */
export function cleanDisplayName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/(?![\u200C\u200D])[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\u200C\u200D]+|[\s\u200C\u200D]+$/gu, '');
}

export const displayNameSchema = z
  .string({ error: 'name must be text' })
  .max(200, 'name is too long')
  .transform(cleanDisplayName)
  .pipe(
    z
      .string()
      .min(1, 'name must not be empty')
      .max(MAX_NAME_LENGTH, `name must be at most ${MAX_NAME_LENGTH} characters`),
  );

export const createSessionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be an article slug'),
    mode: z.enum(['teacher', 'student'], { error: 'mode must be "teacher" or "student"' }),
    feedback: z.boolean().default(false),
    /** Students wait until the teacher admits them. */
    approveJoins: z.boolean().default(false),
    /** How many of the ranked questions to ask (see question-count.ts); absent, the default quiz. */
    count: z
      .union([z.literal('default'), z.literal('all'), z.number().int().min(1).max(9999)], {
        error: 'count must be "default", "all" or a whole number from 1',
      })
      .optional(),
  })
  .strict();

/** A live session on a workspace article: the teacher's selection, in their order (no count here). */
export const workspaceSessionSchema = z
  .object({
    articleId: z.string().regex(/^ws-[a-z2-7]{20}$/, 'articleId must be a workspace article id'),
    mode: z.enum(['teacher', 'student'], { error: 'mode must be "teacher" or "student"' }),
    feedback: z.boolean().default(false),
    approveJoins: z.boolean().default(false),
  })
  .strict();

export const startSessionSchema = z.union([createSessionSchema, workspaceSessionSchema], {
  error: 'give { slug, mode } for a library article or { articleId, mode } for a workspace article',
});

export const joinSchema = z
  .object({
    code: z.string().max(20, 'code is too long'),
    name: displayNameSchema,
  })
  .strict();

export const answerSchema = z
  .object({
    questionId: z.string().min(1).max(100),
    choice: z.string().min(1).max(2000),
    /** Made by the phone once per answer and resent on retry, so a resend is recognised. */
    submissionId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, 'submissionId must be 8–64 letters, digits, - or _'),
  })
  .strict();

const CONTROL_ACTIONS = [
  'start',
  'next',
  'previous',
  'reveal',
  'end',
  // Who may come in: lock the session to new students, or make each new one wait for the teacher.
  'lock',
  'unlock',
  'approval-on',
  'approval-off',
] as const;

export const controlSchema = z
  .object({
    action: z.enum(CONTROL_ACTIONS, {
      error: `action must be one of ${CONTROL_ACTIONS.join(', ')}`,
    }),
  })
  .strict();

/** The teacher admits waiting students or removes students (their phones can no longer take part). */
export const participantsSchema = z
  .object({
    action: z.enum(['admit', 'remove'], { error: 'action must be "admit" or "remove"' }),
    participantIds: z.array(z.string().min(1).max(64)).min(1).max(1000),
  })
  .strict();

export type CreateSessionBody = z.infer<typeof createSessionSchema>;
export type StartSessionBody = z.infer<typeof startSessionSchema>;
export type JoinBody = z.infer<typeof joinSchema>;
export type AnswerBody = z.infer<typeof answerSchema>;
export type ControlAction = z.infer<typeof controlSchema>['action'];
export type ParticipantsBody = z.infer<typeof participantsSchema>;
