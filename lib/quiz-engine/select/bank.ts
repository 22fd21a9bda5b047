import { contentHash } from '@/lib/text/hash';
import type { Analysis } from '../analysis';
import { evidenceOf, mentionsName, type Draft } from '../forms/kit';
import { MULTIPLE_CHOICE_TYPES, QUESTION_KINDS } from '../kinds';
import type { Random } from '../random';
import { shuffled } from '../random';
import type { Question, QuestionType } from '../schema';

/** No type may fill more than this share of the default quiz. */
export const MAX_TYPE_SHARE = 0.4;
/** No key may answer more than this share of an article's multiple-choice questions. */
export const MAX_KEY_SHARE = 0.2;
/** True/false statements keyed True, as a share of all true/false: kept inside this band. */
export const TRUE_SHARE = { min: 0.4, max: 0.58 };

/** About 15 questions for a 1,000-word article; at least 5, at most 40. */
export function defaultCountFor(wordCount: number): number {
  return Math.max(5, Math.min(40, Math.round((wordCount / 1000) * 15)));
}

export interface Ranked {
  draft: Draft;
  question: Question;
}

const MULTIPLE = new Set<QuestionType>(MULTIPLE_CHOICE_TYPES);

/** The drafts of one fact are one question in other words: keep the best (balancing true/false). */
function onePerFact(drafts: readonly Draft[]): Draft[] {
  const byFact = new Map<string, Draft[]>();
  for (const d of drafts)
    byFact.set(`${d.type}|${d.fact}`, [...(byFact.get(`${d.type}|${d.fact}`) ?? []), d]);
  const out: Draft[] = [];
  let trues = 0;
  let falses = 0;
  const groups = [...byFact.values()].sort((a, b) => best(b).score - best(a).score);
  for (const group of groups) {
    if (group[0]!.type !== 'true-false') {
      out.push(best(group));
      continue;
    }
    const t = group.find((d) => d.key === 'True');
    const f = group.find((d) => d.key === 'False');
    const pick = f && (!t || falses <= trues) ? f : t;
    if (!pick) continue;
    if (pick.key === 'True') trues++;
    else falses++;
    out.push(pick);
  }
  return out;
}

/** At most this many questions rest on one sentence: a bank is not one fact asked five ways. */
export const PER_SENTENCE = 3;

function perSentence(drafts: readonly Draft[]): Draft[] {
  const used = new Map<string, number>();
  const kept: Draft[] = [];
  for (const d of [...drafts].sort((a, b) => b.score - a.score || (a.prompt < b.prompt ? -1 : 1))) {
    // Timelines and matching draw on several sentences; they do not use a sentence up.
    if (d.evidence.length > 2) {
      kept.push(d);
      continue;
    }
    const at = d.evidence[d.evidence.length - 1] ?? '';
    if ((used.get(at) ?? 0) >= PER_SENTENCE) continue;
    used.set(at, (used.get(at) ?? 0) + 1);
    kept.push(d);
  }
  return kept;
}

function best(group: readonly Draft[]): Draft {
  return [...group].sort((a, b) => b.score - a.score || (a.prompt < b.prompt ? -1 : 1))[0]!;
}

/** q gives p away: q shows p's key next to what p asks about (same proving sentence). */
function givesAway(q: Draft, p: Draft): boolean {
  if (!p.key || p.type === 'true-false') return false;
  const shown = new Set([...q.evidence, ...q.shown]);
  if (!p.evidence.some((id) => shown.has(id)) && !q.shown.some((id) => p.evidence.includes(id)))
    return false;
  const visible = [
    q.prompt,
    ...(q.distractors ?? []),
    ...(q.type === 'evidence' ? [q.key ?? ''] : []),
  ].join(' ');
  return mentionsName(visible, p.key);
}

/**
 * Two drafts that ask the same thing: one fact, or one answer from one sentence whatever the form
 * ("In what year was the company founded?" and "The company was founded in ___").
 */
function sameQuestion(a: Draft, b: Draft): boolean {
  if (a.prompt === b.prompt || a.fact === b.fact) return true;
  if (a.key === undefined || b.key === undefined) return false;
  if (a.type === 'true-false' || b.type === 'true-false') return false;
  return keyText(a) === keyText(b) && a.evidence.some((id) => b.evidence.includes(id));
}

