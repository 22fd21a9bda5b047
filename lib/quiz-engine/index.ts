import { analyzeArticle, type Analysis, type ArticleInput } from './analysis';
import { QUESTION_FORMS, type Draft } from './forms';
import { mentionsName } from './forms/kit';
import { COMPASS_WORDS } from './lang/en/names';
import { AUTHOR, isHeadWord, type Entity } from './stages/names';
import { createRandom } from './random';
import { QUIZ_SCHEMA_VERSION, questionSchema, type Question, type Quiz } from './schema';
import { defaultCountFor, questionId, rankBank, toQuestions } from './select/bank';

/** Part of every question id: a new engine version may phrase questions differently. */
export const ENGINE_VERSION = '2.0.0';

export type { Analysis, ArticleInput } from './analysis';
export { analyzeArticle } from './analysis';

export interface GenerateOptions {
  /** Drives the stored order of options only; which questions are kept and their ranks never depend on it. Default 1. */
  seed?: number;
  /** Question ids to leave out before ranking (what a checker refused), so the rest are ranked without them. */
  exclude?: ReadonlySet<string>;
}

/** Every form's drafts that pass the engine's own gates: grounded, not giving the key away in the stem. */
export function draftsOf(analysis: Analysis): Draft[] {
  return QUESTION_FORMS.flatMap((form) => form.make(analysis)).filter(
    (d) => grounded(analysis, d) && !leaks(d) && namesItsSubject(analysis, d),
  );
}

/**
 * A true/false claim or a fill-in sentence names what it is about: "Users are shown a selection of
 * pictures", "Services make up roughly _____ of the economy" need the article to be understood. A
 * fill-in whose blank is itself a name is about that name.
 */
function namesItsSubject(analysis: Analysis, draft: Draft): boolean {
  if (draft.type !== 'true-false' && draft.type !== 'fill-in') return true;
  if (draft.type === 'fill-in' && analysis.names.byId.has(draft.keyId)) return true;
  const text = draft.prompt.replace(/^(?:true or false|fill in the blank):\s*/i, '');
  const names = (e: Entity) =>
    e.id !== AUTHOR.id && [e.name, ...e.aliases].some((form) => mentionsName(text, form));
  // The names of its own sentences first (cheap); then any other ("He" written as the one meant).
  const near = draft.evidence.flatMap((id) =>
    (analysis.names.bySentence.get(id) ?? []).map((m) => analysis.names.byId.get(m.entityId)),
  );
  return (
    near.some((e) => !!e && names(e)) ||
    (/\p{Lu}/u.test(text.slice(1)) && analysis.names.entities.some(names))
  );
}

/** The key is stated in the cited sentences (names, dates and figures as written). */
function grounded(analysis: Analysis, draft: Draft): boolean {
  if (draft.evidence.length === 0) return false;
  if (
    !draft.key ||
    draft.type === 'true-false' ||
    draft.type === 'why' ||
    draft.type === 'what' ||
    draft.type === 'evidence'
  )
    return true;
  const text = draft.evidence.map((id) => analysis.doc.sentenceById.get(id)?.text ?? '').join(' ');
  // A name may be written another way there ("Mr Mugabe" for Robert Mugabe).
  const entity = analysis.names.byId.get(draft.keyId);
  const forms = entity ? [draft.key, ...entity.aliases] : [draft.key];
  return forms.some((form) => mentionsName(text, form) || text.includes(form));
}

/** The stem or another option shows the key (or a typed answer's accepted form). */
function leaks(draft: Draft): boolean {
  if (
    !draft.key ||
    draft.type === 'true-false' ||
    draft.type === 'evidence' ||
    draft.type === 'acronym'
  )
    return false;
  const stem = draft.prompt.replace(/_{3,}/g, ' ');
  if (mentionsName(stem, draft.key)) return true;
  // "Who was the leader of the Sakya school?" → Sakya Pandita: a distinctive word of a name gives it away.
  const distinctive = draft.key
    .split(/\s+/)
    .filter(
      (w) => /^\p{Lu}\p{L}{3,}/u.test(w) && !isHeadWord(w) && !COMPASS_WORDS.has(w.toLowerCase()),
    );
  if (
    ['who', 'which', 'where', 'quote', 'fill-in'].includes(draft.type) &&
    distinctive.some((w) => mentionsName(stem, w))
  )
    return true;
  return (draft.accepted ?? []).some((a) => a.length > 2 && mentionsName(stem, a));
}

/**
 * The article's ranked question bank: every question its forms can ground, the best `defaultCount`
 * ranked first as a quiz of their own. Same input and seed give byte-identical output; another seed
 * only reorders the options (question ids and ranks stay).
 */
export function quizFromArticle(input: ArticleInput, options: GenerateOptions = {}): Quiz {
  return bankFromAnalysis(analyzeArticle(input), options);
}

/** The bank of an article already analysed (a checker's second pass need not read the article again). */
export function bankFromAnalysis(analysis: Analysis, options: GenerateOptions = {}): Quiz {
  const { input } = analysis;
  const seed = options.seed ?? 1;
  const exclude = options.exclude ?? new Set<string>();
  const drafts = draftsOf(analysis).filter((d) => !exclude.has(questionId(ENGINE_VERSION, d)));
  const quizSize = defaultCountFor(input.wordCount);
  const { ranked, quizCount } = rankBank(drafts, quizSize);
  const questions: Question[] = toQuestions(
    analysis,
    ranked,
    ENGINE_VERSION,
    createRandom(seed),
  ).filter((q) => questionSchema.safeParse(q).success);
  // Ranks stay 1..n after anything the schema refused.
  const byRank = [...questions].sort((a, b) => a.rank - b.rank);
  byRank.forEach((q, i) => (q.rank = i + 1));
  return {
    schemaVersion: QUIZ_SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    seed,
    article: {
      slug: input.slug,
      title: input.title,
      ...(input.publisher ? { publisher: input.publisher } : {}),
      ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
      ...(input.date ? { date: input.date } : {}),
      wordCount: input.wordCount,
    },
    passages: input.passages.map((p) => ({
      id: p.id,
      kind: p.kind,
      ...(p.level !== undefined ? { level: p.level } : {}),
      ...(p.form !== undefined ? { form: p.form } : {}),
      ...(p.ordinal !== undefined ? { ordinal: p.ordinal } : {}),
      number: p.number,
      text: p.text,
      sentences: p.sentences.map((s) => ({ id: s.id, start: s.start, end: s.end })),
    })),
    questions,
    defaultCount: Math.min(quizCount, questions.length),
  };
}
