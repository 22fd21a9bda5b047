import { z } from 'zod';
import { rankLimit } from '@/lib/classroom/question-count';
import { groundingProblem } from '@/lib/quiz-check/checks';
import type { Evidence, Question, QuestionType, Quiz } from '@/lib/quiz-engine/schema';
import { isChoiceQuestion } from '@/lib/quiz-play/question-shape';
import { hashString, shuffled } from '@/lib/quiz-play/random';
import { applyReview, type QuizReview } from '@/lib/quiz-review';

/**
 * A teacher's review of a workspace quiz: one edit per question, keyed by the question's id like
 * content/reviews/, so it survives regeneration, plus questions of their own and the order and count.
 * The generated quiz is never changed; the teacher's quiz is derived from it and the edits each time.
 */

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const questionEditSchema = z
  .object({
    excluded: z.boolean().optional(),
    prompt: text(1000).optional(),
    explanation: text(2000).optional(),
    /** Wrong options reworded: the option as generated → the teacher's words. */
    options: z.record(z.string().min(1), text(300)).optional(),
    /** Another key, with the sentence that states it: the key stays grounded. */
    key: z
      .object({ answer: text(300), sentenceId: z.string().min(1).max(100) })
      .strict()
      .optional(),
  })
  .strict();

export const ownQuestionSchema = z
  .object({
    own: z.literal(true),
    prompt: text(1000),
    answer: text(300),
    wrong: z.array(text(300)).min(2, 'give at least two wrong options').max(5),
    explanation: text(2000),
    /** The sentence that states the answer. */
    sentenceId: z.string().min(1).max(100),
    excluded: z.boolean().optional(),
  })
  .strict();

export const storedEditSchema = z.union([ownQuestionSchema, questionEditSchema]);

export type QuestionEdit = z.infer<typeof questionEditSchema>;
export type OwnQuestion = z.infer<typeof ownQuestionSchema>;
export type StoredEdit = z.infer<typeof storedEditSchema>;

export const questionCountSchema = z.union(
  [z.literal('default'), z.literal('all'), z.number().int().min(1).max(9999)],
  { error: 'count must be "default", "all" or a whole number from 1' },
);

export const selectionSchema = z
  .object({
    /** Question ids in the order the teacher asks them; ids not listed follow in the quiz's order. */
    order: z.array(z.string().min(1).max(100)).max(5000),
    count: questionCountSchema,
  })
  .strict();
export type Selection = z.infer<typeof selectionSchema>;

export const DEFAULT_SELECTION: Selection = { order: [], count: 'default' };

/** One question as the review page shows it. */
export interface ReviewEntry {
  question: Question;
  /** The question as generated, when the teacher changed it (null for their own). */
  original: Question | null;
  own: boolean;
  excluded: boolean;
  /** In the teacher's quiz (not excluded, and among the count chosen). */
  chosen: boolean;
  /** Parts of an edit that no longer fit the regenerated question, one sentence each. */
  problems: string[];
}

/** An edit whose question the quiz no longer has: listed so the teacher can see what was lost. */
export interface OrphanedEdit {
  questionId: string;
  summary: string;
}

export interface TeacherQuiz {
  /**
   * The teacher's quiz: their order, edits applied, own questions in, excluded ones out. The chosen
   * questions rank first and `defaultCount` is their number, so `defaultQuestions` gives the selection
   * (and print, present, live and exports read it as they read any quiz).
   */
  quiz: Quiz;
  chosen: Question[];
  /** Every question, excluded ones too, in the teacher's order. */
  entries: ReviewEntry[];
  orphans: OrphanedEdit[];
  selection: Selection;
  /** What count "default" takes: the engine's recommended quiz (less exclusions) and the own questions. */
  recommended: number;
}

/** "¶4, sentence 2": where a sentence is, in words a teacher finds on the page. */
export function sentencePlace(quiz: Pick<Quiz, 'passages'>, sentenceId: string): string | null {
  for (const passage of quiz.passages) {
    const index = passage.sentences.findIndex((sentence) => sentence.id === sentenceId);
    if (index >= 0) {
      return passage.number ? `¶${passage.number}, sentence ${index + 1}` : 'a heading';
    }
  }
  return null;
}

/** The evidence for one sentence of the article, or null when the article has no such sentence. */
export function evidenceFor(quiz: Pick<Quiz, 'passages'>, sentenceId: string): Evidence | null {
  for (const passage of quiz.passages) {
    const sentence = passage.sentences.find((candidate) => candidate.id === sentenceId);
    if (sentence) {
      return {
        passageId: passage.id,
        sentenceId,
        start: sentence.start,
        end: sentence.end,
        quote: passage.text.slice(sentence.start, sentence.end),
      };
    }
  }
  return null;
}

