import { publicQuestion, type EvidenceLink, type PublicQuestion } from './live-questions';
import type { TeacherView } from './service';
import type { SessionMode, SessionStatus } from './store';

/** What the class sees once the teacher reveals: the key, how the class answered, and the proof. */
export interface ClassScreenReveal {
  answer: string;
  /** Position of the key in `question.choices`, so the screen can mark it beside its letter. */
  keyIndex: number;
  explanation: string;
  evidence: EvidenceLink[];
  /** How many chose each option, in the order shown. */
  counts: number[];
}

export interface ClassScreenQuestion {
  /** 1-based position in the session. */
  number: number;
  question: PublicQuestion;
  /** How many students answered: a count, never who. */
  answered: number;
  /** Null until the teacher reveals: the key, the distribution and the evidence are not sent before. */
  reveal: ClassScreenReveal | null;
}

/**
 * The projector's view of a live session (`/teach/…/live/<id>/screen`): what a whole class may see at
 * once. Built field by field from the teacher's view, so no name, no per-student answer and, before the
 * reveal, no key or distribution ever reaches the screen's page or its data.
 */
export interface ClassScreenView {
  id: string;
  code: string;
  slug: string;
  title: string;
  mode: SessionMode;
  status: SessionStatus;
  version: number;
  /** Running and not expired: the join code is worth showing and the screen keeps following. */
  open: boolean;
  /** New students cannot join (the teacher locked the class). */
  locked: boolean;
  joined: number;
  totalQuestions: number;
  /** Teacher-paced and running: the question on screen; null in the lobby, student-paced, or closed. */
  current: ClassScreenQuestion | null;
}

/** The part of the teacher's view the class screen is made from. */
export type ClassScreenSource = Pick<
  TeacherView,
  | 'id'
  | 'code'
  | 'slug'
  | 'title'
  | 'mode'
  | 'status'
  | 'version'
  | 'expiresAt'
  | 'locked'
  | 'currentIndex'
  | 'revealed'
  | 'participants'
  | 'questions'
  | 'results'
>;

export function classScreen(view: ClassScreenSource, now: number): ClassScreenView {
  const open = view.status !== 'ended' && now < view.expiresAt;
  const question =
    open && view.mode === 'teacher' && view.status === 'active'
      ? view.questions[view.currentIndex]
      : undefined;
  const summary = question
    ? view.results.questions.find((entry) => entry.id === question.id)
    : undefined;
  return {
    id: view.id,
    code: view.code,
    slug: view.slug,
    title: view.title,
    mode: view.mode,
    status: view.status,
    version: view.version,
    open,
    locked: view.locked,
    joined: view.participants.length,
    totalQuestions: view.questions.length,
    current: question
      ? {
          number: view.currentIndex + 1,
          question: publicQuestion(question),
          answered: summary?.answered ?? 0,
          reveal: view.revealed
            ? {
                answer: question.answer,
                keyIndex: question.choices.indexOf(question.answer),
                explanation: question.explanation,
                evidence: question.evidence,
                counts: question.choices.map(
                  (_, index) => summary?.distribution[index]?.count ?? 0,
                ),
              }
            : null,
        }
      : null,
  };
}
