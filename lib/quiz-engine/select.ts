import { contentWords, mentionsIn, overlap, type Candidate } from './kit';
import { QUESTION_TYPES, type QuestionType } from './schema';

/** One question per this many words of body text, the pace the issue asks for. */
export const WORDS_PER_QUESTION = 25;

/** No type may fill more than this share of a quiz, even when the article offers little else. */
const HARD_TYPE_SHARE = 0.4;

/** …unless holding that share would leave a quiz shorter than this part of its target. */
const MIN_SHARE_OF_TARGET = 0.6;

export function targetCount(wordCount: number, maxQuestions?: number): number {
  const target = Math.max(1, Math.round(wordCount / WORDS_PER_QUESTION));
  return maxQuestions === undefined ? target : Math.max(0, Math.min(target, maxQuestions));
}

/**
 * q gives p away when q shows one of p's proving sentences and also shows p's answer: a fill-in whose
 * stem names the actor of a who-question on the same sentence, an evidence option that contains a
 * when-question's date …
 */
const lowerCache = new WeakMap<Candidate, string>();
function visibleLower(c: Candidate): string {
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    lower = c.visible.toLowerCase();
    lowerCache.set(c, lower);
  }
  return lower;
}

const visibleCache = new WeakMap<Candidate, Set<string>>();
function visibleWords(c: Candidate): Set<string> {
  let words = visibleCache.get(c);
  if (!words) {
    words = contentWords(c.visible);
    visibleCache.set(c, words);
  }
  return words;
}

export function givesAway(q: Candidate, p: Candidate): boolean {
  if (!q.shownSentenceIds.some((id) => p.sentenceIds.includes(id))) return false;
  // The cue test is cheap (cached word sets) and rules most pairs out before any text search.
  if (p.cue && p.cue.size > 0 && overlap(p.cue, visibleWords(q)) < 0.5) return false;
  const lower = visibleLower(q);
  if (
    !p.keys.some((key) => key.length > 1 && mentionsIn(q.visible, lower, key.replace(/^the /i, '')))
  )
    return false;
  // Showing the key is harmless unless it is shown with what p asks about.
  if (!p.cue || p.cue.size === 0) return true;
  return overlap(p.cue, visibleWords(q)) >= 0.5;
}

/** Entity-asking types: two of them asking for the same entity from the same sentence are one question. */
const ASKS_ENTITY = new Set(['who', 'fill-in', 'quote', 'when']);

/** Same question in other words: the same dedupe key or prompt, or the same answer to the same claim. */
function duplicateOf(a: Candidate, b: Candidate): boolean {
  if (a.dedupeKey === b.dedupeKey) return true;
  if (a.question.prompt === b.question.prompt) return true;
  if (!a.sentenceIds.some((id) => b.sentenceIds.includes(id))) return false;
  const sameClaim = !!a.cue && !!b.cue && overlap(a.cue, b.cue) >= 0.5;
  if (
    ASKS_ENTITY.has(a.type) &&
    ASKS_ENTITY.has(b.type) &&
    a.entityIds[0] !== undefined &&
    a.entityIds[0] === b.entityIds[0]
  )
    return sameClaim;
  if (a.type === b.type && 'answer' in a.question && 'answer' in b.question) {
    return sameClaim && JSON.stringify(a.question.answer) === JSON.stringify(b.question.answer);
  }
  return false;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0)
  );
}

/**
 * Ranks and keeps the best candidates: every type first (when the article allows it), then the
 * best remaining by score, spreading over paragraphs and types and keeping true/false balanced.
 * Never keeps two questions that give each other away. Independent of the seed.
 */
