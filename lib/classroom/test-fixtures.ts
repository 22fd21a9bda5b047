import { quizSchema, type Quiz } from '@/lib/quiz-engine/schema';
import type { AnswerRecord, NewParticipant, NewSession, ParticipantRecord } from './store';

const P1 = 'Alice founded the club in 1990. Bob joined later.';
const P2 = 'The club (ABC) meets on Mondays.';

/**
 * A tiny valid quiz for unit tests: a bank of four, stored in another order than ranked. The default quiz
 * (defaultCount 3) holds two live questions and one print-only question; the fourth, a `which`, is asked
 * only when the teacher takes the whole bank.
 */
export const FIXTURE_QUIZ: Quiz = quizSchema.parse({
  schemaVersion: 2,
  engineVersion: 'test',
  seed: 1,
  article: { slug: 'fixture', title: 'Fixture article', wordCount: 15 },
  passages: [
    {
      id: 'p-1',
      kind: 'paragraph',
      number: 1,
      text: P1,
      sentences: [
        { id: 's-1', start: 0, end: 31 },
        { id: 's-2', start: 32, end: 49 },
      ],
    },
    {
      id: 'p-2',
      kind: 'paragraph',
      number: 2,
      text: P2,
      sentences: [{ id: 's-3', start: 0, end: 32 }],
    },
  ],
  questions: [
    {
      id: 'q-who',
      rank: 2,
      type: 'who',
      prompt: 'Who founded the club?',
      choices: ['Alice', 'Bob', 'Carol'],
      answer: 'Alice',
      explanation: 'Alice founded it.',
      evidence: [
        { passageId: 'p-1', sentenceId: 's-1', start: 0, end: 31, quote: P1.slice(0, 31) },
      ],
    },
    {
      id: 'q-fill',
      rank: 3,
      type: 'fill-in',
      prompt: 'The club meets on ____.',
      answer: 'Mondays',
      acceptedAnswers: [],
      explanation: 'It meets on Mondays.',
      evidence: [{ passageId: 'p-2', sentenceId: 's-3', start: 0, end: 32, quote: P2 }],
    },
    {
      id: 'q-tf',
      rank: 1,
      type: 'true-false',
      prompt: 'True or false: Bob founded the club.',
      choices: ['True', 'False'],
      answer: 'False',
      explanation: 'Alice did; Bob joined later.',
      evidence: [
        { passageId: 'p-1', sentenceId: 's-2', start: 32, end: 49, quote: P1.slice(32, 49) },
      ],
    },
    {
      id: 'q-which',
      rank: 4,
      type: 'which',
      prompt: 'Which day does the club meet?',
      choices: ['Fridays', 'Sundays', 'Mondays'],
      answer: 'Mondays',
      explanation: 'It meets on Mondays.',
      evidence: [{ passageId: 'p-2', sentenceId: 's-3', start: 0, end: 32, quote: P2 }],
    },
  ],
  defaultCount: 3,
});

/** Far enough in the future that nothing expires in a test. */
export const FAR = 10_000_000_000_000;
/** A teacher-paced session row for store tests, on question 1 of two. */
export const newSession = (id: string, overrides: Partial<NewSession> = {}): NewSession => ({
  id,
  code: `C${id.toUpperCase().padEnd(5, 'X')}`.slice(0, 6),
  slug: 'fixture',
  mode: 'teacher',
  feedback: false,
  quizJson: '{"quiz":true}',
  questionIds: ['q1', 'q2'],
  hostHash: 'host-hash',
  locked: false,
  approveJoins: false,
  status: 'active',
  currentIndex: 0,
  revealed: false,
  createdAt: 1_000,
  lastActivityAt: 1_000,
  expiresAt: FAR,
  ...overrides,
});

export const participant = (
  id: string,
  sessionId = 's1',
  joinedAt = 2_000,
  overrides: Partial<NewParticipant> = {},
): NewParticipant => ({
  id,
  sessionId,
  name: `Name ${id}`,
  nameKey: `name ${id}`,
  tokenHash: `token-${id}`,
  joinedAt,
  status: 'admitted',
  ...overrides,
});

/** The participant as the store returns it (without the name key it was added with). */
export const asStored = ({ nameKey: _key, ...record }: NewParticipant): ParticipantRecord => record;

export const answer = (
  participantId: string,
  overrides: Partial<AnswerRecord> = {},
): AnswerRecord => ({
  sessionId: 's1',
  participantId,
  questionId: 'q1',
  choice: 'A',
  correct: true,
  submissionId: `sub-${participantId}`,
  answeredAt: 3_000,
  ...overrides,
});
