import { contentHash } from '@/lib/text/hash';
import { analyze, type ArticleAnalysis, type ArticleInput } from './analyze';
import { acronymQuestions } from './generators/acronym';
import { evidenceQuestions } from './generators/evidence';
import { fillInQuestions } from './generators/fill-in';
import { matchingQuestions } from './generators/matching';
import { quoteQuestions } from './generators/quote';
import { timelineQuestions } from './generators/timeline';
import { trueFalseQuestions } from './generators/true-false';
import { whenQuestions } from './generators/when';
import { whoQuestions } from './generators/who';
import type { Candidate, DraftQuestion, GeneratorContext } from './kit';
import { createRandom, shuffled } from './random';
import { QUIZ_SCHEMA_VERSION, questionSchema, type Question, type Quiz } from './schema';
import { selectQuestions, targetCount } from './select';

/** Part of every question id: a new engine version may phrase questions differently. */
export const ENGINE_VERSION = '1.0.0';

export type { ArticleAnalysis, ArticleInput, Fact, NumberMention, Quote } from './analyze';
export type { Entity, EntityKind, EntityMention } from './entities';
export type { StatedDate } from './dates';

export interface GenerateOptions {
  /** Drives option order and question order only; which questions are kept never depends on it. Default 1. */
  seed?: number;
  /** Upper bound on kept questions (the article's length sets the usual number). */
  maxQuestions?: number;
}

/**
 * Entities (with aliases and mentions), quotations with speakers and clause-level facts of an
 * article, without the engine's internal token detail.
 */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const { entities, quotes, facts, dates, numbers, acronyms } = analyze(input);
  return { entities, quotes, facts, dates, numbers, acronyms };
}

/**
 * How far past one question per 25 words coverage of people, organisations, dates and acronyms may
 * go (and at least three more, so a short article can still cover its few names).
 */
const COVERAGE_ALLOWANCE = 1.2;

const GENERATORS = [
  whoQuestions,
  quoteQuestions,
  whenQuestions,
  acronymQuestions,
  fillInQuestions,
  trueFalseQuestions,
  timelineQuestions,
  matchingQuestions,
];

function idOf(candidate: Candidate): string {
  return `q-${contentHash([ENGINE_VERSION, candidate.type, candidate.sentenceIds.join(','), ...candidate.idParts].join('\u241f'))}`;
}

/**
 * Generates a grounded quiz: every answer is stated in the sentences its evidence cites. Same input and
 * seed give byte-identical output; another seed reorders questions and options but keeps the same ids.
 */
export function quizFromArticle(input: ArticleInput, options: GenerateOptions = {}): Quiz {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const analysis = analyze(input);
  const context: GeneratorContext = { analysis, random };
  const candidates: Candidate[] = [];
  const seen = new Map<string, number>();
  const demand = new Map<string, number>();
  const generated = GENERATORS.flatMap((generate) => generate(context));
  for (const c of generated)
    for (const id of c.sentenceIds) demand.set(id, (demand.get(id) ?? 0) + 1);
  generated.push(...evidenceQuestions(context, demand));
  for (const candidate of generated) {
    let id = idOf(candidate);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) id = `${id}-${count}`;
    candidate.question = { ...candidate.question, id };
    if (groundedIn(candidate.question, analysis) && !hintsAtKey(candidate.question)) {
      candidates.push(candidate);
    }
  }
  const paragraphs = input.passages.filter((p) => p.kind === 'paragraph').length;
  // Coverage may exceed the usual pace a little, never a caller's maxQuestions.
  const natural = targetCount(input.wordCount);
  const ceiling = Math.min(
    options.maxQuestions ?? Infinity,
    Math.max(natural + 3, Math.ceil(natural * COVERAGE_ALLOWANCE)),
  );
  const kept = selectQuestions(
    candidates,
    targetCount(input.wordCount, options.maxQuestions),
    paragraphs,
    undefined,
    ceiling,
  );
  // Drop, never repair: anything the schema rejects is not a question (checked on the kept ones). A
  // question's rank is its place in the selection order, best first, renumbered past any dropped.
  const valid = kept
    .map((c, index) => ({ ...c.question, rank: index + 1 }))
    .filter((q) => questionSchema.safeParse(q).success)
    .map((q, index): Question => ({ ...q, rank: index + 1 }));
  const questions: Question[] = shuffled(valid, random);
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
      number: p.number,
      text: p.text,
      sentences: p.sentences.map((s) => ({ id: s.id, start: s.start, end: s.end })),
    })),
    questions,
    // Every kept question makes the default quiz until the engine keeps a bank larger than a quiz.
    defaultCount: questions.length,
  };
}

const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', '&']);
// Words many unrelated names share: seeing "South Korea" does not give away "National Assembly".
const COMMON_NAME_WORDS = new Set(
  'national united royal british american european international general great new north south east west northern southern eastern western central upper lower democratic people’s liberal conservative labour republican federal supreme'.split(
    ' ',
  ),
);

/**
 * A name of several capitalised words is hinted at by its initials ("the BFI Top 100" for British
 * Film Institute) or by a distinctive word it shares with another name in the stem ("Tate Britain and
 * _____" for Tate Modern). Exported for tests.
 */
export function hintsAtKey(question: DraftQuestion): boolean {
  if (question.type !== 'who' && question.type !== 'fill-in') return false;
  const words = question.answer
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((word) => !CONNECTIVES.has(word.toLowerCase()));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  if (capitalised.length < 2 || capitalised.length !== words.length) return false;
  const stemWords = new Set(question.prompt.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean));
  const initials = capitalised.map((word) => word[0]).join('');
  if (stemWords.has(initials)) return true;
  // The first word carries a name's identity ("Tate" Modern); a shared last word rarely does
  // ("North Korea" does not give away South Korea).
  const first = capitalised[0] ?? '';
  return first.length >= 4 && !COMMON_NAME_WORDS.has(first.toLowerCase()) && stemWords.has(first);
}

/** Evidence must quote paragraph text exactly; headings are never evidence. */
function groundedIn(question: DraftQuestion, analysis: ReturnType<typeof analyze>): boolean {
  return question.evidence.every((e) => {
    const passage = analysis.passageById.get(e.passageId);
    return (
      passage?.kind === 'paragraph' &&
      passage.text.slice(e.start, e.end) === e.quote &&
      passage.sentences.some((s) => s.id === e.sentenceId)
    );
  });
}
