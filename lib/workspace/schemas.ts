import { z } from 'zod';
import { isoDate } from '@/lib/article-schema';
import { MAX_SOURCE_CHARACTERS } from '@/lib/article-source';
import { FETCH_LIMITS } from './fetch-page';
import { ownQuestionSchema, questionEditSchema, selectionSchema } from './review';

/** Request bodies of the workspace API. Unknown keys are refused, so a typo is a 400 rather than ignored. */

/** A page of 5 MB, written as JSON text (quotes and backslashes escaped), fits. */
export const MAX_ARTICLE_BODY_BYTES = 12 * 1024 * 1024;
export const MAX_EDIT_BODY_BYTES = 64 * 1024;

const optionalText = (max: number) => z.string().trim().max(max).optional();
const about = {
  title: optionalText(300),
  publisher: optionalText(200),
  statedDate: isoDate.optional(),
};

export const createArticleSchema = z.union(
  [
    z
      .object({
        text: z.string().max(MAX_SOURCE_CHARACTERS, 'text is longer than an article can be'),
        ...about,
        /** A chosen file's name (".md" reads front matter); absent, the text was pasted. */
        fileName: z.string().trim().min(1).max(255).optional(),
        /** "browser": a quiz made at /create, moved into the workspace ("Use in class"). */
        from: z.literal('browser').optional(),
      })
      .strict(),
    z.object({ url: z.string().trim().min(1).max(2048) }).strict(),
    z
      .object({
        html: z.string().min(1).max(FETCH_LIMITS.maxBytes, 'the page is larger than 5 MB'),
        url: z.string().trim().max(2048).optional(),
        fileName: z.string().trim().min(1).max(255).optional(),
        ...about,
      })
      .strict(),
  ],
  { error: 'give the article as { text }, { url } or { html }' },
);
export type CreateArticleBody = z.infer<typeof createArticleSchema>;

export const questionEditBodySchema = questionEditSchema;
export const ownQuestionBodySchema = ownQuestionSchema.omit({ own: true }).strict();
export const selectionBodySchema = selectionSchema;
export const publishBodySchema = z.object({ published: z.boolean() }).strict();
export const openWorkspaceSchema = z.object({ secret: z.string().min(20).max(100) }).strict();

export const EXPORT_FORMATS = ['gift', 'qti', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
