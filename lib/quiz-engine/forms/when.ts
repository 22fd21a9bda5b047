import { WHEN_WORDS } from '../lang/en/questions';
import type { DateSpan } from '../nlp/document';
import { gapBefore, hasTag } from '../nlp/spans';
import { invertedQuestion, lowerFirst } from '../realize';
import { attribution, clauseViews } from './clause-view';
import {
  evidenceNaming,
  forwardLooking,
  insideName,
  paragraphLabel,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { dateOptions } from './options';

/** Words that make a date a bound of the event rather than its time ("until 1949", "at least 2006"). */
const BOUND = /^(?:until|till|before|after|since|by|from|through|least)$/;
/** Of those, the ones that can name another event before its date ("until her death in 2016"). */
const TIME_BOUND = /^(?:until|till|before|after|since)$/;

/**
 * when: the date that dates a clause ("In what year were the five boroughs consolidated into a
 * single city?" → 1898). Only absolute dates the article writes; relative ones ("on Tuesday") are
 * never asked. The key is the date as the article writes it.
 */
export const whenForm: QuestionForm = {
  name: 'when: the date of a clause',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence, entity } = view;
      if (clause.verb.negative || clause.role === 'subordinate') continue;
      const absolute = view.dates.filter((d) => !d.relative);
      // "on track to hit $390 billion next year, … more than in 2017": another, relative date says it is ambiguous.
      if (absolute.length !== 1 || view.dates.some((d) => d.relative)) continue;
      const according = attribution(analysis, view);
      if (according === undefined) continue;
      const date = absolute[0]! as DateSpan;
      // "the early 1990s" beside plain decades: options of one precision only.
      if (/\b(?:early|late|mid|middle)\b/i.test(date.text)) continue;
      // "was the Tang's rival until the 9th century", "wait until at least 2006": a bound, not the
      // time of the event.
      const lead = sentence.tokens.slice(Math.max(0, date.phraseStart - 2), date.start + 1);
      if (lead.some((w) => BOUND.test(w.lower))) continue;
      // "continued to respond … until her death in February 2016": a bound, then the event it
      // names, then the date of that event.
      const t = sentence.tokens;
      const bound = [date.phraseStart - 2, date.phraseStart - 3, date.phraseStart - 4].find(
        (k) =>
          k >= 0 &&
          TIME_BOUND.test(t[k]!.lower) &&
          t
            .slice(k + 1, date.phraseStart)
            .every(
              (w) =>
                hasTag(w, 'Determiner', 'Possessive', 'Adjective', 'Noun') && !hasTag(w, 'Value'),
            ) &&
          hasTag(t[date.phraseStart - 1], 'Noun'),
      );
      if (bound !== undefined) continue;
      // "the Investment Company Act of 1940": a year that is part of a name dates nothing.
      if (insideName(analysis, sentence, date)) continue;
      // Every date phrase leaves the stem, so another date cannot hint at the key. A year that
      // modifies a noun ("at the 2003 Australian Open") leaves alone: the phrase stays.
      // ("rules introduced in 2002 demand that …": "demand" is no noun a year modifies).
      const modifier = (d: DateSpan) =>
        hasTag(sentence.tokens[d.end], 'Noun') &&
        !/[,;:]/.test(gapBefore(sentence, d.end)) &&
        (hasTag(sentence.tokens[d.start - 1], 'Determiner') ||
          /^\p{Lu}/u.test(sentence.tokens[d.end]!.text));
      const drop = view.dates.map((d) => ({
        start: modifier(d) ? d.start : d.phraseStart,
        end: d.end,
      }));
      const rest = view.rest(drop, 22);
      if (rest === undefined) continue;
      const wh = date.granularity === 'day' ? 'When' : (WHEN_WORDS[date.granularity] ?? 'When');
      if (/^(?:who|what|which)\b/i.test(view.subject)) continue;
      const asked = invertedQuestion(wh, clause, view.subject, rest);
      if (!asked || asked.split(/\s+/).length < 4) continue;
      const prompt = according ? `${according}${lowerFirst(asked)}` : asked;
      const keyText = date.text.replace(/[.,]$/, '');
      const others = sentence.dates.filter((d) => d !== date);
      const distractors = dateOptions(analysis, date, keyText, others, forwardLooking(clause));
      if (!distractors) continue;
      drafts.push({
        type: 'when',
        prompt,
        explanation: `${paragraphLabel(sentence.paragraph)}: ${view.statement([], 40) ?? prompt}.`,
        evidence: evidenceNaming(analysis, sentence, entity?.id),
        key: keyText,
        distractors,
        keyId: `date:${date.from}-${date.to}`,
        about: entity ? [entity.id] : [],
        score: 3.1 + positionWeight(sentence) + (entity ? 0.3 : 0),
        fact: `${clause.id}|when`,
        shown: [],
        idParts: [clause.id, keyText],
      });
    }
    return drafts;
  },
};
