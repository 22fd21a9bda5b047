import { describe, expect, it } from 'vitest';
import { FIXTURE_QUIZ } from '@/lib/classroom/test-fixtures';
import { quizSchema, defaultQuestions, type Question } from '@/lib/quiz-engine/schema';
import {
  editedQuestion,
  ownQuestion,
  sentencePlace,
  teacherQuiz,
  type OwnQuestion,
  type StoredEdit,
} from './review';

// Stored order: q-who (rank 2), q-fill (3), q-tf (1), q-which (4); the default quiz is ranks 1–3.
const quiz = FIXTURE_QUIZ;
const edits = (entries: [string, StoredEdit][]) => new Map(entries);
const ids = (questions: { id: string }[]) => questions.map((question) => question.id);
const who = quiz.questions[0] as Extract<Question, { type: 'who' }>;
const which = quiz.questions[3] as Extract<Question, { type: 'which' }>;

const OWN: OwnQuestion = {
  own: true,
  prompt: 'Who joined the club later?',
  answer: 'Bob',
  wrong: ['Alice', 'Dan'],
  explanation: 'Bob joined later.',
  sentenceId: 's-2',
};

describe('teacherQuiz', () => {
  it('without edits is the generated default quiz, in the quiz’s order', () => {
    const result = teacherQuiz(quiz, edits([]));
    expect(ids(result.chosen)).toEqual(['q-who', 'q-fill', 'q-tf']);
    expect(ids(defaultQuestions(result.quiz))).toEqual(['q-who', 'q-fill', 'q-tf']);
    expect(result.entries.map((entry) => [entry.question.id, entry.chosen])).toEqual([
      ['q-who', true],
      ['q-fill', true],
      ['q-tf', true],
      ['q-which', false],
    ]);
    expect(quizSchema.safeParse(result.quiz).success).toBe(true);
  });

  it.each([
    ['the default', 'default', ['q-who', 'q-fill', 'q-tf']],
    ['all', 'all', ['q-who', 'q-fill', 'q-tf', 'q-which']],
    ['the best two', 2, ['q-who', 'q-tf']],
    ['more than the bank', 10, ['q-who', 'q-fill', 'q-tf', 'q-which']],
  ] as const)('takes %s by rank, asked in the teacher’s order', (_case, count, expected) => {
    expect(ids(teacherQuiz(quiz, edits([]), { order: [], count }).chosen)).toEqual(expected);
    const reordered = teacherQuiz(quiz, edits([]), { order: ['q-tf', 'q-which'], count });
    expect(ids(reordered.chosen)).toEqual(
      ['q-tf', 'q-which', 'q-who', 'q-fill'].filter((id) =>
        (expected as readonly string[]).includes(id),
      ),
    );
  });

  it('leaves excluded questions out, and the next best takes their place in the default quiz', () => {
    const result = teacherQuiz(quiz, edits([['q-tf', { excluded: true }]]));
    expect(ids(result.chosen)).toEqual(['q-who', 'q-fill', 'q-which']);
    expect(result.entries.find((entry) => entry.question.id === 'q-tf')).toMatchObject({
      excluded: true,
      chosen: false,
    });
    expect(ids(result.quiz.questions)).not.toContain('q-tf');
    expect(quizSchema.safeParse(result.quiz).success).toBe(true);
  });

  it('rewords a stem, an explanation and a wrong option, keeping the key and its evidence', () => {
    const result = teacherQuiz(
      quiz,
      edits([
        [
          'q-who',
          { prompt: 'Who started the club?', explanation: 'She did.', options: { Bob: 'Robert' } },
        ],
      ]),
    );
    const edited = result.quiz.questions.find((question) => question.id === 'q-who');
    expect(edited).toMatchObject({
      prompt: 'Who started the club?',
      explanation: 'She did.',
      choices: ['Alice', 'Robert', 'Carol'],
      answer: 'Alice',
      evidence: who.evidence,
    });
    expect(result.entries[0]?.original?.prompt).toBe('Who founded the club?');
  });

  it('puts the teacher’s own question in first by rank, so a count keeps it', () => {
    const result = teacherQuiz(quiz, edits([['own-1', OWN]]), { order: [], count: 2 });
    expect(ids(result.chosen)).toEqual(['q-tf', 'own-1']);
    const own = result.quiz.questions.find((question) => question.id === 'own-1');
    expect(own).toMatchObject({ type: 'who', answer: 'Bob', evidence: [{ sentenceId: 's-2' }] });
    expect(own && 'choices' in own && [...own.choices].sort()).toEqual(['Alice', 'Bob', 'Dan']);
    expect(teacherQuiz(quiz, edits([['own-1', OWN]])).chosen).toHaveLength(4);
    expect(quizSchema.safeParse(result.quiz).success).toBe(true);
  });

  it('lists edits whose question is gone, and keeps applying the others', () => {
    const result = teacherQuiz(
      quiz,
      edits([
        ['q-gone', { prompt: 'Who left?' }],
        ['q-old', { excluded: true }],
        ['q-who', { prompt: 'Who started it?' }],
        ['own-lost', { ...OWN, sentenceId: 's-gone' }],
      ]),
    );
    expect(result.orphans).toEqual([
      { questionId: 'q-gone', summary: 'A question reworded to “Who left?”' },
      { questionId: 'q-old', summary: 'A question excluded' },
      {
        questionId: 'own-lost',
        summary:
          'Your question “Who joined the club later?”: The sentence it was anchored to is no longer in the article.',
      },
    ]);
    expect(result.quiz.questions[0]?.prompt).toBe('Who started it?');
  });
});