/** Null when `question`'s key is stated in its evidence (the checker's own rule); else a sentence why not. */
export function keyProblem(quiz: Pick<Quiz, 'passages'>, question: Question): string | null {
  const passages = new Map(quiz.passages.map((passage) => [passage.id, passage]));
  if (!groundingProblem(question, passages)) return null;
  const where = question.evidence.map((e) => sentencePlace(quiz, e.sentenceId)).join(' and ');
  const key = typeof question.answer === 'string' ? question.answer : question.answer.join(', ');
  return `“${key}” is not stated in ${where}: choose the sentence that states it.`;
}

const OWN_TYPES: [RegExp, QuestionType][] = [
  [/^who\b/i, 'who'],
  [/^when\b/i, 'when'],
  [/^where\b/i, 'where'],
  [/^which\b/i, 'which'],
  [/^how (?:many|much)\b/i, 'how-many'],
  [/^why\b/i, 'why'],
];

/** A question of the teacher's own as a quiz question: its type read from its first words. */
export function ownQuestion(
  quiz: Pick<Quiz, 'passages'>,
  id: string,
  own: OwnQuestion,
  rank: number,
): { question: Question | null; problem: string | null } {
  const evidence = evidenceFor(quiz, own.sentenceId);
  if (!evidence) {
    return {
      question: null,
      problem: 'The sentence it was anchored to is no longer in the article.',
    };
  }
  const options = [own.answer, ...own.wrong];
  const lower = options.map((option) => option.toLowerCase());
  if (new Set(lower).size !== lower.length) {
    return { question: null, problem: 'The options must all be different, and none the answer.' };
  }
  const type = OWN_TYPES.find(([pattern]) => pattern.test(own.prompt))?.[1] ?? 'what';
  const question = {
    id,
    rank,
    type,
    prompt: own.prompt,
    explanation: own.explanation,
    evidence: [evidence],
    // Seeded by the id, so the key does not always come first and a reload keeps the order.
    choices: shuffled(options, hashString(id)),
    answer: own.answer,
  } as Question;
  return { question, problem: keyProblem(quiz, question) };
}

/** The edit's wording, options and key applied to a generated question, and what no longer fits. */
export function editedQuestion(
  quiz: Pick<Quiz, 'passages'>,
  question: Question,
  edit: QuestionEdit,
): { question: Question; problems: string[] } {
  const problems: string[] = [];
  let edited: Question = {
    ...question,
    ...(edit.prompt !== undefined && { prompt: edit.prompt }),
    ...(edit.explanation !== undefined && { explanation: edit.explanation }),
  };
  if (!isChoiceQuestion(edited) || edited.type === 'true-false') {
    if (edit.options || edit.key) problems.push('This kind of question has no options to change.');
    return { question: edited, problems };
  }
  let { choices, answer } = edited;
  let evidence = edited.evidence;
  if (edit.key && edited.type !== 'evidence') {
    const cited = evidenceFor(quiz, edit.key.sentenceId);
    const keyed = cited && {
      ...edited,
      answer: edit.key.answer,
      choices: choices.map((choice) => (choice === answer ? edit.key!.answer : choice)),
      evidence: [cited],
    };
    const problem = !keyed
      ? 'The sentence chosen for the new answer is no longer in the article.'
      : choices.some((choice) => choice !== answer && choice === edit.key!.answer)
        ? 'The new answer is already one of the wrong options.'
        : keyProblem(quiz, keyed);
    if (problem || !keyed) problems.push(problem ?? 'The new answer could not be used.');
    else ({ choices, answer, evidence } = keyed);
  }
  for (const [from, to] of Object.entries(edit.options ?? {})) {
    if (!choices.includes(from) || from === answer) {
      problems.push(`The wrong option “${from}” is no longer in this question.`);
    } else if (choices.includes(to) || to === answer) {
      problems.push(`“${to}” is already an option of this question.`);
    } else {
      choices = choices.map((choice) => (choice === from ? to : choice));
    }
  }
  edited = { ...edited, choices, answer, evidence } as Question;
  return { question: edited, problems };
}

