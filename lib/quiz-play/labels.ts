import type { QuestionType } from '@/lib/quiz-engine/schema';
import type { AttemptMode } from './attempt-plan';

/** What each question type asks of the learner, in plain words. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  who: 'Who',
  quote: 'Who said it',
  when: 'When',
  acronym: 'Acronym',
  'fill-in': 'Fill in the blank',
  'true-false': 'True or false',
  evidence: 'Find the evidence',
  timeline: 'Put in order',
  matching: 'Match',
};

export const MODE_LABELS: Record<AttemptMode, string> = {
  practice: 'Practice',
  test: 'Test',
  retry: 'Retry missed',
  review: 'Review',
};
