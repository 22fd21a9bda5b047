import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '@/lib/content';
import { QUESTION_TYPES, quizSchema, type Question } from '@/lib/quiz-engine/schema';
import { TEST_QUESTIONS } from '@/lib/quiz-play/test-questions';
import { quoted } from '@/lib/text/quoted';
import { teacherQuiz } from '../review';
import { quizToCsv } from './csv';
import { quizToGift } from './gift';
import { quizToQtiPackage } from './qti';

/**
 * Exports of a real generated quiz (every type the engine writes) plus a teacher's own question whose
 * words hold every character GIFT and XML treat specially. GIFT is read back with gift-pegjs, a GIFT
 * parser; the QTI package is unzipped and every file parsed as XML and checked for the structure an LMS
 * imports (manifest → items, interactions, keys that name an option, feedback with the evidence).
 */
const FILE = 'content/quizzes/korea-foreign-relations.json';
const committed = parseQuizFile(FILE, readFileSync(FILE, 'utf8'));
const opening = committed.passages.find((p) => p.kind === 'paragraph')!;
const firstSentence = opening.sentences[0]!;
const firstText = opening.text;
// Types the engine did not write this time (it is tuned as it goes) come from the hand-made set, cited
// to the article's first sentence, so every shape of question is exported.
const present = new Set(committed.questions.map((question) => question.type));
const handMade = new Map<string, Question>(
  Object.values(TEST_QUESTIONS).map((question) => [question.type, question]),
);
const missing = QUESTION_TYPES.filter((type) => !present.has(type)).map((type, index) => ({
  ...handMade.get(type)!,
  id: `q-test-${type}`,
  rank: committed.questions.length + index + 1,
  evidence: [
    {
      passageId: opening.id,
      sentenceId: firstSentence.id,
      start: firstSentence.start,
      end: firstSentence.end,
      quote: firstText.slice(firstSentence.start, firstSentence.end),
    },
  ],
}));
const generated = quizSchema.parse({
  ...committed,
  questions: [...committed.questions, ...missing],
});
const keyWord = firstText.slice(firstSentence.start, firstSentence.end).split(' ')[0]!;
const { quiz } = teacherQuiz(
  generated,
  new Map([
    [
      'own-special',
      {
        own: true,
        prompt: 'Which word opens ¶1? {Hint: it is #1 ~ "first" = <start> & \\ end}',
        answer: keyWord,
        wrong: ['Seoul: a city', 'Tokyo {x}'],
        explanation: 'It is the first word & more.',
        sentenceId: firstSentence.id,
      },
    ],
  ]),
  { order: [], count: 'all' },
);
const questions = quiz.questions;
const types = new Set(questions.map((question) => question.type));

/** Parses strictly: any well-formedness error or warning fails the test. */
const xml = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(text, 'application/xml');

const elements = (
  root: { getElementsByTagName(name: string): ArrayLike<XmlElement> },
  name: string,
) => Array.from(root.getElementsByTagName(name));
const INTERACTIONS = [
  'choiceInteraction',
  'textEntryInteraction',
  'orderInteraction',
  'matchInteraction',
];

const paragraphOf = (question: Question) =>
  generated.passages.find((passage) => passage.id === question.evidence[0]!.passageId)!.number;

describe('the exported quiz', () => {
  it('holds every type the engine writes, and the teacher’s own question', () => {
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    expect(questions.some((question) => question.id === 'own-special')).toBe(true);
  });
});

describe('quizToGift', () => {
  const parsed = parseGift(quizToGift(quiz, questions));
  const asked = parsed.filter((question) => question.type !== 'Category');

  it('parses with a GIFT parser into one question per question, in order', () => {
    expect(asked).toHaveLength(questions.length);
    expect(parsed[0]).toMatchObject({ type: 'Category', title: quiz.article.title });
  });

  it.each(questions.map((question, index) => [question.id, question.type, index] as const))(
    '%s (%s) keeps its stem, its key and the evidence with its ¶',
    (_id, type, index) => {
      const question = questions[index]!;
      const gift = asked[index] as unknown as {
        type: string;
        stem: { text: string };
        globalFeedback: { text: string };
        choices?: { isCorrect: boolean; text: { text: string } }[];
        isTrue?: boolean;
        matchPairs?: { subquestion: { text: string }; subanswer: string }[];
      };
      expect(gift.stem.text.startsWith(question.prompt)).toBe(true);
      expect(gift.globalFeedback.text).toContain(quoted(question.evidence[0]!.quote));
      expect(gift.globalFeedback.text).toContain(`¶${paragraphOf(question)}`);
      const expected = {
        'true-false': 'TF',
        'fill-in': 'Short',
        timeline: 'Matching',
        matching: 'Matching',
      }[type as string];
      expect(gift.type).toBe(expected ?? 'MC');
      if (gift.type === 'MC' && 'choices' in question) {
        expect(gift.choices?.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
          question.answer,
        ]);
        expect(gift.choices?.map((c) => c.text.text)).toEqual(question.choices);
      }
      if (gift.type === 'TF') expect(gift.isTrue).toBe(question.answer === 'True');
      if (question.type === 'fill-in') {
        expect(gift.choices?.map((c) => c.text.text)).toContain(question.answer);
      }
      if (question.type === 'matching') {
        expect(gift.matchPairs?.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(
          question.items.map((item, i) => [item, question.answer[i]]),
        );
      }
      if (question.type === 'timeline') {
        expect(gift.matchPairs?.map((pair) => pair.subquestion.text)).toEqual(question.answer);
      }
    },
  );
});

