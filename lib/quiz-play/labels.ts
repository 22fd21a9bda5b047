import type { AttemptMode } from './attempt-plan';

export const MODE_LABELS: Record<AttemptMode, string> = {
  practice: 'Practice',
  test: 'Test',
  retry: 'Retry missed',
  review: 'Review',
};