function summarize(edit: StoredEdit): string {
  if ('own' in edit) return `Your question “${edit.prompt}”`;
  const parts = [
    edit.excluded ? 'excluded' : null,
    edit.prompt ? `reworded to “${edit.prompt}”` : null,
    edit.explanation ? 'explanation rewritten' : null,
    edit.options ? 'wrong options reworded' : null,
    edit.key ? `answer changed to “${edit.key.answer}”` : null,
  ].filter(Boolean);
  return parts.length ? `A question ${parts.join(', ')}` : 'An edit with no changes';
}

/**
 * The teacher's quiz from the generated one, their edits (by question id) and selection. Pure. Own
 * questions rank before generated ones, so a count always keeps them; the count then takes the
 * best-ranked of the rest, and the teacher's order says in which order they are asked.
 */
export function teacherQuiz(
  generated: Quiz,
  edits: ReadonlyMap<string, StoredEdit>,
  selection: Selection = DEFAULT_SELECTION,
): TeacherQuiz {
  const ids = new Set(generated.questions.map((question) => question.id));
  const orphans: OrphanedEdit[] = [];
  const own: { id: string; edit: OwnQuestion }[] = [];
  for (const [questionId, edit] of edits) {
    if ('own' in edit) own.push({ id: questionId, edit });
    else if (!ids.has(questionId)) orphans.push({ questionId, summary: summarize(edit) });
  }

  // Wording goes through the same review logic as content/reviews (prompt, explanation, exclusion,
  // ranks closed up); options and keys are applied on top, each checked against its sentence.
  const review: QuizReview = { questions: {} };
  const problems = new Map<string, string[]>();
  const byId = new Map<string, Question>();
  for (const question of generated.questions) {
    const edit = edits.get(question.id);
    if (!edit || 'own' in edit) {
      byId.set(question.id, question);
      continue;
    }
    const { question: edited, problems: found } = editedQuestion(generated, question, edit);
    byId.set(question.id, edited);
    if (found.length) problems.set(question.id, found);
    if (edit.excluded) review.questions[question.id] = { exclude: true };
  }
  const kept = applyReview({ ...generated, questions: [...byId.values()] }, review).quiz.questions;

  const ownQuestions = own.flatMap(({ id, edit }, index) => {
    const made = ownQuestion(generated, id, edit, index + 1);
    if (made.problem) problems.set(id, [made.problem]);
    if (!made.question) {
      orphans.push({ questionId: id, summary: `${summarize(edit)}: ${made.problem}` });
      return [];
    }
    byId.set(id, made.question);
    return made.problem || edit.excluded ? [] : [made.question];
  });
  // Own questions first (a teacher wrote them on purpose), then the bank's ranks.
  const ranked = [...ownQuestions, ...[...kept].sort((a, b) => a.rank - b.rank)];
  const recommended = Math.min(generated.defaultCount, kept.length) + ownQuestions.length;
  const limit = rankLimit(selection.count, { defaultCount: recommended, size: ranked.length });
  const chosenIds = new Set(ranked.slice(0, limit).map((question) => question.id));
  const rankOf = new Map(ranked.map((question, index) => [question.id, index + 1]));

  const natural = [...generated.questions.map((question) => question.id), ...own.map((o) => o.id)];
  const listed = selection.order.filter((id) => byId.has(id));
  const order = [...new Set([...listed, ...natural.filter((id) => byId.has(id))])];

  const keptIds = new Set(ranked.map((question) => question.id));
  const entries: ReviewEntry[] = order.map((id) => {
    const question = byId.get(id) as Question;
    const original = generated.questions.find((candidate) => candidate.id === id) ?? null;
    const edit = edits.get(id);
    return {
      question: { ...question, rank: rankOf.get(id) ?? question.rank },
      original: original && edit && !('own' in edit) ? original : null,
      own: Boolean(edit && 'own' in edit),
      excluded: Boolean(edit?.excluded),
      chosen: chosenIds.has(id),
      problems: problems.get(id) ?? [],
    };
  });
  const chosenFirst = (question: Question) =>
    (chosenIds.has(question.id) ? 0 : ranked.length) + (rankOf.get(question.id) ?? 0);
  const inQuiz = order.filter((id) => keptIds.has(id)).map((id) => byId.get(id) as Question);
  const newRank = new Map(
    [...inQuiz]
      .sort((a, b) => chosenFirst(a) - chosenFirst(b))
      .map((q, index) => [q.id, index + 1]),
  );
  const questions = inQuiz.map((question) => ({
    ...question,
    rank: newRank.get(question.id) as number,
  }));
  return {
    quiz: { ...generated, questions, defaultCount: chosenIds.size },
    chosen: questions.filter((question) => chosenIds.has(question.id)),
    entries,
    orphans,
    selection,
    recommended,
  };
}