/**
 * Ranks an article's drafts into its bank. The first `quizSize` ranks are a quiz on their own:
 * spread over types (none above 40 %), paragraphs and keys, never two questions that give each other
 * away. Then the rest by worth. Finally no key answers more than 20 % of the multiple-choice
 * questions and true/false stays balanced, over the whole bank.
 */
export function rankBank(
  drafts: readonly Draft[],
  quizSize: number,
): { ranked: Draft[]; quizCount: number } {
  let pool = perSentence(onePerFact(drafts));
  // Over the whole bank: no key above its share of the multiple-choice questions.
  pool = capKeys(pool);
  pool = balanceTrueFalse(pool);
  const sorted = [...pool].sort((a, b) => b.score - a.score || (a.prompt < b.prompt ? -1 : 1));
  const quiz: Draft[] = [];
  const typeCount = new Map<QuestionType, number>();
  const keyCount = new Map<string, number>();
  const paragraphCount = new Map<string, number>();
  const patternCount = new Map<string, number>();
  const paragraphOf = (d: Draft) => d.evidence[d.evidence.length - 1] ?? '';
  const typeCap = Math.max(1, Math.floor(quizSize * MAX_TYPE_SHARE));
  let trues = 0;
  let falses = 0;
  // Three passes: every rule; then without the per-key, per-paragraph and balance rules; then
  // without the per-pattern rule as well, so that a pattern only fills what nothing else can.
  const fits = (d: Draft, pass: number) => {
    const strict = pass === 0;
    if ((typeCount.get(d.type) ?? 0) >= typeCap) return false;
    if (pass < 2 && d.pattern && (patternCount.get(d.pattern) ?? 0) >= MAX_PER_PATTERN)
      return false;
    if (quiz.some((k) => sameQuestion(k, d) || givesAway(k, d) || givesAway(d, k))) return false;
    if (strict) {
      if (
        d.keyId &&
        MULTIPLE.has(d.type) &&
        (keyCount.get(d.keyId) ?? 0) >= Math.max(1, Math.floor(quizSize * MAX_KEY_SHARE))
      )
        return false;
      if ((paragraphCount.get(paragraphOf(d)) ?? 0) >= 2) return false;
      if (d.type === 'true-false' && (d.key === 'True' ? trues > falses : falses > trues))
        return false;
      // A second question of a type waits until every type has had its first.
      if ((typeCount.get(d.type) ?? 0) >= Math.ceil(quizSize / 8)) return false;
    }
    return true;
  };
  const take = (d: Draft) => {
    quiz.push(d);
    typeCount.set(d.type, (typeCount.get(d.type) ?? 0) + 1);
    keyCount.set(d.keyId, (keyCount.get(d.keyId) ?? 0) + 1);
    paragraphCount.set(paragraphOf(d), (paragraphCount.get(paragraphOf(d)) ?? 0) + 1);
    if (d.pattern) patternCount.set(d.pattern, (patternCount.get(d.pattern) ?? 0) + 1);
    if (d.type === 'true-false') {
      if (d.key === 'True') trues++;
      else falses++;
    }
  };
  for (const pass of [0, 1, 2]) {
    for (const d of sorted) {
      if (quiz.length >= quizSize) break;
      if (!quiz.includes(d) && fits(d, pass)) take(d);
    }
  }
  // A bank short of variety gives a shorter default quiz rather than one type above its share:
  // the weakest of the dominant type wait in the bank, down to the minimum length.
  const minimum = Math.min(MIN_QUIZ, quiz.length);
  for (;;) {
    const counts = new Map<QuestionType, Draft[]>();
    for (const d of quiz) counts.set(d.type, [...(counts.get(d.type) ?? []), d]);
    const [, top] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!top || top.length <= quiz.length * MAX_TYPE_SHARE || quiz.length <= minimum) break;
    quiz.splice(quiz.indexOf(top.reduce((low, d) => (d.score < low.score ? d : low))), 1);
  }
  const rest = sorted.filter((d) => !quiz.includes(d));
  return { ranked: [...quiz, ...rest], quizCount: quiz.length };
}

/** Questions of one fixed pattern (see Draft.pattern) a default quiz takes while others wait. */
export const MAX_PER_PATTERN = 2;

/** The shortest default quiz: below it, type variety gives way to length. */
export const MIN_QUIZ = 5;

