import type { ClassResults } from './results';
import type { AnswerRecord, ParticipantRecord, SessionSnapshot } from './store';

/**
 * What joined and who answered between two snapshots of a session: what the teacher's live stream sends
 * instead of the whole view (hundreds of kB for a large class) while students join and answer. A
 * dashboard applies it to the view it has (`applyTeacherDelta`) and fetches the whole view only when the
 * delta does not follow from it: on reconnect, after a gap, or for anything but joins and answers.
 */
export interface TeacherDelta {
  /** The version of the stream's message before this one: the view must be at least there. */
  from: number;
  version: number;
  /** The view's expiry moves with every answer (the session's idle time). */
  expiresAt: number;
  /** Students who joined: admitted ones, and those waiting to be let in. */
  joined: { id: string; name: string; status: 'admitted' | 'pending' }[];
  /** New answers of admitted students. */
  answers: { participantId: string; questionId: string; choice: string; correct: boolean }[];
}

/** `list` with the item at `index` replaced (Array.prototype.with is newer than the browsers we serve). */
const replaced = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((existing, at) => (at === index ? item : existing));

const answerKey = (answer: Pick<AnswerRecord, 'participantId' | 'questionId'>) =>
  `${answer.participantId}\n${answer.questionId}`;

/**
 * The delta from `before` to `after` (two snapshots of one session), or null when something else changed
 * too: the session itself (a teacher's move), or a student was let in or removed.
 */
export function teacherDelta(
  before: SessionSnapshot,
  after: SessionSnapshot,
  from: number,
  expiresAt: number,
): TeacherDelta | null {
  const { session: was, participants: known } = before;
  const { session: now } = after;
  if (
    now.status !== was.status ||
    now.currentIndex !== was.currentIndex ||
    now.revealed !== was.revealed
  ) {
    return null;
  }
  const statusOf = new Map(known.map((participant) => [participant.id, participant.status]));
  const joined: ParticipantRecord[] = [];
  for (const participant of after.participants) {
    const status = statusOf.get(participant.id);
    if (status === undefined) joined.push(participant);
    else if (status !== participant.status) return null;
  }
  if (joined.some((participant) => participant.status === 'removed')) return null;
  const admitted = new Set(
    after.participants
      .filter((participant) => participant.status === 'admitted')
      .map((participant) => participant.id),
  );
  const answered = new Set(before.answers.map(answerKey));
  return {
    from,
    version: now.version,
    expiresAt,
    joined: joined.map(({ id, name, status }) => ({
      id,
      name,
      status: status as 'admitted' | 'pending',
    })),
    answers: after.answers
      .filter((answer) => admitted.has(answer.participantId) && !answered.has(answerKey(answer)))
      .map(({ participantId, questionId, choice, correct }) => ({
        participantId,
        questionId,
        choice,
        correct,
      })),
  };
}

/** The parts of the teacher's view a delta changes (service.ts owns the whole type). */
interface DeltaView {
  version: number;
  expiresAt: number;
  participants: { id: string; name: string }[];
  waiting: { id: string; name: string }[];
  results: ClassResults;
}

/**
 * The view with the delta applied, or null when it must be fetched instead: the view is older than the
 * delta's start (a gap), or the delta names a student or question the view does not hold. Applying is
 * idempotent (a join or answer the view already has counts once), so a view fetched while the delta was
 * on its way takes it safely. A delta the view is already past changes nothing.
 */
export function applyTeacherDelta<V extends DeltaView>(view: V, delta: TeacherDelta): V | null {
  if (delta.version <= view.version) return view;
  if (delta.from > view.version) return null;
  const present = new Set([...view.participants, ...view.waiting].map((student) => student.id));
  const participants = [...view.participants];
  const waiting = [...view.waiting];
  let rows = [...view.results.rows];
  for (const student of delta.joined) {
    if (present.has(student.id)) {
      const where = view.participants.some((known) => known.id === student.id)
        ? 'admitted'
        : 'pending';
      if (where !== student.status) return null;
      continue;
    }
    const entry = { id: student.id, name: student.name };
    if (student.status === 'pending') {
      waiting.push(entry);
      continue;
    }
    participants.push(entry);
    rows.push({
      participantId: student.id,
      name: student.name,
      cells: view.results.questions.map((question) => ({
        questionId: question.id,
        choice: null,
        correct: null,
      })),
      score: 0,
    });
  }
  let questions = view.results.questions;
  let paragraphs = view.results.paragraphs;
  for (const answer of delta.answers) {
    const rowIndex = rows.findIndex((row) => row.participantId === answer.participantId);
    const questionIndex = questions.findIndex((question) => question.id === answer.questionId);
    const row = rows[rowIndex];
    const summary = questions[questionIndex];
    if (!row || !summary) return null;
    if (row.cells[questionIndex]?.choice != null) continue;
    if (!summary.distribution.some((entry) => entry.choice === answer.choice)) return null;
    rows = replaced(rows, rowIndex, {
      ...row,
      cells: replaced(row.cells, questionIndex, {
        questionId: answer.questionId,
        choice: answer.choice,
        correct: answer.correct,
      }),
      score: row.score + (answer.correct ? 1 : 0),
    });
    const answered = summary.answered + 1;
    const correct = summary.correct + (answer.correct ? 1 : 0);
    questions = replaced(questions, questionIndex, {
      ...summary,
      answered,
      correct,
      percentCorrect: Math.round((100 * correct) / answered),
      distribution: summary.distribution.map((entry) =>
        entry.choice === answer.choice ? { ...entry, count: entry.count + 1 } : entry,
      ),
    });
    if (!answer.correct) {
      paragraphs = paragraphs.map((paragraph) =>
        paragraph.questionNumbers.includes(summary.number)
          ? { ...paragraph, misses: paragraph.misses + 1 }
          : paragraph,
      );
    }
  }
  return {
    ...view,
    version: delta.version,
    expiresAt: delta.expiresAt,
    participants,
    waiting,
    results: { questions, rows, paragraphs },
  };
}
