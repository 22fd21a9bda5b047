import type { Fact } from '../analyze';
import { datesOverlap } from '../dates';
import {
  corePredicate,
  cueOf,
  evidenceNaming,
  hasUnresolvedReference,
  namedThing,
  mentions,
  paragraphLabel,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { ANTONYMS, PAST_TENSE } from '../lexicon';
import { verbForms } from '../verbs';

const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'state',
  'claim',
  'argue',
  'suggest',
  'advise',
  'write',
  'note',
]);

/** The antonym of a verb in the tense the text uses, or undefined when the verb has none. */
export function antonymVerb(fact: Fact): string | undefined {
  const opposite = ANTONYMS[fact.verb.lemma];
  if (!opposite || fact.verb.tokenStart !== fact.verb.tokenEnd) return undefined;
  const forms = verbForms(opposite);
  if (fact.verb.tense === 'past') return PAST_TENSE[opposite] ?? forms?.past;
  if (fact.verb.tense === 'present') return fact.plural ? opposite : (forms?.present ?? undefined);
  return undefined;
}

interface Variant {
  statement: string;
  truth: boolean;
  explanation: string;
  tag: string;
}

/**
 * true-false: "According to the article, …". The false form changes one thing the text states for
 * this very event (the verb to its antonym, the date or the number to another the article gives
 * elsewhere), so the text contradicts it; quotations and what was merely said are never altered.
 */
export function trueFalseQuestions({ analysis: ctx }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of ctx.facts) {
    if (fact.quoteId) continue;
    // A generic copula subject ("Every election in South Korea is …") must at least name something.
    if (fact.verb.copula && !fact.subjectId && !/\p{Lu}/u.test(fact.subjectName.slice(1))) continue;
    if (fact.subjectPronoun && !fact.subjectId) continue;
    if (!fact.subjectId && !/^(?:the|a|an|each|every)\s|^\p{Lu}/iu.test(fact.subjectName)) continue;
    if (fact.compound === 'pair') continue;
    const core = corePredicate(fact, { dropDates: false, maxWords: 28, acronyms: ctx.acronyms });
    if (!core || /["“”]/.test(core)) continue;
    const entity = fact.subjectId ? ctx.entityById.get(fact.subjectId) : undefined;
    if (
      hasUnresolvedReference(`${fact.subjectName} ${core}`, {
        allowPersonPronoun: entity?.kind === 'person',
        allowPlural: fact.plural,
        allowIts: namedThing(fact.subjectId),
      })
    )
      continue;
    if (!fact.subjectId && hasUnresolvedReference(fact.subjectName)) continue;
    const sentence = ctx.sentenceById.get(fact.sentenceId)!;
    const subject =
      /^The\s/.test(fact.subjectName) && !fact.subjectId
        ? `the ${fact.subjectName.slice(4)}`
        : fact.subjectName;
    const truth = `According to the article, ${subject} ${core}.`;
    const where = paragraphLabel(sentence.paragraph);
    const variants: Variant[] = [
      {
        statement: truth,
        truth: true,
        explanation: `${where} says ${subject} ${core}.`,
        tag: 'true',
      },
    ];
    const speech = SPEECH.has(fact.verb.lemma);
    const antonym = fact.verb.negated ? undefined : antonymVerb(fact);
    if (antonym && core.startsWith(fact.verb.text)) {
      const changed = `${antonym}${core.slice(fact.verb.text.length)}`;
      variants.push({
        statement: `According to the article, ${subject} ${changed}.`,
        truth: false,
        explanation: `${where} says ${subject} ${fact.verb.text}, not ${antonym}, ${core.slice(fact.verb.text.length).trim()}.`,
        tag: `verb:${antonym}`,
      });
    }
    const onlyDate = fact.dates.length === 1 ? fact.dates[0] : undefined;
    if (!speech && !fact.verb.negated && onlyDate && mentions(core, onlyDate.label)) {
      const other = ctx.dates.find(
        (d) =>
          !d.relative &&
          d.date.granularity === onlyDate.granularity &&
          !datesOverlap(d.date, onlyDate),
      );
      if (other) {
        variants.push({
          statement: `According to the article, ${subject} ${core.replace(onlyDate.label, other.date.label)}.`,
          truth: false,
          explanation: `${where} gives ${onlyDate.label}, not ${other.date.label}.`,
          tag: `date:${other.date.label}`,
        });
      }
    }
    if (!speech && !fact.verb.negated) {
      const numbers = ctx.numbers.filter(
        (n) =>
          n.sentenceId === fact.sentenceId &&
          n.start - sentence.start >= fact.predicateStart &&
          n.end - sentence.start <= fact.predicateEnd,
      );
      const number = numbers.length === 1 ? numbers[0] : undefined;
      if (number && /^\d/.test(number.text) && mentions(core, number.text)) {
        // Another figure the same paragraph states for the same kind of thing.
        const rival = ctx.numbers.find(
          (n) =>
            n.passageId === number.passageId &&
            n.value !== number.value &&
            n.unit === number.unit &&
            /^\d/.test(n.text) &&
            !mentions(core, n.text),
        );
        if (rival) {
          variants.push({
            statement: `According to the article, ${subject} ${core.replace(new RegExp(`(?<![\\d,.])${number.text.replace(/[.]/g, '\\.')}(?![\\d])`), rival.text)}.`,
            truth: false,
            explanation: `${where} gives ${number.text}, not ${rival.text}.`,
            tag: `number:${rival.text}`,
          });
        }
      }
    }
    for (const variant of variants) {
      out.push({
        type: 'true-false',
        question: {
          id: '',
          type: 'true-false',
          prompt: variant.statement,
          choices: ['True', 'False'],
          answer: variant.truth ? 'True' : 'False',
          explanation: variant.truth ? variant.explanation : `False. ${variant.explanation}`,
          evidence: evidenceNaming(ctx, [fact.sentenceId], fact.subjectId),
        },
        idParts: [fact.sentenceId, core, variant.tag],
        // What gives a statement away is the text's own wording of it: the verb, date and number it states.
        keys: [fact.verb.text, ...fact.dates.map((d) => d.label)],
        cue: cueOf(core),
        visible: variant.statement,
        sentenceIds: [fact.sentenceId],
        shownSentenceIds: [fact.sentenceId],
        paragraphs: [sentence.paragraph],
        score: 2.4 + (variant.truth ? 0 : 0.4) + (entity ? 0.4 : 0),
        entityIds: fact.subjectId ? [fact.subjectId] : [],
        dedupeKey: `tf|${fact.id}`,
      });
    }
  }
  return out;
}
