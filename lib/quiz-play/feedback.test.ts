import { describe, expect, it } from 'vitest';
import type { Evidence, Question } from '@/lib/quiz-engine/schema';
import { explanationAddsToQuote, feedbackPlan, provingEvidence } from './feedback';
import { TEST_QUESTIONS } from './test-questions';

const cite = (quote: string, n = 1): Evidence => ({
  passageId: `p-${n}`,
  sentenceId: `s-${n}`,
  start: 0,
  end: quote.length,
  quote,
});

function withExplanation(explanation: string, quote: string, answer = 'Moon Jae-in'): Question {
  return { ...TEST_QUESTIONS.who, explanation, answer, evidence: [cite(quote)] };
}

describe('explanationAddsToQuote', () => {
  // Drawn from the seed quiz (korea-foreign-relations) and the timeline e2e's local history.
  it.each([
    [
      'the quote word for word after "Paragraph N:"',
      'Paragraph 5: The Roh administration, in which Moon served as chief presidential secretary, viewed South Korea as a balancer in Northeast Asia.',
      'The Roh administration, in which Moon served as chief presidential secretary, viewed South Korea as a balancer in Northeast Asia.',
      'Roh',
      false,
    ],
    [
      '"True. Paragraph 2 says so:" and a part of the quote',
      'True. Paragraph 2 says so: Ahn Cheol-soo was the 2017 presidential nominee of the People’s Party.',
      "Another liberal who passed for a centrist 'outsider,' rival for Moon Jae-in was software magnate, Ahn Cheol-soo, who was the 2017 presidential nominee of the People’s Party.",
      'True',
      false,
    ],
    [
      'a pointer and nothing else',
      'Paragraph 9 states it.',
      'He also promised to advance the timetable for OPCON transfer.',
      'He also promised to advance the timetable for OPCON transfer.',
      false,
    ],
    [
      'a shortened quote whose subject is the answer',
      'Paragraph 6: The county council closed the line in 1962.',
      'Passenger numbers fell after the main road was widened, and the council closed the line in 1962.',
      'county',
      false,
    ],
    [
      'who "he" is and who was wrongly named',
      'False. Paragraph 9 says Moon Jae-in, not Park Geun-hye: Moon Jae-in promised to advance the timetable for OPCON transfer.',
      'He also promised to advance the timetable for OPCON transfer, which is scheduled to take place in the mid-2020s.',
      'False',
      true,
    ],
    [
      'a reason the quote does not give',
      'Its radar can see into China, which Beijing calls a threat.',
      'China opposed the controversial U.S. THAAD missile defense shield.',
      'Its radar can see into China',
      true,
    ],
  ])('%s → %s', (_, explanation, quote, answer, adds) => {
    const question = withExplanation(explanation, quote, answer);
    expect(explanationAddsToQuote(question, question.evidence[0]!)).toBe(adds);
  });

  it('never for a timeline or matching question: its answer already lists every event or pair', () => {
    for (const question of [TEST_QUESTIONS.timeline, TEST_QUESTIONS.matching]) {
      expect(explanationAddsToQuote(question, question.evidence[0]!)).toBe(false);
    }
  });
});

describe('provingEvidence', () => {
  it('quotes the sentence that proves the answer, not the context sentence before it', () => {
    const question: Question = {
      ...TEST_QUESTIONS.who,
      answer: 'Ahn Cheol-soo',
      explanation:
        'Paragraph 2: Ahn Cheol-soo advised that Seoul should not choose between Beijing and Washington.',
      evidence: [
        cite('Ahn Cheol-soo called for parliamentary approval of THAAD.', 1),
        cite('He advised that Seoul should not choose between Beijing and Washington.', 2),
      ],
    };
    expect(provingEvidence(question).sentenceId).toBe('s-2');
  });

  const timeline: Question = {
    ...TEST_QUESTIONS.timeline,
    items: ['The line closed', 'The company was founded', 'A storm destroyed the bridge'],
    answer: ['The company was founded', 'A storm destroyed the bridge', 'The line closed'],
    evidence: [
      cite('The company was founded in 1868.', 1),
      cite('A storm destroyed the bridge in 1893.', 2),
      cite('The council closed the line in 1962.', 3),
    ],
  };

  it('a timeline: the sentence about the first event out of place', () => {
    const response = {
      kind: 'order' as const,
      value: ['The company was founded', 'The line closed', 'A storm destroyed the bridge'],
    };
    expect(provingEvidence(timeline, response).sentenceId).toBe('s-2');
  });

  it('a timeline in order: the first cited sentence', () => {
    const response = {
      kind: 'order' as const,
      value: timeline.type === 'timeline' ? timeline.answer : [],
    };
    expect(provingEvidence(timeline, response).sentenceId).toBe('s-1');
  });

  it('a matching question: the sentence about the first wrong pair', () => {
    const matching: Question = {
      ...TEST_QUESTIONS.matching,
      evidence: [
        cite('Ahn suggested a referendum.', 1),
        cite('China denounced the deployment.', 2),
        cite('Conservatives took a hard line.', 3),
      ],
    };
    const response = { kind: 'pairs' as const, value: ['referendum', 'hard line', 'denounced'] };
    expect(provingEvidence(matching, response).sentenceId).toBe('s-2');
  });
});

describe('feedbackPlan', () => {
  it('keeps every other cited sentence for "More from the article", in order', () => {
    const plan = feedbackPlan(
      { ...TEST_QUESTIONS.timeline, evidence: [cite('A.', 1), cite('B.', 2), cite('C.', 3)] },
      { kind: 'order', value: ['A', 'B', 'C', 'D'] },
    );
    expect(plan.proving.sentenceId).toBe('s-1');
    expect(plan.otherEvidence.map((evidence) => evidence.sentenceId)).toEqual(['s-2', 's-3']);
    expect(plan.explanationAtOnce).toBe(false);
  });
});
