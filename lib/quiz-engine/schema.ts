import { z } from 'zod';
import { PARAGRAPH_FORMS } from '@/lib/text/clean';

/**
 * Bump when the JSON shape changes. Version 2 added the ranked bank (`rank` on every question,
 * `defaultCount` on the quiz) and the what/which/where/how-many/why types; `upgradeQuiz` reads
 * version 1 (readers of stored quizzes call it before parsing), anything else is refused.
 */
export const QUIZ_SCHEMA_VERSION = 2;

/** Every question type; `QUESTION_KINDS` (kinds.ts) says how each one is shown, played and labelled. */
export const QUESTION_TYPES = [
  'who',
  'which',
  'where',
  'when',
  'how-many',
  'what',
  'why',
  'quote',
  'acronym',
  'fill-in',
  'true-false',
  'evidence',
  'timeline',
  'matching',
] as const;

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const sentenceRefSchema = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A paragraph (or heading) of the article as the quiz cites it; sentence offsets index into `text`. */
export const passageSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['heading', 'paragraph']),
  /** A heading below a section heading (3 or 4); absent, a section heading. */
  level: z.union([z.literal(3), z.literal(4)]).optional(),
  /**
   * How a paragraph is set when it is not running text: a list item (`ordinal` is a numbered item's
   * own number) or a block quote. Absent in quizzes made before lists were kept: they read as before.
   */
  form: z.enum(PARAGRAPH_FORMS).optional(),
  ordinal: z.number().int().nonnegative().optional(),
  /** ¶ number shown to readers; null for headings. */
  number: z.number().int().positive().nullable(),
  text: z.string().min(1),
  sentences: z.array(sentenceRefSchema).min(1),
});

/** Where a question is proven: `quote === passage.text.slice(start, end)`. */
export const evidenceSchema = z.object({
  passageId: z.string().min(1),
  sentenceId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
});

const questionBase = {
  /** Stable: the same article text and engine version give the same id. */
  id: z.string().min(1),
  /**
   * Place in the article's ranked bank, 1 = the question most worth asking. Ranks are 1..n, each once;
   * the quiz a learner gets by default is the questions ranked 1..`defaultCount`.
   */
  rank: z.number().int().positive(),
  prompt: z.string().min(1),
  /** Plain-words reason the answer is right, shown after answering. */
  explanation: z.string().min(1),
  evidence: z.array(evidenceSchema).min(1),
};

const singleChoice = <T extends QuestionType>(type: T, minChoices: number) =>
  z.object({
    ...questionBase,
    type: z.literal(type),
    choices: z.array(z.string().min(1)).min(minChoices),
    answer: z.string().min(1),
  });

