import type { Question } from '@/lib/quiz-engine/schema';

/** Small hand-made questions of every type, for unit tests. */
const evidence = [{ passageId: 'p-1', sentenceId: 's-1', start: 0, end: 10, quote: 'Quote one.' }];

export const TEST_QUESTIONS = {
  who: {
    id: 'q-who',
    type: 'who',
    prompt: 'Who suggested a referendum?',
    explanation: 'Ahn did.',
    evidence,
    choices: ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'],
    answer: 'Ahn Cheol-soo',
  },
  trueFalse: {
    id: 'q-tf',
    type: 'true-false',
    prompt: 'China supported THAAD.',
    explanation: 'It opposed it.',
    evidence: [{ ...evidence[0]!, passageId: 'p-2', sentenceId: 's-2' }],
    choices: ['True', 'False'],
    answer: 'False',
  },
  fillIn: {
    id: 'q-fill',
    type: 'fill-in',
    prompt: 'The ______ Industrial Complex.',
    explanation: 'Kaesong.',
    evidence,
    answer: 'Kaesong',
    acceptedAnswers: ['Gaeseong'],
  },
  timeline: {
    id: 'q-time',
    type: 'timeline',
    prompt: 'Order these.',
    explanation: 'By date.',
    evidence: [
      { ...evidence[0]!, passageId: 'p-2', sentenceId: 's-2' },
      { ...evidence[0]!, passageId: 'p-3', sentenceId: 's-3' },
    ],
    items: ['C', 'A', 'B', 'D'],
    answer: ['A', 'B', 'C', 'D'],
  },
  matching: {
    id: 'q-match',
    type: 'matching',
    prompt: 'Match them.',
    explanation: 'Pairs.',
    evidence,
    items: ['Ahn', 'China', 'Conservatives'],
    choices: ['referendum', 'denounced', 'hard line', 'decoy'],
    answer: ['referendum', 'denounced', 'hard line'],
  },
} satisfies Record<string, Question>;