describe('quizToQtiPackage', () => {
  const files = unzipSync(quizToQtiPackage(quiz, questions));
  const read = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`the package has no ${path}`);
    return xml(strFromU8(file));
  };
  const manifest = read('imsmanifest.xml');
  const resources = elements(manifest, 'resource');

  it('is a content package whose manifest names a test and one item per question, all present', () => {
    expect(manifest.documentElement?.namespaceURI).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(manifest.getElementsByTagName('schema')[0]?.textContent).toBe('QTIv2.1 Package');
    const items = resources.filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv2p1');
    expect(items).toHaveLength(questions.length);
    for (const resource of resources) {
      const href = resource.getAttribute('href')!;
      expect(files[href], href).toBeDefined();
      expect(resource.getElementsByTagName('file')[0]?.getAttribute('href')).toBe(href);
    }
    const test = read('test.xml');
    const refs = [...test.getElementsByTagName('assessmentItemRef')].map((ref) =>
      ref.getAttribute('href'),
    );
    expect(refs).toEqual(items.map((item) => item.getAttribute('href')));
    expect(Object.keys(files)).toHaveLength(questions.length + 2);
  });

  it.each(questions.map((question, index) => [question.id, question.type, index] as const))(
    'item %s (%s): an interaction, a key naming its options, feedback with the evidence',
    (_id, _type, index) => {
      const question = questions[index]!;
      const href = resources
        .filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv2p1')
        [index]!.getAttribute('href')!;
      const item = read(href);
      const root = item.documentElement!;
      expect(root.localName).toBe('assessmentItem');
      expect(root.namespaceURI).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
      const declaration = item.getElementsByTagName('responseDeclaration')[0]!;
      const values = elements(declaration.getElementsByTagName('correctResponse')[0]!, 'value').map(
        (value) => value.textContent ?? '',
      );
      const found = INTERACTIONS.flatMap((name) => elements(item, name));
      expect(found).toHaveLength(1);
      const interaction = found[0]!;
      expect(interaction.getAttribute('responseIdentifier')).toBe('RESPONSE');
      const options = [
        ...elements(interaction, 'simpleChoice'),
        ...elements(interaction, 'simpleAssociableChoice'),
      ];
      const optionIds = options.map((option) => option.getAttribute('identifier'));
      if (interaction.localName === 'textEntryInteraction') {
        expect(values).toEqual([(question as { answer: string }).answer]);
      } else if (interaction.localName === 'matchInteraction') {
        for (const pair of values)
          for (const id of pair.split(' ')) expect(optionIds).toContain(id);
      } else {
        for (const value of values) expect(optionIds).toContain(value);
      }
      if ('choices' in question && interaction.localName === 'choiceInteraction') {
        const correct = options.find((option) => option.getAttribute('identifier') === values[0]);
        expect(correct?.textContent).toBe(question.answer);
      }
      const feedback = item.getElementsByTagName('modalFeedback')[0]!;
      expect(feedback.textContent).toContain(quoted(question.evidence[0]!.quote));
      expect(feedback.textContent).toContain(`¶${paragraphOf(question)}`);
      expect(
        item.getElementsByTagName('prompt')[0]?.textContent ??
          item.getElementsByTagName('p')[0]?.textContent,
      ).toBe(question.prompt);
    },
  );
});

describe('quizToCsv', () => {
  it('has one row per question with its key, evidence and ¶, quoted where needed', () => {
    const csv = quizToCsv(quiz, questions);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Number,Question id,Type,Question,Options,Answer,Explanation,Evidence,Paragraph,Sentence',
    );
    const own = lines.find((line) => line.includes('own-special'))!;
    expect(own).toContain('"Which word opens ¶1? {Hint: it is #1 ~ ""first"" = <start> & \\ end}"');
    expect(own).toContain(`¶${paragraphOf(questions.find((q) => q.id === 'own-special')!)}`);
    expect(csv.match(/\r\n/g)).toHaveLength(questions.length + 1);
  });
});
