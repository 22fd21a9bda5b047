import type { Analysis } from '../analysis';
import { EVERYDAY_ACRONYMS } from '../lang/en/names';
import { lexicon, lexiconTags } from '../nlp';
import { paragraphLabel, pickVaried, type Draft, type QuestionForm } from './kit';

/** Small words an acronym skips ("Movement for Democratic Change" is MDC). */
const SKIPPED = /^(?:of|and|the|for|on|in|to|at|de|du|des|la|le|&|–|-)$/i;

/** The words of a long form that give an acronym its letters. */
const lettered = (long: string) =>
  long
    .split(/[\s,]+/)
    .filter((w) => w && !SKIPPED.test(w))
    .map((w) => w.replace(/['’]s$/, ''));

/**
 * "THAAD" for "Terminal High Altitude Area Defense": the acronym is the long form's initials, so the
 * long form among others is found by spelling, not by reading.
 */
export function spellsOut(short: string, long: string): boolean {
  return letteredInitials(long) === short.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/**
 * Whether a long form's initials give its acronym away: its letters in order among every word's
 * initial ("Conseil Superieur de l'Audiovisuel" for CSA, an elided article left off).
 */
function lettersGiveAway(short: string, long: string): boolean {
  // "Conseil Superieur de l'Audiovisuel" (CSA): the letters in order among every word's initial,
  // an elided article's left off, give it away as well.
  const initials = long
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => w.replace(/^[dl]['’]/i, '').charAt(0))
    .join('')
    .toUpperCase();
  let at = 0;
  for (const letter of short.replace(/[^\p{L}]/gu, '').toUpperCase()) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function letteredInitials(long: string): string {
  return lettered(long)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** A word of the article's names and whether it heads one (a noun that can end a long form). */
interface TitleWord {
  word: string;
  noun: boolean;
}

/**
 * Words a long form could be written with: the words of the article's other names of organisations
 * ("Security Council", "Monetary Fund") and of its other long forms, by initial — never a month, a
 * word of a person's or a place's name, a brand or an ordinary word, which would make a wrong
 * expansion absurd. (Named things are left out: "Summer Olympics" gives "Olympics for National
 * Statistics".)
 */
function titleWords(analysis: Analysis, longForms: readonly string[]): Map<string, TitleWord[]> {
  const out = new Map<string, Map<string, boolean>>();
  // "Consumer Electronics Seagate": a word that is a name by itself (a maker, a brand) is no word
  // of a long form.
  const wholeNames = new Set(
    analysis.names.entities.filter((e) => !/\s/.test(e.name)).map((e) => e.name),
  );
  // "Tolkien in International Mathematics …", "Warton Trade Organization": no word of a person's
  // or a place's name (unless the article also writes it in lower case), nor one the lexicon knows
  // as a name.
  const lowerCase = new Set(
    analysis.doc.sentences.flatMap((s) =>
      s.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.bare),
    ),
  );
  const placeOrPerson = new Set(
    analysis.names.entities
      .filter((e) => e.kind === 'person' || e.kind === 'place')
      .flatMap((e) => e.name.split(/\s+/)),
  );
  const common = (word: string) => {
    const lower = word.toLowerCase();
    if (lowerCase.has(lower)) return true;
    const tags = lexiconTags(lower);
    return !placeOrPerson.has(word) && !tags.some((t) => NAME_TAGS.has(t));
  };
  const names = [
    ...analysis.names.entities.filter((e) => e.kind === 'organization').map((e) => e.name),
    ...longForms,
  ];
  for (const name of names) {
    const words = lettered(name);
    words.forEach((word, i) => {
      // "Christian Making Fellowship": a verb's -ing form reads as no part of a name.
      if (
        !/^\p{Lu}\p{Ll}{3,}$/u.test(word) ||
        wholeNames.has(word) ||
        /ing$/.test(word) ||
        !common(word)
      )
        return;
      const initial = word.charAt(0).toUpperCase();
      const known = out.get(initial) ?? new Map<string, boolean>();
      out.set(initial, known);
      // The last word of a name is its head noun ("Fund", "Council").
      known.set(word, (known.get(word) ?? false) || i === words.length - 1);
    });
  }
  return new Map(
    [...out].map(([k, v]) => [
      k,
      [...v].sort(([a], [b]) => (a < b ? -1 : 1)).map(([word, noun]) => ({ word, noun })),
    ]),
  );
}

/**
 * "Terminal High Atlantic Area Defense": the long form with one of its words replaced by another word
 * of the article with the same initial, so every option spells the acronym.
 */
function sameLetterVariants(long: string, words: Map<string, TitleWord[]>): string[] {
  const own = lettered(long);
  const written = long.split(/[\s,]+/);
  const beforeOf = new Set(written.filter((_, i) => /^(?:of|for)$/i.test(written[i + 1] ?? '')));
  const out: string[] = [];
  own.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word)) return;
    // The last word names what it is ("Defense", "Organization"), as does a word before "of"
    // ("College" of "Royal College of Nursing"): only a noun takes its place.
    const head = i === own.length - 1 || beforeOf.has(word);
    for (const other of words.get(word.charAt(0).toUpperCase()) ?? []) {
      // "Korea" for "Korean" is the same word, not a wrong one.
      const same = other.word.slice(0, 4).toLowerCase() === word.slice(0, 4).toLowerCase();
      if (own.includes(other.word) || same || (head && !other.noun)) continue;
      const variant = long.replace(
        new RegExp(`(^|[\\s,])${escape(word)}(?=$|[\\s,'’])`),
        `$1${other.word}`,
      );
      if (variant !== long) out.push(variant);
    }
  });
  return [...new Set(out)];
}

const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Organization',
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * acronym: what an acronym the article defines stands for, and which acronym the article uses for a
 * long form. When the acronym is its long form's initials, every wrong expansion spells it too (one
 * word changed for another of the article with the same initial), so the answer takes having read
 * it; and the acronym for a long form is not asked (its letters give it away).
 */
export const acronymForm: QuestionForm = {
  name: 'acronym: an acronym and what it stands for',
  make(analysis) {
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    const defs = analysis.acronyms.filter((a) =>
      seen.has(a.short) ? false : (seen.add(a.short), true),
    );
    const longForms = [...new Set(defs.map((d) => d.long))];
    const shortForms = [
      ...new Set([
        ...defs.map((d) => d.short),
        ...analysis.doc.sentences.flatMap((s) =>
          s.tokens
            .filter((t) => /^\p{Lu}{2,6}$/u.test(t.bare) && !/^[IVXLC]+$/.test(t.bare))
            .map((t) => t.bare),
        ),
      ]),
    ];
    const words = titleWords(analysis, longForms);
    // How often the article writes each acronym: one it defines and never uses again is a detail.
    const uses = new Map<string, number>();
    for (const sentence of analysis.doc.sentences)
      for (const t of sentence.tokens) uses.set(t.bare, (uses.get(t.bare) ?? 0) + 1);
    for (const def of defs) {
      // "NATO", "BBC", "FBI", "LCD": an acronym the language knows by itself is common knowledge.
      if (def.short.toLowerCase() in lexicon || EVERYDAY_ACRONYMS.has(def.short)) continue;
      // Defined and never written again, it is a detail of one sentence: asked, but ranked low.
      const detail = (uses.get(def.short) ?? 0) < 2;
      const sentence = analysis.doc.sentenceById.get(def.sentenceId)!;
      const spelled = spellsOut(def.short, def.long);
      const longPool = spelled
        ? sameLetterVariants(def.long, words).filter((v) => !longForms.includes(v))
        : longForms.filter(
            (l) =>
              l.toLowerCase() !== def.long.toLowerCase() &&
              !l.toLowerCase().includes(def.long.toLowerCase()) &&
              !def.long.toLowerCase().includes(l.toLowerCase()),
          );
      const long = pickVaried(longPool, 3, def.short);
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
          score: detail ? 1.2 : 2.8,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'long'],
        });
      if (spelled || lettersGiveAway(def.short, def.long)) continue;
      const short = pickVaried(
        shortForms.filter((s) => s !== def.short && s.length >= 2),
        3,
        def.long,
      );
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
          score: detail ? 1 : 2.4,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'short'],
        });
    }
    return drafts;
  },
};
