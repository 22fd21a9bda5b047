import type { Quiz } from '@/lib/quiz-engine/schema';
import type { LiveQuestion } from './live-questions';

export interface ResultsParticipant {
  id: string;
  name: string;
}

export interface ResultsAnswer {
  participantId: string;
  questionId: string;
  choice: string;
  correct: boolean;
}

export interface QuestionSummary {
  id: string;
  /** 1-based position in the live session ("Q3"). */
  number: number;
  prompt: string;
  answer: string;
  answered: number;
  correct: number;
  /** Of those who answered; null while nobody has. */
  percentCorrect: number | null;
  /** Every choice in the order shown, with how many picked it (zeros included, so bars line up). */
  distribution: { choice: string; count: number; isAnswer: boolean }[];
}

export interface ResultCell {
  questionId: string;
  choice: string | null;
  correct: boolean | null;
}

export interface ResultRow {
  participantId: string;
  name: string;
  cells: ResultCell[];
  score: number;
}

export interface ParagraphMisses {
  passageId: string;
  number: number;
  /** Wrong answers to the questions whose evidence lies in this paragraph. */
  misses: number;
  questionNumbers: number[];
}

export interface ClassResults {
  questions: QuestionSummary[];
  rows: ResultRow[];
  paragraphs: ParagraphMisses[];
}

/** Students × questions, per-question summaries and where in the text the class went wrong. */
export function classResults(
  quiz: Quiz,
  questions: LiveQuestion[],
  participants: ResultsParticipant[],
  answers: ResultsAnswer[],
): ClassResults {
  const byKey = new Map(
    answers.map((answer) => [`${answer.participantId}\n${answer.questionId}`, answer]),
  );
  const summaries = questions.map((question, index): QuestionSummary => {
    const given = answers.filter((answer) => answer.questionId === question.id);
    const correct = given.filter((answer) => answer.correct).length;
    return {
      id: question.id,
      number: index + 1,
      prompt: question.prompt,
      answer: question.answer,
      answered: given.length,
      correct,
      percentCorrect: given.length === 0 ? null : Math.round((100 * correct) / given.length),
      distribution: question.choices.map((choice) => ({
        choice,
        count: given.filter((answer) => answer.choice === choice).length,
        isAnswer: choice === question.answer,
      })),
    };
  });
  const rows = participants.map((participant): ResultRow => {
    const cells = questions.map((question): ResultCell => {
      const answer = byKey.get(`${participant.id}\n${question.id}`);
      return {
        questionId: question.id,
        choice: answer?.choice ?? null,
        correct: answer ? answer.correct : null,
      };
    });
    return {
      participantId: participant.id,
      name: participant.name,
      cells,
      score: cells.filter((cell) => cell.correct === true).length,
    };
  });
  const paragraphs = quiz.passages
    .filter((passage) => passage.number !== null)
    .map((passage): ParagraphMisses => {
      let misses = 0;
      const questionNumbers: number[] = [];
      summaries.forEach((summary, index) => {
        const question = questions[index];
        if (!question?.evidence.some((evidence) => evidence.passageId === passage.id)) return;
        questionNumbers.push(summary.number);
        misses += summary.answered - summary.correct;
      });
      return { passageId: passage.id, number: passage.number as number, misses, questionNumbers };
    });
  return { questions: summaries, rows, paragraphs };
}

/**
 * A spreadsheet cell that opens as text: quoted when needed, and a leading = + - @ ; (or tab/CR) neutralised
 * with an apostrophe so a display name like "=HYPERLINK(…)" is never run as a formula. `;` is the list
 * separator where the decimal mark is a comma, so a spreadsheet there splits "a;=cmd" into a formula cell:
 * a cell holding one is quoted, and one starting with it is neutralised too.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@;\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per student (each answer as "correct: …" / "wrong: …" / empty), then a "% correct" row. */
export function resultsCsv(results: ClassResults): string {
  const header = [
    'Student',
    ...results.questions.map((question) => `Q${question.number}: ${question.prompt}`),
    'Score',
  ];
  const rows = results.rows.map((row) => [
    row.name,
    ...row.cells.map((cell) =>
      cell.choice === null ? '' : `${cell.correct ? 'correct' : 'wrong'}: ${cell.choice}`,
    ),
    `${row.score}/${row.cells.length}`,
  ]);
  const percent = [
    '% correct',
    ...results.questions.map((question) =>
      question.percentCorrect === null ? '' : `${question.percentCorrect}%`,
    ),
    '',
  ];
  return [header, ...rows, percent]
    .map((cells) => cells.map((cell) => csvCell(cell)).join(','))
    .join('\r\n')
    .concat('\r\n');
}
