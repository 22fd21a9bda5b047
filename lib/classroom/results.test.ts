import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import { askedQuestions, liveQuestions } from './live-questions';
import { classResults, csvCell, resultsCsv } from './results';
import { FIXTURE_QUIZ } from './test-fixtures';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [';=cmd|calc', `"';=cmd|calc"`],
    ['Ana;=1+1', '"Ana;=1+1"'],
    [' padded ', '" padded "'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves numbers alone', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('classResults', () => {
  const questions = liveQuestions(defaultQuestions(FIXTURE_QUIZ));
  const participants = [
    { id: 'a', name: 'Ana' },
    { id: 'b', name: '=cmd' },
  ];
  const results = classResults(FIXTURE_QUIZ, questions, participants, [
    { participantId: 'a', questionId: 'q-who', choice: 'Alice', correct: true },
    { participantId: 'b', questionId: 'q-who', choice: 'Bob', correct: false },
    { participantId: 'b', questionId: 'q-tf', choice: 'True', correct: false },
  ]);

  it('summarises each question with its full distribution', () => {
    expect(results.questions[0]).toMatchObject({ answered: 2, correct: 1, percentCorrect: 50 });
    expect(results.questions[0]?.distribution).toEqual([
      { choice: 'Alice', count: 1, isAnswer: true },
      { choice: 'Bob', count: 1, isAnswer: false },
      { choice: 'Carol', count: 0, isAnswer: false },
    ]);
    expect(results.questions[1]).toMatchObject({ answered: 1, percentCorrect: 0 });
  });

  it('counts misses on the paragraph that holds each question’s evidence', () => {
    expect(results.paragraphs).toEqual([
      { passageId: 'p-1', number: 1, misses: 2, questionNumbers: [1, 2] },
      { passageId: 'p-2', number: 2, misses: 0, questionNumbers: [] },
    ]);
  });

  it('scores a teacher-paced session ended after its first question on that question alone', () => {
    const asked = askedQuestions({ mode: 'teacher', currentIndex: 0 }, questions);
    const early = classResults(FIXTURE_QUIZ, asked, participants, [
      { participantId: 'a', questionId: 'q-who', choice: 'Alice', correct: true },
    ]);
    expect(early.questions.map((question) => question.id)).toEqual(['q-who']);
    expect(early.rows.map((row) => [row.name, row.score, row.cells.length])).toEqual([
      ['Ana', 1, 1],
      ['=cmd', 0, 1],
    ]);
    expect(resultsCsv(early).split('\r\n')[1]).toBe('Ana,correct: Alice,1/1');
  });

  it('exports an escaped CSV with a % correct row', () => {
    const lines = resultsCsv(results).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Student,Q1: Who founded the club?,Q2: True or false: Bob founded the club.,Score',
      'Ana,correct: Alice,,1/2',
      "'=cmd,wrong: Bob,wrong: True,0/2",
      '% correct,50%,0%,',
    ]);
  });
});
