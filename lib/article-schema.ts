import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    // Date.parse accepts 2020-02-31 (as 2 March), so compare the parts after a round trip.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'must be a real calendar date');

/** Front matter of an article under content/articles/. */
export const articleFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    publisher: z.string().trim().min(1, 'must not be empty'),
    sourceUrl: z.url().optional(),
    /** The date the page itself states (publication or last modification): the article is "as of" this date. */
    statedDate: isoDate,
    /** How the page words that date, e.g. "Page last modified" or "Published". */
    statedDateLabel: z.string().trim().min(1).default('Published'),
    retrieved: isoDate,
    language: z.literal('en', { error: 'only English articles are supported ("en")' }),
    attribution: z.string().trim().min(1, 'must say whose text this is and under what terms'),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