export const questionSchema = z
  .discriminatedUnion('type', [
    singleChoice('who', 3),
    singleChoice('which', 3),
    singleChoice('where', 3),
    singleChoice('when', 3),
    singleChoice('how-many', 3),
    singleChoice('what', 3),
    singleChoice('why', 3),
    singleChoice('quote', 3),
    singleChoice('acronym', 3),
    singleChoice('evidence', 3),
    singleChoice('true-false', 2),
    z.object({
      ...questionBase,
      type: z.literal('fill-in'),
      answer: z.string().min(1),
      /** Other spellings marked right (aliases, with/without initials …); the answer itself is implied. */
      acceptedAnswers: z.array(z.string().min(1)),
    }),
    z.object({
      ...questionBase,
      type: z.literal('timeline'),
      /** Events as presented (not in order). */
      items: z.array(z.string().min(1)).min(3),
      /** The same events, earliest first. */
      answer: z.array(z.string().min(1)).min(3),
    }),
    z.object({
      ...questionBase,
      type: z.literal('matching'),
      /** Left column: actors. */
      items: z.array(z.string().min(1)).min(3),
      /** Right column: positions to match; may hold more than items. */
      choices: z.array(z.string().min(1)).min(3),
      /** answer[i] is the choice that belongs to items[i]. */
      answer: z.array(z.string().min(1)).min(3),
    }),
  ])
  .superRefine((question, ctx) => {
    if ('choices' in question && typeof question.answer === 'string') {
      if (!question.choices.includes(question.answer)) {
        ctx.addIssue({
          code: 'custom',
          message: 'answer must be one of choices',
          path: ['answer'],
        });
      }
      if (new Set(question.choices).size !== question.choices.length) {
        ctx.addIssue({ code: 'custom', message: 'choices must be distinct', path: ['choices'] });
      }
    }
    if (question.type === 'timeline') {
      const same =
        question.items.length === question.answer.length &&
        [...question.items].sort().join('\n') === [...question.answer].sort().join('\n');
      if (!same)
        ctx.addIssue({
          code: 'custom',
          message: 'answer must order exactly the items',
          path: ['answer'],
        });
    }
    if (question.type === 'matching') {
      if (question.answer.length !== question.items.length) {
        ctx.addIssue({ code: 'custom', message: 'one answer per item', path: ['answer'] });
      }
      if (question.answer.some((choice) => !question.choices.includes(choice))) {
        ctx.addIssue({
          code: 'custom',
          message: 'every answer must be one of choices',
          path: ['answer'],
        });
      }
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type QuizPassage = z.infer<typeof passageSchema>;

export const quizArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  publisher: z.string().optional(),
  sourceUrl: z.string().optional(),
  /** The date the article states, YYYY-MM-DD, used to resolve relative dates. */
  date: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
});

export const quizSchema = z
  .object({
    schemaVersion: z.literal(QUIZ_SCHEMA_VERSION),
    engineVersion: z.string().min(1),
    seed: z.number().int(),
    article: quizArticleSchema,
    passages: z.array(passageSchema).min(1),
    /** The whole ranked bank, in the order print, projector and live sessions show it. */
    questions: z.array(questionSchema),
    /** How many of the best-ranked questions make the quiz a learner gets unless a teacher chooses. */
    defaultCount: z.number().int().nonnegative(),
  })
  .superRefine((quiz, ctx) => {
    const ranks = quiz.questions.map((question) => question.rank).sort((a, b) => a - b);
    if (ranks.some((rank, index) => rank !== index + 1)) {
      ctx.addIssue({
        code: 'custom',
        message: 'question ranks must be 1..n, each once',
        path: ['questions'],
      });
    }
    if (quiz.defaultCount > quiz.questions.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'defaultCount cannot exceed the number of questions',
        path: ['defaultCount'],
      });
    }
    const passages = new Map(quiz.passages.map((passage) => [passage.id, passage]));
    quiz.questions.forEach((question, qi) => {
      question.evidence.forEach((evidence, ei) => {
        const passage = passages.get(evidence.passageId);
        const path = ['questions', qi, 'evidence', ei];
        if (!passage) {
          ctx.addIssue({ code: 'custom', message: `unknown passage ${evidence.passageId}`, path });
        } else if (passage.text.slice(evidence.start, evidence.end) !== evidence.quote) {
          ctx.addIssue({
            code: 'custom',
            message: 'quote must equal passage.text.slice(start, end)',
            path,
          });
        } else if (!passage.sentences.some((sentence) => sentence.id === evidence.sentenceId)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown sentence ${evidence.sentenceId}`,
            path,
          });
        }
      });
    });
    const ids = quiz.questions.map((question) => question.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', message: 'question ids must be unique', path: ['questions'] });
    }
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizArticle = z.infer<typeof quizArticleSchema>;

/**
 * The quiz a learner gets unless a teacher chose otherwise: the `defaultCount` best-ranked questions,
 * in the bank's stored order.
 */
export function defaultQuestions(quiz: Pick<Quiz, 'questions' | 'defaultCount'>): Question[] {
  return quiz.questions.filter((question) => question.rank <= quiz.defaultCount);
}

/**
 * Reads a stored quiz of an older schema version as the current one, without validating it (parse the
 * result with `quizSchema`). Version 1 had no ranks: its questions keep their order as ranks and all of
 * them make the default quiz, as they did. Anything else is returned unchanged.
 */
export function upgradeQuiz(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const quiz = data as { schemaVersion?: unknown; questions?: unknown };
  if (quiz.schemaVersion !== 1 || !Array.isArray(quiz.questions)) return data;
  const questions = quiz.questions.map((question: unknown, index) =>
    typeof question === 'object' && question !== null ? { ...question, rank: index + 1 } : question,
  );
  return { ...quiz, schemaVersion: 2, questions, defaultCount: questions.length };
}
