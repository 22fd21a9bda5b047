import { contentHash } from '@/lib/text/hash';
import { paragraphLabel, pickVaried, type Draft, type QuestionForm } from './kit';

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/** "Korean Air and Missile Defense" → "Korean Air and Missile Deterrence", "Korean Army and Missile Defense" … */
function variants(long: string, vocabulary: readonly string[], salt: string): string[] {
  const words = long.split(/\s+/);
  const out: string[] = [];
  const lower = new Set(words.map((w) => w.toLowerCase()));
  const positions = words.map((w, i) => i).filter((i) => !SMALL.has(words[i]!.toLowerCase()));
  const start = parseInt(contentHash(salt), 36);
  for (let k = 0; k < positions.length && out.length < 3; k++) {
    const i = positions[(start + k) % positions.length]!;
    const word = words[i]!;
    const same = vocabulary.filter((v) => v[0] === word[0] && !lower.has(v.toLowerCase()) && v.length >= 4);
    const pick = same[(start + i) % Math.max(1, same.length)];
    if (!pick) continue;
    out.push(words.map((w, j) => (j === i ? pick : w)).join(' '));
  }
  return out;
}

/**
 * acronym: what an acronym the article defines stands for, and which acronym the article uses for a
 * long form. Wrong options are the article's other definitions and names of a similar shape.
 */
export const acronymForm: QuestionForm = {
  name: 'acronym: an acronym and what it stands for',
  make(analysis) {
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    const defs = analysis.acronyms.filter((a) => (seen.has(a.short) ? false : (seen.add(a.short), true)));
    const longForms = [...new Set(defs.map((d) => d.long))];
    const shortForms = [...new Set([
      ...defs.map((d) => d.short),
      ...analysis.doc.sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Lu}{2,6}$/u.test(t.bare)).map((t) => t.bare)),
    ])];
    const names = analysis.names.entities
      .filter((e) => e.kind === 'organization' || e.kind === 'thing')
      .map((e) => e.name)
      .filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length >= 2);
    // Words of the article that could stand in an expansion: capitalised as a name's words are.
    const vocabulary = [...new Set(
      analysis.doc.sentences.flatMap((s) => s.tokens.filter((t) => /^\p{L}{4,}$/u.test(t.bare) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun')).map((t) => t.bare.charAt(0).toUpperCase() + t.bare.slice(1).toLowerCase())),
    )].sort();
    for (const def of defs) {
      const sentence = analysis.doc.sentenceById.get(def.sentenceId)!;
      const longPool = longForms.filter(
        (l) => l.toLowerCase() !== def.long.toLowerCase() && !l.toLowerCase().includes(def.long.toLowerCase()) && !def.long.toLowerCase().includes(l.toLowerCase()),
      );
      // Other expansions first, then the expansion with one word swapped for an article word of the
      // same initial: every option still fits the letters, so only knowing it helps.
      const long = [...new Set([...longPool, ...variants(def.long, vocabulary, def.short)])].slice(0, 3);
      void names;
      if (long.length >= 2)
        drafts.push({
          type: 'acronym',
          prompt: `What does ${def.short} stand for?`,
          explanation: `${paragraphLabel(sentence.paragraph)} writes out ${def.short} as ${def.long}.`,
          evidence: [def.sentenceId],
          key: def.long,
          distractors: long,
          keyId: `acronym:${def.short}`,
          about: [],
          score: 2.8,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'long'],
        });
      const short = pickVaried(shortForms.filter((s) => s !== def.short && s.length >= 2), 3, def.long);
      if (short.length >= 2)
        drafts.push({
          type: 'acronym',
          prompt: `Which acronym does the article use for “${def.long}”?`,
          explanation: `${paragraphLabel(sentence.paragraph)} shortens ${def.long} to ${def.short}.`,
          evidence: [def.sentenceId],
          key: def.short,
          distractors: short,
          keyId: `acronym:${def.short}`,
          about: [],
          score: 2.4,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'short'],
        });
    }
    return drafts;
  },
};