export function selectQuestions(
  candidates: readonly Candidate[],
  target: number,
  paragraphCount: number,
  onReject?: (
    candidate: Candidate,
    by: Candidate,
    reason: 'duplicate' | 'gives-away' | 'given-away',
  ) => void,
  /** Coverage may add questions beyond the target, up to this many in all. */
  ceiling = target,
): Candidate[] {
  const ranked = [...candidates].sort(compare);
  const kept: Candidate[] = [];
  const bySentence = new Map<string, Candidate[]>();
  const typeCount = new Map<QuestionType, number>();
  const paragraphCount_ = new Map<number, number>();
  let trueCount = 0;
  let falseCount = 0;
  const compatible = (c: Candidate) => {
    const near = new Set<Candidate>();
    for (const id of [...c.sentenceIds, ...c.shownSentenceIds])
      for (const k of bySentence.get(id) ?? []) near.add(k);
    for (const k of near) {
      const reason = duplicateOf(k, c)
        ? 'duplicate'
        : givesAway(k, c)
          ? 'given-away'
          : givesAway(c, k)
            ? 'gives-away'
            : undefined;
      if (reason) {
        onReject?.(c, k, reason);
        return false;
      }
    }
    return true;
  };
  const unkeep = (c: Candidate) => {
    kept.splice(kept.indexOf(c), 1);
    const key = keyOf(c);
    if (key) answerCount.set(key, (answerCount.get(key) ?? 1) - 1);
    for (const list of bySentence.values()) {
      const at = list.indexOf(c);
      if (at >= 0) list.splice(at, 1);
    }
    typeCount.set(c.type, (typeCount.get(c.type) ?? 1) - 1);
    for (const p of c.paragraphs) paragraphCount_.set(p, (paragraphCount_.get(p) ?? 1) - 1);
    if (c.question.type === 'true-false') {
      if (c.question.answer === 'True') trueCount--;
      else falseCount--;
    }
  };
  const keep = (c: Candidate) => {
    kept.push(c);
    const key = keyOf(c);
    if (key) answerCount.set(key, (answerCount.get(key) ?? 0) + 1);
    for (const id of new Set([...c.sentenceIds, ...c.shownSentenceIds])) {
      const list = bySentence.get(id) ?? [];
      list.push(c);
      bySentence.set(id, list);
    }
    typeCount.set(c.type, (typeCount.get(c.type) ?? 0) + 1);
    for (const p of c.paragraphs) paragraphCount_.set(p, (paragraphCount_.get(p) ?? 0) + 1);
    if (c.type === 'true-false') {
      if (c.question.type === 'true-false' && c.question.answer === 'True') trueCount++;
      else falseCount++;
    }
  };
  if (target <= 0) return kept;
  // 1. The best questions by score, with caps that keep types, paragraphs and true/false varied.
  const typeCap = Math.max(3, Math.ceil(target * 0.24));
  const paragraphCap = Math.max(3, Math.ceil((target / Math.max(1, paragraphCount)) * 1.8));
  const answerCount = new Map<string, number>();
  const keyOf = (c: Candidate) =>
    c.type === 'timeline' || c.type === 'matching' ? undefined : c.entityIds[0];
  /** Repeating an answer again and again makes a dull quiz: each repeat costs a little. */
  const adjusted = (c: Candidate) => {
    const key = keyOf(c);
    if (!key) return c.score;
    const count = answerCount.get(key) ?? 0;
    // The first question answered by a person, organisation, date or acronym covers it: a bonus.
    const covers = count === 0 && /^(?:person|organization|date|acronym):/.test(key) ? 0.8 : 0;
    return c.score + covers - 0.6 * count;
  };
  const greedy = (capped: boolean) => {
    // Lazy re-ranking: a candidate whose adjusted score dropped goes back in the queue.
    const taken = new Set(kept);
    const queue = ranked
      .filter((c) => !taken.has(c))
      .map((c) => ({ c, score: adjusted(c) }))
      .sort((a, b) => b.score - a.score || compare(a.c, b.c));
    while (queue.length > 0 && kept.length < target) {
      const top = queue.shift()!;
      const now = adjusted(top.c);
      if (now < top.score - 1e-9) {
        let at = queue.findIndex((item) => item.score < now);
        if (at < 0) at = queue.length;
        queue.splice(at, 0, { c: top.c, score: now });
        continue;
      }
      const c = top.c;
      if ((typeCount.get(c.type) ?? 0) >= Math.max(typeCap, Math.ceil(target * HARD_TYPE_SHARE)))
        continue;
      if (capped) {
        if ((typeCount.get(c.type) ?? 0) >= typeCap) continue;
        if (c.paragraphs.some((p) => (paragraphCount_.get(p) ?? 0) >= paragraphCap)) continue;
        if (c.question.type === 'true-false') {
          const isTrue = c.question.answer === 'True';
          if (isTrue && trueCount > falseCount + 1) continue;
          if (!isTrue && falseCount > trueCount + 1) continue;
        }
      }
      if (compatible(c)) keep(c);
    }
  };
  greedy(true);
  // 2. Every type the article supports, and both true and false statements: a missing one may
  //    displace a few questions whose types are otherwise represented.
  const wanted: Array<(c: Candidate) => boolean> = [
    ...QUESTION_TYPES.map((type) => (c: Candidate) => c.type === type),
    (c: Candidate) => c.question.type === 'true-false' && c.question.answer === 'False',
    (c: Candidate) => c.question.type === 'true-false' && c.question.answer === 'True',
  ];
  for (const want of wanted) {
    if (kept.some(want)) continue;
    for (const c of ranked) {
      if (!want(c)) continue;
      const clashes = kept.filter((k) => duplicateOf(k, c) || givesAway(k, c) || givesAway(c, k));
      const removable = clashes.every(
        (k) =>
          kept.filter((x) => x.type === k.type).length > 1 &&
          !wanted.some((w) => w(k) && kept.filter(w).length === 1),
      );
      // A many-sentence question (timeline, matching) may displace a few single-sentence ones.
      const limit = c.sentenceIds.length > 1 ? 4 : 2;
      if (clashes.length > limit || !removable) continue;
      for (const k of clashes) unkeep(k);
      if (kept.length >= target)
        unkeep(
          kept.reduce((low, k) =>
            k.score < low.score && kept.filter((x) => x.type === k.type).length > 1 ? k : low,
          ),
        );
      keep(c);
      break;
    }
  }
  // 3. Fill up to the target with looser caps; an article poor in facts gets a shorter quiz
  //    rather than a wall of fill-ins.
  greedy(false);
  // 4. Coverage: every person, organisation, date and defined acronym that some candidate answers
  //    becomes the answer of a kept question, if one fits without giving another away.
  const answered = new Set(kept.map(answerOf));
  const byEntity = new Map<string, Candidate[]>();
  const allByEntity = new Map<string, Candidate[]>();
  for (const c of ranked) {
    const id = answerOf(c);
    if (!id || !COVERED_KIND.test(id)) continue;
    allByEntity.set(id, [...(allByEntity.get(id) ?? []), c]);
    if (answered.has(id)) continue;
    const list = byEntity.get(id) ?? [];
    list.push(c);
    byEntity.set(id, list);
  }
  const clashesOf = (c: Candidate) => {
    const near = new Set<Candidate>();
    for (const id of [...c.sentenceIds, ...c.shownSentenceIds])
      for (const k of bySentence.get(id) ?? []) near.add(k);
    return [...near].filter((k) => duplicateOf(k, c) || givesAway(k, c) || givesAway(c, k));
  };
  // Keeps c, letting one kept question make way if its type stays represented and its answer stays
  // covered: by another kept question, or by another of its candidates placed the same way (two
  // fill-ins on one sentence become two covered entities). Undone when that fails.
  const place = (c: Candidate, depth: number): boolean => {
    const clashes = clashesOf(c);
    const [only] = clashes;
    if (!only) {
      keep(c);
      return true;
    }
    if (depth === 0 || clashes.length > 1 || c.sentenceIds.length > 1) return false;
    // The type that makes way stays in the quiz.
    if (only.type !== c.type && (typeCount.get(only.type) ?? 0) < 3) return false;
    const id = answerOf(only);
    const stillCovered =
      !id || !COVERED_KIND.test(id) || kept.filter((k) => answerOf(k) === id).length >= 2;
    unkeep(only);
    keep(c);
    if (stillCovered) return true;
    for (const r of allByEntity.get(id) ?? [])
      if (r !== only && !kept.includes(r) && place(r, depth - 1)) return true;
    unkeep(c);
    keep(only);
    return false;
  };
  for (const options of byEntity.values()) {
    if (kept.length >= ceiling) break;
    const shareCap = Math.ceil((kept.length + 1) * HARD_TYPE_SHARE);
    const fits = (c: Candidate) => (typeCount.get(c.type) ?? 0) < shareCap;
    // A type under its share first, then any; always best-ranked first.
    const pick =
      options.find((c) => fits(c) && compatible(c)) ?? options.find((c) => compatible(c));
    if (pick) keep(pick);
    else for (const c of options) if (place(c, 2)) break;
  }
  // 5. No type fills more than its share of the quiz as kept, unless trimming it would leave less
  //    than MIN_SHARE_OF_TARGET of the target: the weakest of that type go first, never the only
  //    question on a person, organisation, date or acronym.
  const floor = Math.ceil(target * MIN_SHARE_OF_TARGET);
  const dominant = (): QuestionType | undefined => {
    let top: QuestionType | undefined;
    for (const [type, count] of typeCount)
      if (!top || count > (typeCount.get(top) ?? 0)) top = type;
    return top && (typeCount.get(top) ?? 0) > Math.ceil(kept.length * HARD_TYPE_SHARE)
      ? top
      : undefined;
  };
  const coveredTwice = (k: Candidate) => {
    const id = answerOf(k);
    return !id || !COVERED_KIND.test(id) || kept.filter((x) => answerOf(x) === id).length > 1;
  };
  // First, another type's question may take the place of one or two of the dominant type's that
  // it clashes with (an evidence question against the fill-ins on its sentences).
  const keptSet = new Set(kept);
  for (const c of ranked) {
    const top = dominant();
    if (!top) break;
    if (c.type === top || keptSet.has(c)) continue;
    if ((typeCount.get(c.type) ?? 0) + 1 > Math.ceil(kept.length * HARD_TYPE_SHARE)) continue;
    // A wall of true statements is no better than a wall of fill-ins.
    if (c.question.type === 'true-false') {
      const isTrue = c.question.answer === 'True';
      if (isTrue ? trueCount > falseCount : falseCount > trueCount) continue;
    }
    const clashes = clashesOf(c);
    if (clashes.length === 0) {
      if (kept.length < ceiling) keep(c);
      continue;
    }
    if (clashes.length > 2 || clashes.some((k) => k.type !== top || !coveredTwice(k))) continue;
    for (const k of clashes) unkeep(k);
    keep(c);
  }
  for (;;) {
    if (kept.length <= floor) break;
    const top = dominant();
    if (!top) break;
    const covering = new Map<string, number>();
    for (const k of kept) {
      const id = answerOf(k);
      if (id) covering.set(id, (covering.get(id) ?? 0) + 1);
    }
    const weakest = kept
      .filter((k) => k.type === top)
      .filter((k) => {
        const id = answerOf(k);
        return !id || !COVERED_KIND.test(id) || (covering.get(id) ?? 0) > 1;
      })
      .sort((a, b) => -compare(a, b))[0];
    if (!weakest) break;
    unkeep(weakest);
  }
  return kept;
}

/** Kinds of entity the coverage measure counts. */
const COVERED_KIND = /^(?:person|organization|date|acronym):/;

/** The entity a question's answer is, for the types whose answer is one entity. */
function answerOf(c: Candidate): string | undefined {
  return ANSWERS_ENTITY.has(c.type) ? c.entityIds[0] : undefined;
}
const ANSWERS_ENTITY = new Set(['who', 'quote', 'when', 'acronym', 'fill-in']);
