import type { StatedDate } from '../dates';
import {
  capitalize,
  corePredicate,
  evidenceNaming,
  uniqueEvidence,
  hasUnresolvedReference,
  namedThing,
  paragraphLabel,
  wordCount,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { shuffled } from '../random';
import { quotedExcerpt } from './quote';

interface TimelineEvent {
  text: string;
  date: StatedDate;
  sentenceIds: string[];
  paragraph: number;
  /** Who the event is about, so the evidence names them. */
  entityId?: string;
}

const OCCASION =
  /\b((?:in|during|at)\s+(?:an?|the)\s+(?:interview|press conference|speech|debate|rally|roundtable discussion|meeting|statement|address|briefing)\b[^,.;\d]*?)(?=\s+(?:on\s+)?\d|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|[,.;]|$)/;
const ANY_DATE =
  /\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:last|next|this)\s+(?:year|month|week)\b|\byesterday\b|\btoday\b/;

/** Dated events of the article as short phrases with the date taken out. */
export function datedEvents(ctx: GeneratorContext['analysis']): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const fact of ctx.facts) {
    if (
      fact.dates.length !== 1 ||
      fact.verb.negated ||
      fact.quoteId ||
      // Events happened: a present-tense clause states a standing fact, not a dated event.
      fact.verb.tense !== 'past'
    )
      continue;
    if (fact.subjectPronoun && !fact.subjectId) continue;
    const core = corePredicate(fact, { dropDates: true, maxWords: 22, acronyms: ctx.acronyms });
    if (!core || /["“”]/.test(core)) continue;
    const subject = fact.subjectName;
    const text = capitalize(`${subject} ${core}`);
    if (ANY_DATE.test(text) || wordCount(text) > 24) continue;
    if (
      hasUnresolvedReference(text, {
        allowPersonPronoun: !!fact.subjectId?.startsWith('person:'),
        allowPlural: fact.plural,
        allowIts: namedThing(fact.subjectId),
      })
    )
      continue;
    events.push({
      text,
      date: fact.dates[0]!,
      sentenceIds: [fact.sentenceId],
      paragraph: fact.paragraph,
      entityId: fact.subjectId,
    });
  }
  for (const quote of ctx.quotes) {
    const speaker = quote.speakerId ? ctx.entityById.get(quote.speakerId) : undefined;
    if (!quote.date || !speaker) continue;
    const paragraph = ctx.sentenceById.get(quote.sentenceIds[0]!)?.paragraph ?? 0;
    const excerpt = quotedExcerpt(quote);
    const last = ctx.sentenceById.get(quote.sentenceIds[quote.sentenceIds.length - 1]!);
    // "he said in an interview with the Chosun Ilbo newspaper" names the occasion: a short event.
    const occasion = last
      ? OCCASION.exec(last.text.slice(Math.max(0, quote.end - last.start)))
      : null;
    let text: string | undefined;
    if (occasion?.[1] && !ANY_DATE.test(occasion[1]))
      text = `${speaker.name} spoke ${occasion[1].trim()}`;
    else if (excerpt && wordCount(excerpt) <= 24 && !ANY_DATE.test(excerpt))
      text = `${speaker.name} said, “${excerpt}”`;
    if (!text || hasUnresolvedReference(text.replace(/“.*”/, ''), { allowPersonPronoun: true }))
      continue;
    events.push({
      text,
      date: quote.date,
      sentenceIds: quote.sentenceIds,
      paragraph,
      entityId: speaker.id,
    });
  }
  return events;
}

/**
 * timeline: 3–5 dated events in order. Events are chosen so their dates do not overlap (a year never
 * races a day inside it), in reading order, several timelines for long articles.
 */
export function timelineQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const events = datedEvents(ctx);
  const out: Candidate[] = [];
  const used = new Set<string>();
  const groups: TimelineEvent[][] = [];
  let current: TimelineEvent[] = [];
  for (const event of events) {
    if (used.has(event.text)) continue;
    if (
      current.some(
        (e) =>
          (e.date.from <= event.date.to && event.date.from <= e.date.to) || e.text === event.text,
      )
    )
      continue;
    current.push(event);
    used.add(event.text);
    if (current.length === 5) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length >= 3) groups.push(current);
  for (const group of groups) {
    const ordered = [...group].sort((a, b) => a.date.from - b.date.from);
    const items = shuffled(
      ordered.map((e) => e.text),
      random,
    );
    // A presented order that is already right teaches nothing: rotate it.
    if (items.join('\n') === ordered.map((e) => e.text).join('\n')) items.push(items.shift()!);
    const sentenceIds = [...new Set(ordered.flatMap((e) => e.sentenceIds))];
    const byReading = [...sentenceIds].sort(
      (a, b) => (ctx.sentenceById.get(a)?.index ?? 0) - (ctx.sentenceById.get(b)?.index ?? 0),
    );
    out.push({
      type: 'timeline',
      question: {
        id: '',
        type: 'timeline',
        prompt: 'Put these events from the article in order, earliest first.',
        items,
        answer: ordered.map((e) => e.text),
        explanation:
          ordered
            .map((e) => `${e.date.label}: ${e.text} (${paragraphLabel(e.paragraph)})`)
            .join('; ') + '.',
        evidence: uniqueEvidence(
          [...ordered]
            .sort(
              (a, b) =>
                (ctx.sentenceById.get(a.sentenceIds[0]!)?.index ?? 0) -
                (ctx.sentenceById.get(b.sentenceIds[0]!)?.index ?? 0),
            )
            .flatMap((e) => evidenceNaming(ctx, e.sentenceIds, e.entityId)),
        ),
      },
      idParts: ordered.map((e) => `${e.sentenceIds.join(',')}@${e.date.label}`),
      keys: [],
      visible: items.join(' '),
      sentenceIds: byReading,
      shownSentenceIds: byReading,
      paragraphs: [...new Set(ordered.map((e) => e.paragraph))],
      score: 4 + group.length * 0.2,
      entityIds: ordered.map((e) => `date:${e.date.label}`),
      dedupeKey: `timeline|${byReading.join(',')}`,
    });
  }
  return out;
}
