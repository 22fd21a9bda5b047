import type { Passage } from '@/lib/text/article';
import { SPEECH_VERBS } from './lang/en/verbs';
import { annotate } from './nlp/annotate';
import { lexicon } from './nlp/text';
import type { AnnotatedDocument, Sentence } from './nlp/document';
import { findAcronyms, type AcronymDefinition } from './stages/acronyms';
import { parseClauses, type Clause, type QuotedAt } from './stages/clauses';
import { resolvePeople, resolveThings } from './stages/coreference';
import { AUTHOR, findNames, type Entity, type NameIndex } from './stages/names';
import { attributeQuotes, quotedTokens, type Quote } from './stages/quotations';

/** What the engine is given: one article, segmented by lib/text/article.ts. */
export interface ArticleInput {
  slug: string;
  title: string;
  publisher?: string;
  sourceUrl?: string;
  /** YYYY-MM-DD the article states; relative dates resolve against it. */
  date?: string;
  passages: Passage[];
  wordCount: number;
}

/** Everything the stages understood about an article, over one annotated document. */
export interface Analysis {
  input: ArticleInput;
  doc: AnnotatedDocument;
  passageById: ReadonlyMap<string, Passage>;
  names: NameIndex;
  acronyms: Array<AcronymDefinition & { sentenceId: string }>;
  clauses: Clause[];
  clausesBySentence: ReadonlyMap<string, Clause[]>;
  quotes: Quote[];
  quotedAt: QuotedAt;
  /** The person a sentence's "he"/"his" refers to, when there is exactly one. */
  personFocus: ReadonlyMap<string, string | undefined>;
  /** How much the article is about each entity: mentions, weighted toward the lead and subjects. */
  salience: ReadonlyMap<string, number>;
  /** Entities the title names: the article's topic, too obvious to be a blank. */
  topic: ReadonlySet<string>;
}

/** Runs every stage once, in order: annotate → acronyms → names → clauses → people → quotations. */
export function analyzeArticle(input: ArticleInput): Analysis {
  const doc = annotate(input.passages, input.date ? { date: input.date } : {});
  const acronyms = doc.sentences.flatMap((s) =>
    s.text.includes('(') ? findAcronyms(s.text).map((a) => ({ ...a, sentenceId: s.id })) : [],
  );
  const names = findNames(doc, acronyms);
  const quotedAt = quotedTokens(input.passages);
  const clausesBySentence = new Map<string, Clause[]>();
  const clauses: Clause[] = [];
  for (const sentence of doc.sentences) {
    const list = parseClauses(sentence, names.bySentence.get(sentence.id) ?? [], quotedAt);
    clausesBySentence.set(sentence.id, list);
    clauses.push(...list);
  }
  promotePeople(names, clauses);
  const personFocus = resolvePeople(doc, names, clausesBySentence, quotedAt);
  resolveThings(doc, names, clausesBySentence, input.title);
  if (clauses.some((c) => c.subjectEntity === AUTHOR.id)) {
    (names.byId as Map<string, Entity>).set(AUTHOR.id, AUTHOR);
  }
  const quotes = attributeQuotes(
    doc,
    input.passages,
    names,
    (id) => clausesBySentence.get(id) ?? [],
    (sentence: Sentence) => personFocus.get(sentence.id),
  );
  const salience = new Map<string, number>();
  const subjects = new Set(clauses.map((c) => `${c.sentence.id}|${c.subjectEntity}`));
  for (const entity of names.entities) {
    let score = 0;
    for (const m of entity.mentions) {
      const sentence = doc.sentenceById.get(m.sentenceId);
      score +=
        1 +
        (sentence && sentence.paragraph <= 2 ? 0.5 : 0) +
        (subjects.has(`${m.sentenceId}|${entity.id}`) ? 0.5 : 0);
    }
    salience.set(entity.id, score);
  }
  const title = input.title.toLowerCase();
  const topic = new Set(
    names.entities
      .filter((e: Entity) =>
        [e.name, ...e.aliases].some((n) => n.length > 2 && title.includes(n.toLowerCase())),
      )
      .map((e) => e.id),
  );
  return {
    input,
    doc,
    passageById: new Map(input.passages.map((p) => [p.id, p])),
    names,
    acronyms,
    clauses,
    clausesBySentence,
    quotes,
    quotedAt,
    personFocus,
    salience,
    topic,
  };
}

/**
 * A name compromise does not know ("Sakya Pandita", "Ögedei Khan") is a person when the article says
 * so: it is called by a person noun ("leader of the Sakya school", "the successor of Genghis Khan") or
 * it speaks. Only names of no known kind are promoted.
 */
function promotePeople(names: NameIndex, clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    const entity = clause.subjectEntity ? names.byId.get(clause.subjectEntity) : undefined;
    // "The Lib Dems say …": a name the article writes with "the" is no person's.
    if (!entity || entity.kind !== 'thing' || entity.subtype || entity.definite) continue;
    const t = clause.sentence.tokens;
    const words = t.slice(clause.predicate.start, clause.predicate.end);
    const of = words.findIndex((w) => w.lower === 'of');
    const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? undefined;
    const described =
      clause.verb.copula && !!head && head.tags.has('Actor') && !head.tags.has('Plural');
    // Companies speak too ("Apple and Motorola announced …"): speaking makes a person only of a
    // name of two or more words.
    // Nor of one written in words of the language ("Age Concern argued …" is a charity).
    const nameWords = entity.name.split(/\s+/);
    const ordinary = nameWords.some((w) => {
      const tags = lexicon[w.toLowerCase()];
      return !!tags && ![tags].flat().some((tag) => /Name$|^Person$/.test(tag));
    });
    const speaks =
      SPEECH_VERBS.has(clause.verb.infinitive) &&
      clause.role === 'main' &&
      nameWords.length >= 2 &&
      !ordinary;
    if (described || speaks) {
      entity.kind = 'person';
      entity.confidence = Math.max(entity.confidence, 2);
    }
  }
}
