import { namesSomething } from '@/lib/quiz-engine/nlp';
import type { Evidence, Question, Quiz, QuizPassage } from '@/lib/quiz-engine/schema';
import {
  datesIn,
  formsOf,
  optionKind,
  sameDate,
  type ArticleEntities,
  type Entity,
  type EntityKind,
} from './entities';
import {
  areAliases,
  containsPhrase,
  contentOverlap,
  couldNameSameThing,
  mentions,
  normalize,
} from './text';

/**
 * Checks a generated quiz against the article it cites. Hard gates make `npm run quiz:check` fail;
 * the rest are figures to read. Every check here has a unit test with a quiz that violates it.
 */

export type Gate =
  | 'ungrounded'
  | 'leak'
  | 'answer-not-in-choices'
  | 'alias-among-options'
  | 'heading-evidence'
  | 'too-few-choices'
  | 'duplicate-id'
  | 'duplicate-question'
  | 'missing-blank'
  | 'copied-slip';

export type Warning = 'pronoun-stem' | 'type-mismatch' | 'similar-question';

export interface Finding<K extends string> {
  kind: K;
  questionId: string;
  detail: string;
}

export interface CoverageReport {
  kind: EntityKind;
  total: number;
  covered: number;
  uncovered: string[];
}

export interface QuizReport {
  slug: string;
  questionCount: number;
  typeMix: Record<string, number>;
  grounded: number;
  /** Choice questions whose options were all typed, and how many of those agree with the key's type. */
  typedOptionSets: number;
  agreeingOptionSets: number;
  violations: Finding<Gate>[];
  warnings: Finding<Warning>[];
  coverage: CoverageReport[];
}

/** Minimum share of a statement's content words its evidence must contain (true/false, timeline, matching). */
export const STATEMENT_OVERLAP = 0.6;

const QUESTION_ITEMS =
  /^\s+(?:events?|items?|statements?|sentences?|actors?|people|options?|choices?|dates?|quotations?|positions?)\b/i;
const EXPLETIVE_IT =
  /^\s+(?:is|was|has been|had been|would be|will be|remains|seems)\s+(?:\w+ly\s+)?(?:estimated|thought|believed|said|reported|expected|known|claimed|likely|unlikely|possible|impossible|difficult|easy|clear|important|necessary|true)\b/i;
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
const PRONOUNS = /\b(he|she|they|it|its|this|these|those|his|her|their|him|them)\b/gi;
// "was the only daily to do so": the act it stands for is not in the stem.
const PRO_VERB = /\b(?:do|does|did|doing|done) so\b/i;

function questionText(question: Question): string {
  return question.prompt;
}

function evidenceText(question: Question): string {
  return question.evidence.map((evidence) => evidence.quote).join(' ');
}

/** Null when the question's key is stated in its evidence; else why not. */
export function groundingProblem(
  question: Question,
  passages: ReadonlyMap<string, QuizPassage>,
  aliasGroups: readonly string[][] = [],
): string | null {
  const declared = (name: string) => declaredFor(name, aliasGroups);
  for (const evidence of question.evidence) {
    const passage = passages.get(evidence.passageId);
    if (!passage) return `evidence cites unknown passage ${evidence.passageId}`;
    if (passage.text.slice(evidence.start, evidence.end) !== evidence.quote) {
      return 'evidence quote is not the passage text at its offsets';
    }
    const sentence = passage.sentences.find((s) => s.id === evidence.sentenceId);
    if (!sentence) return `evidence cites unknown sentence ${evidence.sentenceId}`;
    if (evidence.start < sentence.start || evidence.end > sentence.end) {
      return `evidence offsets ${evidence.start}–${evidence.end} fall outside sentence ${sentence.id}`;
    }
  }
  const text = evidenceText(question);
  const order = new Map([...passages.keys()].map((id, index) => [id, index]));
  switch (question.type) {
    case 'what':
    case 'why':
      // A description or a reason: its words, as the evidence writes them.
      return normalize(text).includes(normalize(question.answer)) ||
        mentions(text, question.answer, declared(question.answer))
        ? null
        : `the answer "${question.answer}" is not in the evidence`;
    case 'how-many':
      return containsPhrase(text, question.answer)
        ? null
        : `the figure "${question.answer}" is not in the evidence`;
    case 'who':
    case 'which':
    case 'where':
    case 'quote':
    case 'acronym':
      return mentions(text, question.answer, declared(question.answer))
        ? null
        : `the answer "${question.answer}" is not in the evidence`;
    case 'when':
      return containsPhrase(text, question.answer) || sameDate(text, question.answer)
        ? null
        : `the date "${question.answer}" is not in the evidence`;
    case 'fill-in':
      return mentions(text, question.answer, [
        ...question.acceptedAnswers,
        ...declared(question.answer),
      ])
        ? null
        : `the answer "${question.answer}" is not in the evidence`;
    case 'evidence':
      return question.evidence.some((evidence) =>
        normalize(evidence.quote).includes(normalize(question.answer)),
      )
        ? null
        : 'the answer sentence is not the cited evidence';
    case 'true-false': {
      const statement = question.prompt.replace(/^(?:true or false\s*[:?]\s*)/i, '');
      const overlap = contentOverlap(statement, text);
      if (overlap < STATEMENT_OVERLAP) {
        return `the statement shares only ${Math.round(overlap * 100)}% of its content words with the evidence`;
      }
      if (
        question.answer === 'False' &&
        quotedIn(statement).some((q) => !containsPhrase(text, q))
      ) {
        return 'a false statement alters a quotation';
      }
      return null;
    }
    case 'timeline': {
      const support = (item: string) =>
        question.evidence.find(
          (e) =>
            contentOverlap(item, withAntecedents(e, question.evidence, order)) >= STATEMENT_OVERLAP,
        );
      const missing = question.items.filter((item) => !support(item));
      if (missing.length) return `no evidence states "${missing[0]}"`;
      const undated = question.items.filter(
        (item) => datesIn(support(item)?.quote ?? '').length === 0,
      );
      return undated.length ? `the evidence for "${undated[0]}" states no date` : null;
    }
    case 'matching': {
      const unsupported = question.items.filter((actor, i) => {
        const position = question.answer[i] ?? '';
        return !question.evidence.some((e) => {
          const text = withAntecedents(e, question.evidence, order);
          return mentions(text, actor) && contentOverlap(position, e.quote) >= 0.5;
        });
      });
      return unsupported.length ? `no evidence pairs "${unsupported[0]}" with its position` : null;
    }
  }
}

