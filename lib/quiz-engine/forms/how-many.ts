import type { NumberSpan, TokenRange } from '../nlp/document';
import { gapBefore, hasTag, spanText } from '../nlp/spans';
import { invertedQuestion, lowerFirst, subjectQuestion, textWithout, wordCount } from '../realize';
import { attribution, clauseViews, type ClauseView } from './clause-view';
import {
  inList,
  evidenceNaming,
  isWhole,
  needsContext,
  paragraphLabel,
  fixedFigure,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { numberOptions } from './options';

/**
 * how many / how much: a count with its unit, or a sum of money, that a clause states ("How many
 * boroughs does New York City consist of?" → five; "How many people were killed …?" → 20).
 */
export const howManyForm: QuestionForm = {
  name: 'how many / how much: a figure a clause states',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence, entity } = view;
      if (clause.verb.negative) continue;
      const according = attribution(analysis, view);
      if (according === undefined) continue;
      const t = sentence.tokens;
      for (const n of sentence.numbers as NumberSpan[]) {
        if (n.kind !== 'count' && n.kind !== 'money') continue;
        if (n.kind === 'count' && (!n.unit || n.value < 2)) continue;
        // "its 11-day run", "a 19-strong panel": a figure joined to a word modifies a noun; it
        // counts nothing a "How many" could ask for.
        if (/\d-\p{L}/u.test(n.text) || /^-\p{L}/u.test(t[n.end]?.text ?? '')) continue;
        if (fixedFigure(analysis, sentence, n)) continue;
        let unitEnd = n.kind === 'count' ? unitEndOf(sentence.tokens, n) : n.end;
        let unit = n.unit;
        // "120 colleges and universities": the counted noun phrase goes on past "and".
        if (
          unit &&
          /^(?:and|or)$/.test(t[unitEnd]?.lower ?? '') &&
          t[unitEnd + 1]?.tags.has('Plural') &&
          !/^\p{Lu}/u.test(t[unitEnd + 1]!.text)
        ) {
          unit = `${unit} ${t[unitEnd]!.text} ${t[unitEnd + 1]!.text}`;
          unitEnd += 2;
        }
        // "two decades of blistering economic growth": what the unit measures goes with it.
        if (unit && t[unitEnd]?.lower === 'of') {
          let k = unitEnd + 1;
          while (
            k < unitEnd + 6 &&
            /^\p{Ll}/u.test(t[k]?.text ?? '') &&
            hasTag(t[k], 'Adjective', 'Noun') &&
            !hasTag(t[k], 'Pronoun') &&
            !/[,;:]/.test(gapBefore(sentence, k))
          )
            k++;
          if (k > unitEnd + 1 && hasTag(t[k - 1], 'Noun')) {
            unit = `${unit} ${spanText(sentence, { start: unitEnd, end: k })}`;
            unitEnd = k;
          }
        }
        // "the last 12 months": a window of time counts nothing that happened.
        if (/^(?:last|past|next|first|previous|coming)$/.test(t[n.start - 1]?.lower ?? ''))
          continue;
        const inSubject = n.start >= clause.subject.start && unitEnd <= clause.subject.end;
        const inPredicate = n.start >= clause.predicate.start && unitEnd <= clause.predicate.end;
        if (!inSubject && !inPredicate) continue;
        const wh = n.kind === 'money' ? 'How much' : `How many ${unit}`;
        // "at least 20 people", "about $4 billion": the hedge goes with the figure.
        let from = n.start;
        while (
          from > 0 &&
          (/^(?:at|least|about|around|nearly|almost|some|more|than|over|roughly|approximately|only|just|a|an|the|up)$/.test(
            t[from - 1]!.lower,
          ) ||
            (t[from - 1]!.lower === 'to' && t[from - 2]?.lower === 'up'))
        )
          from--;
        // "more than 20 people", "at least 300", "up to 5,000": a bound is no single answer.
        if (
          t
            .slice(from, n.start)
            .some((w) => /^(?:than|least|most|up|over|under|fewer|less)$/.test(w.lower))
        )
          continue;
        const gap: TokenRange = { start: from, end: unitEnd };
        if (inList(sentence, gap)) continue;
        // "is four years old", "is 50 metres long": a measure asks "How old …?", not "How many".
        if (/^(?:old|long|tall|high|wide|deep|away)$/.test(t[unitEnd]?.lower ?? '')) continue;
        // "has 104 members, up from 87 in 2010": a second figure in the stem is a clue or an option.
        if (
          sentence.numbers.some(
            (o) =>
              o !== n &&
              (o.kind === 'count' || o.kind === 'money') &&
              o.start >= clause.subject.start &&
              o.end <= clause.predicate.end &&
              (o.start < gap.start || o.start >= gap.end),
          )
        )
          continue;
        let prompt: string | undefined;
        if (inSubject) {
          // The counted noun must be the subject's head: "20 people were killed".
          if (unitEnd !== clause.subject.end) continue;
          // "the assassinations of two leftist politicians prompted …": the count is not the subject.
          if (/^(?:of|by|for|from|with|in|on)$/.test(t[clause.subject.start - 1]?.lower ?? ''))
            continue;
          const rest = view.rest([], 22);
          if (rest === undefined) continue;
          prompt = subjectQuestion(wh, clause, rest);
        } else {
          // The figure is what the verb takes ("consists of five boroughs", "is expected to total $1
          // trillion"), not a detail inside a phrase ("with 469 stations in operation").
          const between = t.slice(clause.predicate.start, from);
          if (
            between.length > 3 ||
            between.some(
              (w) =>
                !/^(?:to|of|by|about|around|over|nearly|almost)$/.test(w.lower) &&
                !w.tags.has('Verb'),
            )
          )
            continue;
          // "consists of five boroughs" → "… does New York City consist of?": a preposition may end the question.
          const strandable =
            unitEnd === clause.predicate.end ||
            !view.rest([{ start: from, end: clause.predicate.end }], 22);
          const rest = view.rest([gap], 22) ?? (strandable ? strandedRest(view, gap) : undefined);
          if (rest === undefined) continue;
          prompt = invertedQuestion(wh, clause, view.subject, rest);
        }
        if (
          !prompt ||
          !isWhole(prompt.replace(/\?$/, '')) ||
          needsContext(prompt, new Set(['his', 'her', 'its', 'their']))
        )
          continue;
        if (according) prompt = `${according}${lowerFirst(prompt)}`;
        const keyText = n.text;
        const distractors = numberOptions(analysis, n, keyText, sentence);
        if (!distractors) continue;
        drafts.push({
          type: 'how-many',
          prompt,
          explanation:
            `${paragraphLabel(sentence.paragraph)}: ${textWithout(sentence, { start: 0, end: sentence.tokens.length })}`.slice(
              0,
              400,
            ),
          evidence: evidenceNaming(analysis, sentence, entity?.id),
          key: keyText,
          distractors,
          keyId: `number:${n.value}:${n.unit ?? n.kind}`,
          about: entity ? [entity.id] : [],
          score: 3.2 + positionWeight(sentence),
          fact: `${clause.id}|number:${n.start}`,
          shown: [],
          idParts: [clause.id, keyText],
        });
      }
    }
    return drafts;
  },
};

/** The predicate without the figure, allowed to end on the preposition that took it. */
function strandedRest(view: ClauseView, gap: TokenRange): string | undefined {
  const text = textWithout(view.sentence, view.clause.predicate, [gap]);
  const words = text.split(/\s+/);
  if (!/^(?:of|to|for|with|by|from|about|at|in|on)$/i.test(words[words.length - 1] ?? ''))
    return undefined;
  return isWhole(words.slice(0, -1).join(' ') || 'x') &&
    !needsContext(text) &&
    wordCount(text) <= 22
    ? text
    : undefined;
}

function unitEndOf(
  tokens: readonly { end: number; start: number; text: string }[],
  n: NumberSpan,
): number {
  if (!n.unit) return n.end;
  const words = n.unit.split(/\s+/).length;
  return Math.min(tokens.length, n.end + words);
}
