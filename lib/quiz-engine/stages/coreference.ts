import { KIND_NOUNS, PERSON_ROLES } from '../lang/en/clauses';
import type { AnnotatedDocument, Sentence } from '../nlp/document';
import { hasTag } from '../nlp/spans';
import { textHas } from '../nlp/text';
import type { Clause, QuotedAt } from './clauses';
import { AUTHOR, type NameIndex } from './names';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself']);

/**
 * Resolves "he"/"she" subjects to the one person they can mean, and says which person each
 * sentence's "he"/"his" is about: the last person who was a clause subject in this or the two
 * sentences before (in this or the previous paragraph), provided no other person was named since and
 * the pronoun's gender does not contradict a first name compromise knows. Otherwise unresolved:
 * such clauses are never used for questions about a person.
 */
export function resolvePeople(
  doc: AnnotatedDocument,
  names: NameIndex,
  clausesBySentence: ReadonlyMap<string, Clause[]>,
  quotedAt: QuotedAt,
): Map<string, string | undefined> {
  const focus = new Map<string, string | undefined>();
  let current: { entityId: string; sentence: number; paragraph: number } | undefined;
  const gender = new Map<string, 'm' | 'f' | undefined>();
  for (const entity of names.entities) {
    if (entity.kind !== 'person') continue;
    const first = entity.mentions
      .map((m) => doc.sentenceById.get(m.sentenceId)?.tokens[m.start])
      .find((t) => hasTag(t, 'MaleName', 'FemaleName'));
    gender.set(
      entity.id,
      hasTag(first, 'MaleName') ? 'm' : hasTag(first, 'FemaleName') ? 'f' : undefined,
    );
  }
  const fits = (entityId: string, pronoun: string) => {
    const g = gender.get(entityId);
    if (!g) return true;
    return /^(?:he|him|his|himself)$/.test(pronoun) ? g === 'm' : g === 'f';
  };
  for (const sentence of doc.sentences) {
    if (
      current &&
      (sentence.index - current.sentence > 2 || sentence.paragraph - current.paragraph > 1)
    )
      current = undefined;
    const mentions = names.bySentence.get(sentence.id) ?? [];
    const clauses = clausesBySentence.get(sentence.id) ?? [];
    const pronounAt = firstPersonalPronoun(sentence);
    // A person named before the first "he" in this sentence takes over the focus.
    const namedBefore = mentions.filter(
      (m) =>
        names.byId.get(m.entityId)?.kind === 'person' &&
        (pronounAt < 0 || m.start < pronounAt) &&
        !quotedAt(sentence, m.start),
    );
    const candidate =
      namedBefore.length > 0
        ? new Set(namedBefore.map((m) => m.entityId)).size === 1
          ? namedBefore[0]!.entityId
          : undefined
        : current?.entityId;
    const pronoun = pronounAt >= 0 ? sentence.tokens[pronounAt]!.lower : '';
    const resolved = candidate && (!pronoun || fits(candidate, pronoun)) ? candidate : undefined;
    focus.set(sentence.id, pronounAt >= 0 ? resolved : candidate);
    // Two people named in this sentence before the pronoun: it could be either ("Mugabe had told
    // Zuma that he was confined") — unresolved.
    for (const clause of clauses)
      if (
        (clause.pronoun === 'he' || clause.pronoun === 'she') &&
        resolved &&
        fits(resolved, clause.pronoun)
      ) {
        const before = new Set(
          mentions
            .filter(
              (m) =>
                m.start < clause.subject.start && names.byId.get(m.entityId)?.kind === 'person',
            )
            .map((m) => m.entityId),
        );
        if (before.size <= 1 && (before.size === 0 || before.has(resolved)))
          clause.subjectEntity = resolved;
      }
    // The person the sentence's main clause is about is who a later "he" most likely means; a
    // person met only in a side clause, among others, is not. Nor is one named inside someone's
    // quoted words ('"Gordon Brown is a great chancellor …" … "…," he said': he is the speaker).
    const subjectPerson = clauses
      .filter((c) => (c.role === 'main' || c.role === 'coordinate') && !c.quoted)
      .map((c) => c.subjectEntity)
      .find((id) => id !== undefined && names.byId.get(id)?.kind === 'person');
    const people = new Set(
      mentions
        .filter(
          (m) => names.byId.get(m.entityId)?.kind === 'person' && !quotedAt(sentence, m.start),
        )
        .map((m) => m.entityId),
    );
    // "Moon met Ahn. He suggested …": with another person of the same (or an unknown) gender named
    // in the sentence, a later "he" could be either.
    const rival = [...people].some(
      (id) =>
        id !== subjectPerson &&
        (!gender.get(id) ||
          !gender.get(subjectPerson ?? '') ||
          gender.get(id) === gender.get(subjectPerson ?? '')),
    );
    // "Tony Blair called him a giant": "him" is someone else already in focus, so a later "he"
    // could be either.
    const other = clauses.some(
      (c) =>
        c.subjectEntity === subjectPerson &&
        sentence.tokens.some(
          (w, i) =>
            i >= c.predicate.start &&
            i < c.predicate.end &&
            w.lower === 'him' &&
            !quotedAt(sentence, i),
        ),
    );
    // "The Tory leader countered that …. He declared: …": a person named only by a role is who a
    // later "he" may mean, so the one in focus no longer is.
    const roleSubject = clauses.some(
      (c) =>
        (c.role === 'main' || c.role === 'coordinate') &&
        !c.quoted &&
        !c.subjectEntity &&
        !c.pronoun &&
        isPersonRole(sentence, c.subject),
    );
    if (!subjectPerson && roleSubject) current = undefined;
    else if (subjectPerson && (rival || other)) current = undefined;
    else if (subjectPerson)
      current = {
        entityId: subjectPerson,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
      };
    // Another person named here, and the "he" of the next sentence could be either.
    else if ([...people].some((id) => id !== current?.entityId)) current = undefined;
  }
  return focus;
}

