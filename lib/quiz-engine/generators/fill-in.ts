import {
  cueOf,
  evidenceOf,
  hasUnresolvedReference,
  mentions,
  namesOf,
  paragraphLabel,
  wordCount,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import type { StatedDate } from '../dates';
import { CAPITALS, MONTHS, NUMBER_WORDS, ORG_HEADS, PLACE_HEADS } from '../lexicon';

const BLANK = '_____';
const KINDS = new Set(['person', 'organization', 'place', 'acronym', 'number']);

/**
 * fill-in: a sentence with one name or number blanked. Only entities are blanked, never common words;
 * the sentence must read on its own (no unresolved pronoun) and name the blanked entity only once.
 */
export function fillInQuestions({ analysis: ctx }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  const numbersBySentence = new Map<string, typeof ctx.numbers>();
  for (const n of ctx.numbers)
    numbersBySentence.set(n.sentenceId, [...(numbersBySentence.get(n.sentenceId) ?? []), n]);
  for (const sentence of ctx.sentences) {
    const words = wordCount(sentence.text);
    if (words < 8 || words > 50 || !/^["“]?\p{Lu}/u.test(sentence.text)) continue;
    // "… wrote on her blog:" leads into text the sentence does not hold.
    if (/[:;,]$/.test(sentence.text.trim())) continue;
    const facts = ctx.factsBySentence.get(sentence.id) ?? [];
    let text = sentence.text;
    // A resolved pronoun subject is named in brackets, the editor's convention for an inserted word;
    // positions at or after `at` (sentence offsets) move by `shift`.
    let at = 0;
    let shift = 0;
    // Blanks start at or after this offset: a quotation's words are never blanked.
    let from = 0;
    let gateText: string;
    if (ctx.quotedSentenceIds.has(sentence.id)) {
      const tail = quotedTail(ctx, sentence);
      if (!tail) continue;
      const replacement = `[${tail.speaker}]`;
      text = text.slice(0, tail.pronounStart) + replacement + text.slice(tail.pronounEnd);
      at = tail.pronounEnd;
      shift = replacement.length - (tail.pronounEnd - tail.pronounStart);
      from = tail.pronounEnd;
      gateText = text.slice(tail.pronounStart + replacement.length);
    } else {
      const lead = facts[0];
      if (
        lead?.subjectPronoun &&
        lead.subjectId &&
        sentence.tokens[0]?.lower === lead.subjectText.toLowerCase()
      ) {
        const entity = ctx.entityById.get(lead.subjectId);
        if (!entity) continue;
        const replacement = `[${entity.name}]`;
        text = replacement + text.slice(lead.subjectText.length);
        at = lead.subjectText.length;
        shift = replacement.length - lead.subjectText.length;
      }
      gateText = maskOwnPossessives(text, firstPersonEnd(ctx, sentence, at, shift)).replace(
        /^\[[^\]]+\]/,
        'X',
      );
    }
    if (
      hasUnresolvedReference(gateText, {
        allowPersonPronoun: false,
        allowPlural: false,
      })
    )
      continue;
    const candidates: Array<{
      start: number;
      end: number;
      answer: string;
      accepted: string[];
      entityId: string;
      kind: string;
    }> = [];
    for (const m of ctx.mentionsBySentence.get(sentence.id) ?? []) {
      const entity = ctx.entityById.get(m.entityId);
      if (!entity || !KINDS.has(entity.kind) || /^(?:North|South|East|West)$/.test(m.text))
        continue;
      // A lone generic word ("Government", "House") is a common word, not a name; an acronym the
      // article never spells out is trivia; a gloss in brackets is not a claim.
      if (
        !m.text.includes(' ') &&
        (ORG_HEADS.has(m.text.toLowerCase()) || PLACE_HEADS.has(m.text.toLowerCase()))
      )
        continue;
      if (entity.kind === 'acronym' && !entity.expansion) continue;
      if (/\([^)]*$/.test(sentence.text.slice(0, m.start - sentence.start))) continue;
      // Beside its own long form an acronym answers itself (and an acronym question asks it).
      if (entity.expansion && sentence.text.includes(entity.expansion)) continue;
      candidates.push({
        start: m.start - sentence.start,
        end: m.end - sentence.start,
        answer: m.text,
        // A capital may be answered by its country ("Beijing" ~ China), not a country by its capital
        // ("the U.S. foreign policy" is not "the Washington foreign policy").
        accepted: namesOf(entity).filter(
          (n) => n !== m.text && !/^the /i.test(n) && !(n in CAPITALS && !(m.text in CAPITALS)),
        ),
        entityId: entity.id,
        kind: entity.kind,
      });
    }
    for (const n of (numbersBySentence.get(sentence.id) ?? []).filter((x) => x.unit)) {
      const accepted = Object.entries(NUMBER_WORDS)
        .filter(([, v]) => v === n.value)
        .map(([w]) => w);
      if (/^\d+$/.test(n.text) === false) accepted.push(String(n.value));
      candidates.push({
        start: n.start - sentence.start,
        end: n.end - sentence.start,
        answer: n.text,
        accepted,
        entityId: `number:${n.value}`,
        kind: 'number',
      });
    }
    // Absolute dates the sentence states (never resolved relative ones: they are not asked).
    for (const d of ctx.datesBySentence.get(sentence.id) ?? []) {
      if (d.relative || d.role === 'range') continue;
      const written = sentence.text.slice(d.start, d.end);
      candidates.push({
        start: d.start,
        end: d.end,
        answer: written,
        accepted: [d.date.label, ...dateSpellings(d.date)].filter((x) => x !== written),
        entityId: `date:${d.date.label}`,
        kind: 'date',
      });
    }
    for (const c of candidates) {
      if (c.start < at || c.start < from) continue;
      const entity = ctx.entityById.get(c.entityId);
      const before = text.slice(0, c.start + shift);
      const after = text.slice(c.end + shift);
      const stem = `${before}${BLANK}${after}`;
      // The blank must be the only place the answer appears.
      if (entity && namesOf(entity).some((name) => mentions(stem, name.replace(/^the /i, ''))))
        continue;
      if (!entity && mentions(stem, c.answer)) continue;
      const isNumber = c.kind === 'number';
      const prompt = isNumber
        ? `Fill in the missing number: ${stem}`
        : c.kind === 'date'
          ? `Fill in the missing date: ${stem}`
          : `Fill in the missing name: ${stem}`;
      // A year blanked beside another year ("from 1910 to ____") is a guess between two.
      if (c.kind === 'date' && /\b\d{4}\b/.test(stem.replace(/\b\d{4}(?=\s+\p{Lu})/gu, '')))
        continue;
      out.push({
        type: 'fill-in',
        question: {
          id: '',
          type: 'fill-in',
          prompt,
          answer: c.answer,
          acceptedAnswers: [...new Set(c.accepted)],
          explanation: `${paragraphLabel(sentence.paragraph)} reads: "${sentence.text}"`,
          evidence: [evidenceOf(ctx, sentence.id)],
        },
        idParts: [sentence.id, c.entityId, String(c.start)],
        keys: [c.answer, ...c.accepted],
        visible: prompt,
        sentenceIds: [sentence.id],
        shownSentenceIds: [sentence.id],
        paragraphs: [sentence.paragraph],
        score:
          (isNumber || c.kind === 'date'
            ? 2
            : c.kind === 'person' || c.kind === 'organization'
              ? 2.6
              : 2.3) +
          Math.min(1, (entity?.mentions.length ?? 1) / 8) -
          (words > 32 ? 0.5 : 0) -
          (words > 42 ? 0.5 : 0),
        entityIds: [c.entityId],
        dedupeKey: `fill-in|${sentence.id}|${c.entityId}`,
        cue: cueOf(stem, [c.answer]),
      });
    }
  }
  return out;
}

/** Other ways a student may write a date: "23 April 2017", "April 23, 2017", "April 23 2017". */
function dateSpellings(date: StatedDate): string[] {
  if (date.granularity !== 'day' || !date.day || !date.month) return [];
  const month = MONTHS[date.month - 1];
  return [
    `${month} ${date.day}, ${date.year}`,
    `${month} ${date.day} ${date.year}`,
    `${date.day} ${month}, ${date.year}`,
  ];
}

/**
 * A quotation followed by "he said …": the words after the attribution may be blanked, with the
 * pronoun named in brackets ("[Moon Jae-in] said during a press conference at the _____").
 * Only when the sentence opens the quotation and every quotation in it has that one speaker.
 */
function quotedTail(
  ctx: GeneratorContext['analysis'],
  sentence: GeneratorContext['analysis']['sentences'][number],
): { speaker: string; pronounStart: number; pronounEnd: number } | undefined {
  if (!/^["“]/.test(sentence.text)) return undefined;
  const quotes = ctx.quotes.filter(
    (q) => q.passageId === sentence.passageId && q.start < sentence.end && q.end > sentence.start,
  );
  const speakerId = quotes[0]?.speakerId;
  if (!speakerId || quotes.some((q) => q.speakerId !== speakerId)) return undefined;
  const speaker = ctx.entityById.get(speakerId);
  if (speaker?.kind !== 'person') return undefined;
  const lastEnd = Math.max(...quotes.map((q) => q.end)) - sentence.start;
  const match = /^[,.!?]?["”]\s+(he|she)\s+(?:said|says|told|added)\b/i.exec(
    sentence.text.slice(lastEnd),
  );
  if (!match?.[1]) return undefined;
  const pronounStart = lastEnd + match[0].indexOf(match[1], 1);
  return { speaker: speaker.name, pronounStart, pronounEnd: pronounStart + match[1].length };
}

/** End (in the shown text) of the first person the sentence names, where "his"/"her" may point. */
function firstPersonEnd(
  ctx: GeneratorContext['analysis'],
  sentence: GeneratorContext['analysis']['sentences'][number],
  at: number,
  shift: number,
): number {
  if (shift !== 0) return at + shift;
  let end = Infinity;
  for (const m of ctx.mentionsBySentence.get(sentence.id) ?? [])
    if (ctx.entityById.get(m.entityId)?.kind === 'person')
      end = Math.min(end, m.end - sentence.start);
  return end;
}

/**
 * "Opposing Park also meant opposing her hard-line approach": a possessive after a person the
 * sentence itself names reads on its own; the gate sees it masked.
 */
function maskOwnPossessives(text: string, personEnd: number): string {
  if (personEnd === Infinity) return text;
  return text.slice(0, personEnd) + text.slice(personEnd).replace(/\b(?:his|her)\b/gi, 'the');
}