/**
 * An evidence quote together with the cited sentences before it in the same passage, when the quote
 * leans on a pronoun ("He supports …" after "Moon Jae-in said …"): that is how a reader takes it.
 */
function withAntecedents(
  evidence: Evidence,
  all: readonly Evidence[],
  order: ReadonlyMap<string, number>,
): string {
  if (!/\b(?:he|she|they|his|her|their|it|its)\b/i.test(evidence.quote)) return evidence.quote;
  const at = order.get(evidence.passageId) ?? -1;
  // A paragraph may open with "He …" about the last one's subject, so the passage before counts too.
  const before = all.filter((e) => {
    const other = order.get(e.passageId) ?? -2;
    return (other === at && e.end <= evidence.start) || other === at - 1;
  });
  return [...before.map((e) => e.quote), evidence.quote].join(' ');
}

/** Other names the article declares for `name` (see declaredAliases). */
function declaredFor(name: string, aliasGroups: readonly string[][]): string[] {
  // Exact membership: a declared group names one thing, and fuzzy matching would widen it.
  const key = normalize(name).replace(/^the /, '');
  const same = (member: string) => normalize(member).replace(/^the /, '') === key;
  return aliasGroups
    .filter((group) => group.some(same))
    .flat()
    .filter((member) => !same(member));
}

