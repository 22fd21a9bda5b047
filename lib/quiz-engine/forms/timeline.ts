import type { DateSpan } from '../nlp/document';
import { clauseViews, type ClauseView } from './clause-view';
import { type Draft, type QuestionForm } from './kit';

interface Dated {
  view: ClauseView;
  date: DateSpan;
  event: string;
}

/**
 * timeline: events the article dates, to put in order. Each event is its clause restated without
 * its date; events of one timeline have distinct years (or days), and a timeline spans the article.
 */
export const timelineForm: QuestionForm = {
  name: 'timeline: dated events in order',
  make(analysis) {
    const dated: Dated[] = [];
    for (const view of clauseViews(analysis)) {
      const dates = view.dates.filter(
        (d) =>
          !d.relative &&
          (d.granularity === 'day' || d.granularity === 'month' || d.granularity === 'year'),
      );
      const { verb, role } = view.clause;
      if (
        dates.length !== 1 ||
        role === 'subordinate' ||
        role === 'embedded' ||
        verb.negative ||
        verb.modal ||
        verb.tense === 'future'
      )
        continue;
      const date = dates[0]!;
      const event = view.statement(
        view.dates.map((d) => ({ start: d.phraseStart, end: d.end })),
        16,
      );
      if (!event || event.split(/\s+/).length < 4 || /\d{4}/.test(event)) continue;
      if (dated.some((d) => d.event === event)) continue;
      dated.push({ view, date, event });
    }
    const drafts: Draft[] = [];
    const used = new Set<Dated>();
    for (let round = 0; round < 3; round++) {
      const pick: Dated[] = [];
      for (const d of dated) {
        if (used.has(d) || pick.length >= 4) continue;
        if (pick.some((p) => Math.abs(p.date.from - d.date.from) < 2 || overlaps(p.date, d.date)))
          continue;
        pick.push(d);
      }
      if (pick.length < 3) break;
      for (const p of pick) used.add(p);
      const order = [...pick].sort((a, b) => a.date.from - b.date.from);
      drafts.push({
        type: 'timeline',
        prompt: 'Put these events from the article in order, earliest first.',
        explanation:
          order.map((d) => `${d.date.text.replace(/[.,]$/, '')}: ${d.event}`).join('; ') + '.',
        evidence: [...new Set(order.map((d) => d.view.sentence.id))].sort(
          (a, b) =>
            analysis.doc.sentenceById.get(a)!.index - analysis.doc.sentenceById.get(b)!.index,
        ),
        items: pick.map((d) => d.event),
        order: order.map((d) => d.event),
        keyId: `timeline:${round}`,
        about: [],
        score: 3.2,
        fact: `timeline:${order.map((d) => d.view.clause.id).join(',')}`,
        shown: order.map((d) => d.view.sentence.id),
        idParts: order.map((d) => d.event),
      });
    }
    return drafts;
  },
};

function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}