describe('editedQuestion', () => {
  // The article as another version has it: ¶2 now says Tuesdays, which no option of `which` is.
  const article = {
    passages: quiz.passages.map((passage) =>
      passage.id === 'p-2' ? { ...passage, text: 'The club (ABC) meets on Tuesdays.' } : passage,
    ),
  };

  it.each([
    [
      'a new key stated by the chosen sentence',
      { key: { answer: 'Tuesdays', sentenceId: 's-3' } },
      null,
    ],
    [
      'a new key the chosen sentence does not state',
      { key: { answer: 'Tuesdays', sentenceId: 's-1' } },
      '“Tuesdays” is not stated in ¶1, sentence 1: choose the sentence that states it.',
    ],
    [
      'a new key that is a wrong option already',
      { key: { answer: 'Fridays', sentenceId: 's-3' } },
      'The new answer is already one of the wrong options.',
    ],
    [
      'a wrong option reworded into the new key',
      { key: { answer: 'Tuesdays', sentenceId: 's-3' }, options: { Sundays: 'Tuesdays' } },
      '“Tuesdays” is already an option of this question.',
    ],
    [
      'a reworded option that is gone',
      { options: { Thursdays: 'Wednesdays' } },
      'The wrong option “Thursdays” is no longer in this question.',
    ],
    [
      'a key anchored to a sentence the article lost',
      { key: { answer: 'Mondays', sentenceId: 's-gone' } },
      'The sentence chosen for the new answer is no longer in the article.',
    ],
  ])('%s', (_case, edit, problem) => {
    const result = editedQuestion(article, which, edit);
    expect(result.problems[0] ?? null).toBe(problem);
  });

  it('moves the key and its evidence to the chosen sentence, in the key’s place among the options', () => {
    const result = editedQuestion(article, which, {
      key: { answer: 'Tuesdays', sentenceId: 's-3' },
    });
    expect(result.question).toMatchObject({
      answer: 'Tuesdays',
      choices: ['Fridays', 'Sundays', 'Tuesdays'],
      evidence: [{ sentenceId: 's-3', quote: 'The club (ABC) meets on Tuesdays' }],
    });
  });

  it('refuses options and keys on a true/false question', () => {
    const result = editedQuestion(quiz, quiz.questions[2] as Question, {
      options: { True: 'Yes' },
    });
    expect(result.problems).toEqual(['This kind of question has no options to change.']);
  });
});

describe('ownQuestion', () => {
  it.each([
    ['Who joined later?', 'who'],
    ['When did Bob join?', 'when'],
    ['How many founded it?', 'how-many'],
    ['Name the one who joined later.', 'what'],
  ])('reads the type of “%s” as %s', (prompt, type) => {
    expect(ownQuestion(quiz, 'own-1', { ...OWN, prompt }, 1).question?.type).toBe(type);
  });

  it('says when the answer is not in the sentence it is anchored to', () => {
    expect(ownQuestion(quiz, 'own-1', { ...OWN, sentenceId: 's-3' }, 1).problem).toBe(
      '“Bob” is not stated in ¶2, sentence 1: choose the sentence that states it.',
    );
    expect(ownQuestion(quiz, 'own-1', { ...OWN, wrong: ['Bob', 'Dan'] }, 1)).toEqual({
      question: null,
      problem: 'The options must all be different, and none the answer.',
    });
  });
});

describe('sentencePlace', () => {
  it.each([
    ['s-2', '¶1, sentence 2'],
    ['s-3', '¶2, sentence 1'],
    ['s-none', null],
  ])('%s → %s', (id, place) => {
    expect(sentencePlace(quiz, id)).toBe(place);
  });
});