function quotedIn(text: string): string[] {
  return [...text.matchAll(/["“]([^"”]{8,})["”]/g)].map((m) => m[1] ?? '');
}

function choicesOf(question: Question): string[] | undefined {
  return 'choices' in question ? question.choices : undefined;
}

/** Checks one quiz. `entities` is the checker's own reading of the article (see extractEntities). */
export function checkQuiz(quiz: Quiz, entities: ArticleEntities): QuizReport {
  const passages = new Map(quiz.passages.map((passage) => [passage.id, passage]));
  const violations: Finding<Gate>[] = [];
  const warnings: Finding<Warning>[] = [];
  const violate = (kind: Gate, questionId: string, detail: string) =>
    violations.push({ kind, questionId, detail });
  const warn = (kind: Warning, questionId: string, detail: string) =>
    warnings.push({ kind, questionId, detail });
  const typeMix: Record<string, number> = {};
  let grounded = 0;
  let typedOptionSets = 0;
  let agreeingOptionSets = 0;

  const seenIds = new Set<string>();
  const seenPrompts = new Map<string, string>();
  const seenKeys = new Map<string, string>();
  for (const question of quiz.questions) {
    const id = question.id;
    typeMix[question.type] = (typeMix[question.type] ?? 0) + 1;
    if (seenIds.has(id)) violate('duplicate-id', id, 'another question has this id');
    seenIds.add(id);

    // Generic prompts ("Put these events in order") repeat by design; a duplicate also repeats the answer.
    const promptKey = `${normalize(question.prompt)}|${JSON.stringify(question.answer)}`;
    const twin = seenPrompts.get(promptKey);
    if (twin) violate('duplicate-question', id, `same prompt as ${twin}`);
    else seenPrompts.set(promptKey, id);
    const key = `${question.type}|${JSON.stringify(question.answer)}|${question.evidence.map((e) => e.sentenceId).join(',')}`;
    const similar = seenKeys.get(key);
    if (similar && !twin)
      warn('similar-question', id, `same type, answer and evidence as ${similar}`);
    else seenKeys.set(key, id);

    const problem = groundingProblem(question, passages, entities.aliasGroups);
    if (problem) violate('ungrounded', id, problem);
    else grounded++;

    for (const evidence of question.evidence) {
      if (passages.get(evidence.passageId)?.kind === 'heading') {
        violate('heading-evidence', id, `evidence is the heading "${evidence.quote}"`);
      }
    }

    const choices = choicesOf(question);
    if (choices) {
      const min = question.type === 'true-false' ? 2 : 3;
      if (
        question.type === 'true-false' &&
        (choices.length !== 2 || !choices.includes('True') || !choices.includes('False'))
      ) {
        violate(
          'too-few-choices',
          id,
          `true/false choices must be exactly True and False, not ${JSON.stringify(choices)}`,
        );
      } else if (choices.length < min) {
        violate('too-few-choices', id, `${choices.length} choices; at least ${min} needed`);
      }
      const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
      for (const answer of answers) {
        if (!choices.includes(answer))
          violate('answer-not-in-choices', id, `"${answer}" is not among the choices`);
      }
      if (
        question.type !== 'true-false' &&
        question.type !== 'evidence' &&
        question.type !== 'matching'
      ) {
        checkAliasesAmongOptions(question.type, choices, (detail) =>
          violate('alias-among-options', id, detail),
        );
      }
    }

    // A fill-in is a sentence with its blank: without one there is nothing to fill in.
    if (question.type === 'fill-in' && !/_{3,}/.test(question.prompt))
      violate('missing-blank', id, `a fill-in without a blank: ${question.prompt}`);
    const slip = copiedSlip([question.prompt, ...(choices ?? [])].join(' '));
    if (slip) violate('copied-slip', id, `"${slip}" is a slip the question copies`);
    checkLeak(question, (detail) => violate('leak', id, detail));
    checkPronouns(question, (detail) => warn('pronoun-stem', id, detail));

    if (
      choices &&
      ['who', 'which', 'where', 'quote', 'when', 'acronym'].includes(question.type) &&
      typeof question.answer === 'string'
    ) {
      const kinds = choices.map((choice) => optionKind(choice, entities));
      const keyKind = optionKind(question.answer, entities);
      // An untyped option beside a typed key is a mismatch ("Atkinson Principles" among people).
      if (keyKind !== 'other') {
        typedOptionSets++;
        const sameKind = (kind: string) =>
          kind === keyKind || (question.type === 'acronym' && kind !== 'date' && kind !== 'number');
        if (kinds.every(sameKind)) agreeingOptionSets++;
        else
          warn(
            'type-mismatch',
            id,
            `key "${question.answer}" is a ${keyKind}; options are ${choices.map((c, i) => `${c} (${kinds[i]})`).join(', ')}`,
          );
      }
    }
  }

  return {
    slug: quiz.article.slug,
    questionCount: quiz.questions.length,
    typeMix,
    grounded,
    typedOptionSets,
    agreeingOptionSets,
    violations,
    warnings,
    coverage: coverageOf(quiz, entities),
  };
}

/**
 * "a excellent chance", "an major win": an article before a word it does not fit, a slip in the
 * article a question would copy and a class would read as the app's. "An MP", "a European", "a
 * one-off", "an hour" and "a university" are written as they are said.
 */
function copiedSlip(text: string): string | undefined {
  const slips = [
    /\b([Aa]) (?!one\b|once\b|eu|Eu)[aeioAEIO]\p{Ll}+/gu,
    /\b([Aa]n) (?![hH]|[A-Z]{2}|[A-Z]\b)[b-df-gj-np-tv-zB-DF-GJ-NP-TV-Z]\p{Ll}+/gu,
  ];
  for (const slip of slips)
    for (const m of text.matchAll(slip)) {
      // "Plan A and …": a capital letter after a name is a label, not the article "a".
      const before = text.slice(0, m.index).trimEnd();
      if (/^A/.test(m[1]!) && before && !/[.!?:"“]$/.test(before)) continue;
      return m[0];
    }
  return undefined;
}

function checkAliasesAmongOptions(
  type: string,
  choices: readonly string[],
  report: (detail: string) => void,
): void {
  for (let i = 0; i < choices.length; i++) {
    for (let j = i + 1; j < choices.length; j++) {
      const a = choices[i] ?? '';
      const b = choices[j] ?? '';
      // A date's options differ by design in one part only; only identical dates are aliases.
      const same =
        type === 'when'
          ? datesIn(a)[0]?.key === datesIn(b)[0]?.key && datesIn(a).length > 0
          : couldNameSameThing(a, b);
      if (same) report(`"${a}" and "${b}" name the same thing`);
    }
  }
}

// Names the article declares equal are not leaks: "X, sometimes referred to as the _____" asks for the other name.
function checkLeak(question: Question, report: (detail: string) => void): void {
  if (
    ![
      'who',
      'which',
      'where',
      'how-many',
      'what',
      'why',
      'quote',
      'when',
      'acronym',
      'fill-in',
    ].includes(question.type)
  )
    return;
  const answer = question.answer as string;
  // An acronym question names the acronym (or its expansion) on purpose; only the key itself may not appear.
  const forms =
    question.type === 'acronym' || question.type === 'when'
      ? [answer]
      : [answer, ...(question.type === 'fill-in' ? question.acceptedAnswers : [])];
  const prompt = questionText(question).replace(/_{2,}/g, ' ');
  const leaked =
    question.type === 'acronym' || question.type === 'when'
      ? forms.find((form) => containsPhrase(prompt, form))
      : forms.find((form) => mentions(prompt, form));
  if (leaked !== undefined) report(`the stem gives away "${leaked}"`);
}

function checkPronouns(question: Question, report: (detail: string) => void): void {
  // Quoted words are the speaker's; only the question's own words must stand alone. A lead-in such as
  // "According to the article," or "Fill in the missing name:" is the question's frame, not its subject.
  const stem = question.prompt
    .replace(/["“][^"”]*["”]/g, '""')
    .replace(/^(?:according to the article,|true or false:|[^:]{0,40}:)\s*/i, '');
  const proVerb = PRO_VERB.exec(stem);
  if (proVerb) {
    report(`"${proVerb[0]}" in the stem has no referent: ${question.prompt}`);
    return;
  }
  for (const m of stem.matchAll(PRONOUNS)) {
    const before = stem.slice(0, m.index);
    const after = stem.slice((m.index ?? 0) + m[0].length);
    const word = m[0].toLowerCase();
    let referent: boolean;
    if (word === 'it' && EXPLETIVE_IT.test(after)) {
      // "it was estimated that …" has no referent to miss.
      referent = true;
    } else if (DEMONSTRATIVES.has(word)) {
      // "this agreement" needs "agreement" named before it; "these events" are the question's own items.
      const noun = /^\s+([\p{L}-]+)/u.exec(after)?.[1];
      referent =
        QUESTION_ITEMS.test(after) ||
        (noun !== undefined && new RegExp(`\\b${noun}\\b`, 'i').test(before));
    } else {
      // "Who said he …", "analysts … their", "Moon … his", "the advantage of _____ … it": something
      // before the pronoun can carry it. Only a pronoun with nothing nameable before it is unresolved.
      referent =
        /\b(?:who|which|whom)\b/i.test(before) || /_{2,}/.test(before) || namesSomething(before);
    }
    if (!referent) {
      report(`"${m[0]}" in the stem has no referent: ${question.prompt}`);
      return;
    }
  }
}

/** The strings a question teaches as answers: keys, accepted variants, matched actors, ordered events. */
function taughtAnswers(question: Question): string[] {
  switch (question.type) {
    case 'fill-in':
      return [question.answer, ...question.acceptedAnswers];
    case 'timeline':
      return question.items;
    case 'matching':
      return [...question.items, ...question.answer];
    case 'true-false':
    case 'evidence':
      return [];
    default:
      return [question.answer];
  }
}

function isCovered(entity: Entity, answers: readonly string[]): boolean {
  if (entity.kind === 'date') {
    return answers.some((answer) =>
      datesIn(answer).some(
        (d) =>
          entity.dateKey !== undefined &&
          (d.key === entity.dateKey || d.key.startsWith(`${entity.dateKey}-`)),
      ),
    );
  }
  const forms = formsOf(entity);
  return answers.some((answer) =>
    forms.some((form) => areAliases(answer, form) || containsPhrase(answer, form)),
  );
}

function coverageOf(quiz: Quiz, entities: ArticleEntities): CoverageReport[] {
  const answers = quiz.questions.flatMap(taughtAnswers);
  const kinds: [EntityKind, Entity[]][] = [
    ['person', entities.people],
    ['organization', entities.organizations],
    ['date', entities.dates],
    ['acronym', entities.acronyms],
  ];
  return kinds.map(([kind, list]) => {
    const uncovered = list
      .filter((entity) => !isCovered(entity, answers))
      .map((entity) => entity.name);
    return { kind, total: list.length, covered: list.length - uncovered.length, uncovered };
  });
}

/** Whether a report fails the hard gates: no questions, anything ungrounded, or any violation at all. */
export function failsGates(report: QuizReport): boolean {
  return (
    report.questionCount === 0 ||
    report.violations.length > 0 ||
    report.grounded < report.questionCount
  );
}
