import type { Entity } from '../entities';
import {
  arrange,
  cueOf,
  evidenceOf,
  paragraphLabel,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { COUNTRY_ALIASES } from '../lexicon';

// Words by initial letter for look-alike long forms when the article defines too few acronyms.
// Each keeps the acronym's letters, so a wrong option is plausible yet contradicted by the article.
const BANK: Record<string, string[]> = {
  a: ['Advanced', 'Allied', 'Automated', 'Aerial'],
  b: ['Ballistic', 'Border', 'Bilateral'],
  c: ['Central', 'Combined', 'Command', 'Civil'],
  d: ['Deterrence', 'Development', 'Domestic'],
  e: ['Emergency', 'Economic', 'Extended'],
  f: ['Federal', 'Forward', 'Foreign'],
  g: ['General', 'Global', 'Guided'],
  h: ['Heavy', 'Homeland', 'Hybrid'],
  i: ['Integrated', 'Interim', 'Internal'],
  j: ['Joint', 'Judicial'],
  k: ['Kinetic', 'Key'],
  l: ['Local', 'Long-range', 'Legislative'],
  m: ['Mobile', 'Maritime', 'Mutual'],
  n: ['National', 'Naval', 'Northern'],
  o: ['Operational', 'Overseas', 'Open'],
  p: ['Protection', 'Public', 'Provincial'],
  r: ['Regional', 'Rapid', 'Reserve'],
  s: ['Strategic', 'Security', 'Standing'],
  t: ['Tactical', 'Transport', 'Territorial'],
  u: ['Unified', 'Urban'],
  v: ['Veterans', 'Voluntary'],
  w: ['Warfare', 'Western'],
};

/** Long forms with one or two words swapped for others of the same initial. */
export function lookAlikeExpansions(long: string, count: number): string[] {
  const words = long.split(' ');
  const out: string[] = [];
  for (let shift = 0; out.length < count && shift < words.length * 2; shift++) {
    const position = words.length - 1 - (shift % words.length);
    const word = words[position] ?? '';
    const bank = BANK[word.charAt(0).toLowerCase()] ?? [];
    const replacement = bank.filter(
      (candidate) => candidate.toLowerCase() !== word.toLowerCase() && !words.includes(candidate),
    )[Math.floor(shift / words.length)];
    if (!replacement) continue;
    const next = [...words];
    next[position] = replacement;
    const text = next.join(' ');
    if (!out.includes(text) && text !== long) out.push(text);
  }
  return out;
}

/** acronym: what a defined acronym stands for, and which acronym a long form has. */
export function acronymQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  const defined = ctx.entities.filter(
    (e): e is Entity & { expansion: string } => e.kind === 'acronym' && !!e.expansion,
  );
  // Wrong acronyms: others the article defines first, then other all-capital names it uses (three
  // letters or more, not initials like "A.J." or eras like "AD"), most used first.
  const allShort = [
    ...defined.map((e) => e.name),
    ...ctx.entities
      .filter(
        (e) =>
          (e.kind === 'acronym' && !e.expansion) ||
          (e.kind === 'organization' && e.aliases.some((a) => /^[A-Z]{3,}$/.test(a))),
      )
      .sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1))
      .map((e) => (e.kind === 'acronym' ? e.name : e.aliases.find((a) => /^[A-Z]{3,}$/.test(a))!)),
  ].filter(
    (name) =>
      /^[A-Z][A-Z0-9&]{2,}$/.test(name) &&
      !(name in COUNTRY_ALIASES) &&
      !/^(?:AD|BC|BCE|CE|AM|PM)$/.test(name),
  );
  defined.forEach((entity, order) => {
    // Alternate directions across acronyms so the quiz asks both ways.
    const flip = order % 2 === 1 ? 0.6 : 0;
    const def = ctx.acronyms.find((a) => a.short === entity.name);
    if (!def) return;
    const sentence = ctx.sentenceById.get(def.sentenceId)!;
    const evidence = [evidenceOf(ctx, def.sentenceId)];
    const others = defined.filter((e) => e !== entity).map((e) => e.expansion);
    const expansions = [...others, ...lookAlikeExpansions(entity.expansion, 3)]
      .filter(
        (text, i, all) =>
          all.indexOf(text) === i && text.toLowerCase() !== entity.expansion.toLowerCase(),
      )
      .slice(0, 3);
    const explanation = `${paragraphLabel(sentence.paragraph)} spells it out: "${def.long} (${def.short})".`;
    if (expansions.length >= 2) {
      const prompt = `What does ${entity.name} stand for?`;
      out.push({
        type: 'acronym',
        question: {
          id: '',
          type: 'acronym',
          prompt,
          choices: arrange(entity.expansion, expansions, random),
          answer: entity.expansion,
          explanation,
          evidence,
        },
        idParts: [def.sentenceId, entity.name, 'expand'],
        keys: [entity.expansion],
        visible: `${prompt} ${expansions.join(' ')} ${entity.expansion}`,
        sentenceIds: [def.sentenceId],
        shownSentenceIds: [def.sentenceId],
        paragraphs: [sentence.paragraph],
        score: 3.2 - flip,
        entityIds: [entity.id],
        dedupeKey: `acronym|${entity.name}`,
        cue: new Set([entity.name.toLowerCase()]),
      });
    }
    const shorts = allShort
      .filter((name, i, all) => name !== entity.name && all.indexOf(name) === i)
      .slice(0, 3);
    if (shorts.length >= 2) {
      const prompt = `Which acronym does the article use for “${entity.expansion}”?`;
      out.push({
        type: 'acronym',
        question: {
          id: '',
          type: 'acronym',
          prompt,
          choices: arrange(entity.name, shorts, random),
          answer: entity.name,
          explanation,
          evidence,
        },
        idParts: [def.sentenceId, entity.name, 'abbreviate'],
        keys: [entity.name],
        visible: `${prompt} ${shorts.join(' ')} ${entity.name}`,
        sentenceIds: [def.sentenceId],
        shownSentenceIds: [def.sentenceId],
        paragraphs: [sentence.paragraph],
        score: 2.8 + flip,
        entityIds: [entity.id],
        dedupeKey: `acronym|${entity.name}`,
        cue: cueOf(entity.expansion),
      });
    }
  });
  return out;
}
