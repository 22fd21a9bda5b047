import type { Quiz } from '@/lib/quiz-engine/schema';
import {
  publicQuestion,
  revealedQuestion,
  type LiveQuestion,
  type PublicQuestion,
  type RevealedQuestion,
} from './live-questions';
import type { SessionRecord, SessionStatus } from './store';

/**
 * What every admitted phone of a session shows alike at one version: the public part of the student view.
 * The live stream carries it, so "start", "next" and "reveal" reach a class without each phone fetching
 * its view; what is a student's own (their answer, whether it was right, their score) stays on the phone.
 * Built from the same allow-list as the view: the key only once the teacher revealed it.
 */
export interface PublicLiveState {
  version: number;
  status: SessionStatus;
  /** Teacher-paced while running: the question on screen, with its key once revealed. */
  current: { index: number; question: PublicQuestion; revealed: RevealedQuestion | null } | null;
}

export function publicLiveState(
  session: SessionRecord,
  quiz: Quiz,
  questions: readonly LiveQuestion[],
  hrefs: { returnPath: string; article: string },
): PublicLiveState {
  const question =
    session.mode === 'teacher' && session.status === 'active'
      ? questions[session.currentIndex]
      : undefined;
  return {
    version: session.version,
    status: session.status,
    current: question
      ? {
          index: session.currentIndex,
          question: publicQuestion(question),
          revealed: session.revealed
            ? revealedQuestion(quiz, question, hrefs.returnPath, hrefs.article)
            : null,
        }
      : null,
  };
}

/** The parts of a student view this module reads and writes (service.ts owns the whole type). */
interface StudentPersonalState {
  question: PublicQuestion;
  myAnswer: string | null;
  revealed: RevealedQuestion | null;
  myCorrect: boolean | null;
}

interface LiveStudentView {
  mode: SessionRecord['mode'];
  status: SessionStatus;
  version: number;
  admission: 'admitted' | 'pending';
  current: (StudentPersonalState & { index: number }) | null;
}

/**
 * A phone's view moved to `state` without fetching it: the public part from the stream, the personal part
 * (its own answer, and whether it was right once the key is out) kept from the view it had. Null when the
 * phone must fetch its view instead: it waits for admission, or the session ended (the review holds its
 * own answers and score, which only the server has). A state no newer than the view changes nothing.
 */
export function withPublicState<V extends LiveStudentView>(
  view: V,
  state: PublicLiveState,
): V | null {
  if (view.admission !== 'admitted' || view.status === 'ended' || state.status === 'ended') {
    return null;
  }
  if (state.version <= view.version) return view;
  // Student-paced, nothing public moves while it runs (its questions are all the phone's own state).
  if (view.mode === 'student')
    return state.status === view.status ? { ...view, version: state.version } : null;
  const next = state.current;
  // A question the phone has not seen yet cannot hold its answer: teacher-paced questions only go forward.
  const same = next && view.current?.question.id === next.question.id ? view.current : null;
  const myAnswer = same?.myAnswer ?? null;
  return {
    ...view,
    version: state.version,
    status: state.status,
    current: next
      ? {
          index: next.index,
          question: next.question,
          myAnswer,
          revealed: next.revealed,
          // The server marks an answer right when it is the key, as it stores it.
          myCorrect: next.revealed && myAnswer !== null ? myAnswer === next.revealed.answer : null,
        }
      : null,
  };
}
