import type { AnalysisContext, Fact } from '../analyze';
import { daysFromCivil, datesOverlap, shiftedDates, type StatedDate } from '../dates';
import type { Entity } from '../entities';
import { mentionsEntity, rankedEntities, sameClaim } from '../kit';
import { CAPITALS, DEMONYMS } from '../lexicon';

/** Organisation head words that say nothing about identity ("Party", "Assembly"). */
const GENERIC_HEADS = new Set([
  'party',
  'assembly',
  'council',
  'government',
  'administration',
  'ministry',
  'department',
  'committee',
  'commission',
  'court',
  'union',
  'university',
  'college',
  'company',
  'corporation',
  'group',
  'bank',
  'agency',
  'office',
  'army',
  'navy',
  'league',
  'association',
  'organization',
  'organisation',
  'front',
  'movement',
  'alliance',
  'church',
  'society',
  'institute',
  'foundation',
  'board',
  'service',
  'senate',
  'parliament',
  'congress',
  'cabinet',
  'house',
]);

const CAPITAL_OF = new Map<string, string>();
for (const [capital, country] of Object.entries(CAPITALS))
  if (!CAPITAL_OF.has(country)) CAPITAL_OF.set(country, capital);

/** How an actor is shown as an option: parallel forms ("Moon Jae-in", "People’s Party", "China"). */
export function optionName(entity: Entity): string {
  if (entity.kind === 'group') return entity.name.charAt(0).toUpperCase() + entity.name.slice(1);
  return entity.name.replace(/^the /i, '');
}

/** The capital standing for a country, preferring the form the article itself uses. */
export function capitalOf(entity: Entity): string | undefined {
  const written = entity.aliases.find((alias) => alias in CAPITALS);
  return written ?? CAPITAL_OF.get(entity.name);
}

/**
 * Entities the text says did the same thing (same verb, overlapping object): they would be second
 * correct answers, so they are never offered as wrong ones.
 */
export function alsoTrueOf(ctx: AnalysisContext, fact: Fact, core: string): Set<string> {
  const out = new Set<string>();
  for (const other of ctx.facts) {
    if (!other.subjectId || other.verb.lemma !== fact.verb.lemma) continue;
    if (sameClaim(core, other.predicate)) out.add(other.subjectId);
  }
  return out;
}

/**
 * Wrong actors of the key's type, most prominent in the article first; capitals when the key is a
 * capital standing for its government. Never the key, an alias of it, or anyone in `exclude`.
 */
export function actorDistractors(
  ctx: AnalysisContext,
  key: Entity,
  options: { asCapital?: boolean; exclude?: ReadonlySet<string>; stem?: string; count?: number },
): string[] {
  const count = options.count ?? 3;
  const exclude = options.exclude ?? new Set<string>();
  const sameKind = (entity: Entity) => {
    if (entity.id === key.id || exclude.has(entity.id)) return false;
    if (entity.kind !== key.kind) return false;
    if (key.kind === 'place') return entity.subtype === 'country';
    return true;
  };
  let pool = rankedEntities(ctx, sameKind);
  if (key.kind === 'organization' && key.subtype) {
    // Parties against parties first; other organisations only to fill up.
    pool = [
      ...pool.filter((e) => e.subtype === key.subtype),
      ...pool.filter((e) => e.subtype !== key.subtype),
    ];
  }
  const out: string[] = [];
  const keyNames = new Set([key.name, ...key.aliases].map((name) => name.toLowerCase()));
  // "Evening Star", "Toronto Daily Star" may be former names of "the Star": an organisation sharing
  // the key's distinctive last word could be the key under another name, so it is never offered.
  const lastWord = (name: string) => name.split(' ').pop()?.toLowerCase() ?? '';
  const keyHeads = new Set(
    [key.name, ...key.aliases].map(lastWord).filter((w) => !GENERIC_HEADS.has(w)),
  );
  for (const entity of pool) {
    const name = options.asCapital ? capitalOf(entity) : optionName(entity);
    if (!name || keyNames.has(name.toLowerCase()) || out.includes(name)) continue;
    if (
      key.kind === 'organization' &&
      [entity.name, ...entity.aliases].some((n) => keyHeads.has(lastWord(n)))
    )
      continue;
    // "Star Media Group" and "Toronto Star": organisations sharing a distinctive word may own or
    // be each other, so either could be defensible.
    if (key.kind === 'organization' && sharesDistinctiveWord(key, entity)) continue;
    if (
      options.stem &&
      (mentionsEntity(options.stem, entity) ||
        options.stem.toLowerCase().includes(name.toLowerCase()))
    )
      continue;
    out.push(name);
    if (out.length >= count) break;
  }
  return out;
}

/** Other dates of the same precision, none overlapping the key; shifted ones only to fill up. */
export function dateDistractors(
  ctx: AnalysisContext,
  key: StatedDate,
  avoid: readonly StatedDate[] = [],
): string[] {
  const seen = new Map<string, StatedDate>();
  for (const d of ctx.dates) {
    if (d.relative || d.date.granularity !== key.granularity) continue;
    if (datesOverlap(d.date, key) || avoid.some((a) => datesOverlap(a, d.date))) continue;
    seen.set(d.date.label, d.date);
  }
  const mid = key.from;
  const fromArticle = [...seen.values()].sort(
    (a, b) => Math.abs(a.from - mid) - Math.abs(b.from - mid) || a.from - b.from,
  );
  const out = fromArticle.slice(0, 3).map((d) => d.label);
  for (const shifted of shiftedDates(key)) {
    if (out.length >= 3) break;
    if (out.includes(shifted.label) || avoid.some((a) => datesOverlap(a, shifted))) continue;
    if (fromArticle.some((d) => datesOverlap(d, shifted))) continue;
    out.push(shifted.label);
  }
  return out;
}

export { daysFromCivil };

function distinctiveWords(entity: Entity): Set<string> {
  const words = [entity.name, ...entity.aliases].flatMap((name) => name.toLowerCase().split(/\s+/));
  return new Set(
    words.filter(
      (w) =>
        w.length > 2 &&
        !GENERIC_HEADS.has(w) &&
        !DEMONYMS.has(w) &&
        !/^(?:the|of|and|for|new|ltd|inc|co)$/.test(w),
    ),
  );
}

function sharesDistinctiveWord(a: Entity, b: Entity): boolean {
  const x = distinctiveWords(a);
  for (const word of distinctiveWords(b)) if (x.has(word)) return true;
  return false;
}