function firstPersonalPronoun(sentence: Sentence): number {
  return sentence.tokens.findIndex((t) => PERSONAL.has(t.lower));
}

/**
 * "The city came under English control", "It has been the country's largest city": a definite noun
 * or "it" as subject stands for the one entity of its kind the text was just about — the subject of
 * the sentence before, or the last entity of that kind named in this paragraph when only one was.
 * Anything less certain stays unresolved.
 */
export function resolveThings(
  doc: AnnotatedDocument,
  names: NameIndex,
  clausesBySentence: ReadonlyMap<string, Clause[]>,
  title = '',
): void {
  // "It is the 21st deadliest earthquake of all time": in an article titled with a noun phrase,
  // an "it" nothing else can mean is the title's subject.
  const topic = topicOf(title, names);
  // A narrator who says "I" outside quotations at least three times is the article's author. Only
  // in paragraphs without quotation marks: where a quotation runs on unclosed, its "I" is the speaker's.
  const quoting = new Set(
    doc.sentences.filter((s) => /["“”]/.test(s.text)).map((s) => s.paragraph),
  );
  const narrator = (c: Clause) =>
    c.pronoun === 'i' && !c.quoted && !quoting.has(c.sentence.paragraph);
  const narrated = [...clausesBySentence.values()].flat().filter(narrator).length >= 3;
  let previous: { index: number; entityId?: string; topic: boolean } | undefined;
  for (const sentence of doc.sentences) {
    const clauses = clausesBySentence.get(sentence.id) ?? [];
    for (const clause of clauses) {
      if (clause.subjectEntity) continue;
      if (narrated && narrator(clause)) {
        clause.subjectEntity = AUTHOR.id;
        continue;
      }
      const words = sentence.tokens.slice(clause.subject.start, clause.subject.end);
      // "It": the one thing the sentence just before was about, or the title's topic when that
      // sentence was about the topic (or the predicate names the topic's kind: "It is the 21st
      // deadliest earthquake"). Nothing older: a sentence we could not read in between may have
      // changed the subject.
      if (clause.pronoun === 'it' && clause.role === 'main') {
        // "It" after "The UK's population …" is the population, not the UK: only the topic is safe.
        if (
          topic &&
          ((previous?.index === sentence.index - 1 && previous.topic) ||
            aboutTopic(sentence, clause, topic.name))
        ) {
          if (topic.entityId) clause.subjectEntity = topic.entityId;
          else clause.subjectName = topic.name;
        }
        continue;
      }
      if (words.length !== 2 || words[0]!.lower !== 'the') continue;
      // "The earthquake left …" in an article titled "2008 Sichuan earthquake".
      if (topic && !topic.entityId && topic.name.toLowerCase().endsWith(` ${words[1]!.lower}`)) {
        clause.subjectName = topic.name;
        continue;
      }
      // "The city came under English control": the entity the sentence before was about, if it is one.
      const wanted = KIND_NOUNS[words[1]!.lower];
      const last =
        previous && previous.index >= sentence.index - 1
          ? names.byId.get(previous.entityId ?? '')
          : undefined;
      if (
        wanted &&
        last &&
        last.kind === wanted.kind &&
        (!wanted.subtype || !last.subtype || last.subtype === wanted.subtype)
      )
        clause.subjectEntity = last.id;
    }
    const main = clauses.find((c) => c.role === 'main');
    previous = main
      ? {
          index: sentence.index,
          ...(main.subjectEntity ? { entityId: main.subjectEntity } : {}),
          topic:
            !!topic &&
            (main.subjectName === topic.name ||
              (!!topic.entityId && main.subjectEntity === topic.entityId)),
        }
      : undefined;
  }
}

/** The article's subject when its title is a short noun phrase: a name it names, or "the <title>". */
function topicOf(title: string, names: NameIndex): { entityId?: string; name: string } | undefined {
  const words = title.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || /[.!?:;,]/.test(title)) return undefined;
  // "UK bank seals South Korean deal" is a headline, a sentence: nothing to call the topic by.
  if (textHas(title, '#Verb')) return undefined;
  const named = names.entities.find(
    (e) =>
      e.kind !== 'person' &&
      [e.name, ...e.aliases].some((n) => n.toLowerCase() === title.trim().toLowerCase()),
  );
  if (named) return { entityId: named.id, name: named.name };
  // "2008 Sichuan earthquake" → "the 2008 Sichuan earthquake"; a word-for-word title of the topic.
  if (!/^\p{Ll}/u.test(words[words.length - 1] ?? '')) return undefined;
  return { name: /^the\s/i.test(title) ? title.replace(/^The/, 'the') : `the ${title.trim()}` };
}

/** "It is the 21st deadliest earthquake …": the predicate names the topic's own kind right away. */
function aboutTopic(sentence: Sentence, clause: Clause, topic: string): boolean {
  const head = topic.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!clause.verb.copula || !head) return false;
  return sentence.tokens
    .slice(clause.predicate.start, clause.predicate.start + 5)
    .some((t) => t.lower === head || t.root === head);
}

/** "the Tory leader", "The chancellor": "the" and words before a noun for what a person is. */
function isPersonRole(sentence: Sentence, range: { start: number; end: number }): boolean {
  const t = sentence.tokens;
  if (range.end - range.start < 2 || t[range.start]!.lower !== 'the') return false;
  const head = t[range.end - 1]!;
  return (
    /^\p{Ll}/u.test(head.text) &&
    hasTag(head, 'Noun') &&
    !hasTag(head, 'Plural', 'Pronoun') &&
    (hasTag(head, 'Actor') ||
      PERSON_ROLES.has(head.lower) ||
      /(?:er|or|ist|man|woman)$/.test(head.lower))
  );
}