/** A key as a reader sees it: the same words are the same answer, whichever entity they came from. */
function keyText(d: Draft): string {
  return (d.key ?? d.keyId)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function capKeys(pool: Draft[]): Draft[] {
  const out = [...pool].sort((a, b) => b.score - a.score);
  for (;;) {
    const choice = out.filter((d) => MULTIPLE.has(d.type));
    const limit = Math.max(1, Math.floor(choice.length * MAX_KEY_SHARE));
    const counts = new Map<string, number>();
    for (const d of choice) counts.set(keyText(d), (counts.get(keyText(d)) ?? 0) + 1);
    const over = [...counts.entries()].find(([, n]) => n > limit && n > 1);
    if (!over) return out;
    // The weakest question on the over-used key goes.
    const weakest = [...choice].reverse().find((d) => keyText(d) === over[0])!;
    out.splice(out.indexOf(weakest), 1);
  }
}

function balanceTrueFalse(pool: Draft[]): Draft[] {
  const out = [...pool].sort((a, b) => b.score - a.score);
  for (;;) {
    const tf = out.filter((d) => d.type === 'true-false');
    const trues = tf.filter((d) => d.key === 'True').length;
    // Two or three: no more True than half, rounded up (three True of three is "always True").
    if (tf.length < 4) {
      if (tf.length < 2 || trues <= Math.ceil(tf.length / 2)) return out;
      out.splice(out.indexOf([...tf].reverse().find((d) => d.key === 'True')!), 1);
      continue;
    }
    const share = trues / tf.length;
    if (share >= TRUE_SHARE.min && share <= TRUE_SHARE.max) return out;
    const surplus = share > TRUE_SHARE.max ? 'True' : 'False';
    const weakest = [...tf].reverse().find((d) => d.key === surplus)!;
    out.splice(out.indexOf(weakest), 1);
  }
}

/** Stable: the engine version, the type, the proving sentences and the key facts, never the seed. */
export function questionId(engineVersion: string, draft: Draft): string {
  return `q-${contentHash([engineVersion, draft.type, draft.evidence.join(','), ...draft.idParts].join('\u241f'))}`;
}

/**
 * Questions in the article's reading order (how print, projector and live sessions show them),
 * each with its rank, and the key of every multiple-choice question placed so that positions are
 * used evenly in that order: a key's place in the stored options tells nothing.
 */
export function toQuestions(
  analysis: Analysis,
  ranked: readonly Draft[],
  engineVersion: string,
  random: Random,
): Question[] {
  const indexOf = (id: string) => analysis.doc.sentenceById.get(id)?.index ?? 0;
  const withRank = ranked.map((draft, i) => ({ draft, rank: i + 1 }));
  const reading = [...withRank].sort(
    (a, b) =>
      indexOf(a.draft.evidence[0] ?? '') - indexOf(b.draft.evidence[0] ?? '') || a.rank - b.rank,
  );
  const positions = new Map<number, number[]>();
  const nextPosition = (n: number) => {
    let queue = positions.get(n);
    if (!queue || queue.length === 0) {
      queue = shuffled([...Array(n).keys()], random);
      positions.set(n, queue);
    }
    return queue.shift()!;
  };
  const seen = new Map<string, number>();
  return reading.map(({ draft, rank }) => {
    let id = questionId(engineVersion, draft);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) id = `${id}-${count}`;
    const base = {
      id,
      rank,
      prompt: draft.prompt,
      explanation: draft.explanation,
      evidence: draft.evidence.map((s) => evidenceOf(analysis, s)),
    };
    const shape = QUESTION_KINDS[draft.type].shape;
    if (draft.type === 'true-false')
      return {
        ...base,
        type: 'true-false',
        choices: ['True', 'False'],
        answer: draft.key!,
      } as Question;
    if (shape === 'choice') {
      const distractors = (draft.distractors ?? []).slice(0, 3);
      const choices = [...distractors];
      choices.splice(nextPosition(distractors.length + 1), 0, draft.key!);
      return { ...base, type: draft.type, choices, answer: draft.key! } as Question;
    }
    if (shape === 'typed')
      return {
        ...base,
        type: 'fill-in',
        answer: draft.key!,
        acceptedAnswers: draft.accepted ?? [],
      } as Question;
    if (shape === 'order')
      return { ...base, type: 'timeline', items: draft.items!, answer: draft.order! } as Question;
    return {
      ...base,
      type: 'matching',
      items: draft.items!,
      choices: draft.choices!,
      answer: draft.pairs!,
    } as Question;
  });
}
