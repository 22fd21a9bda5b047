import { csvCell } from '@/lib/classroom/results';
import { optionLetter } from '@/lib/classroom/slides';
import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { questionLabel } from '@/lib/quiz-play/question-shape';
import { citedSentences, keyText } from './evidence';

export const QUIZ_CSV_HEADER = [
  'Number',
  'Question id',
  'Type',
  'Question',
  'Options',
  'Answer',
  'Explanation',
  'Evidence',
  'Paragraph',
  'Sentence',
];

function options(question: Question): string {
  if ('choices' in question) {
    return question.choices.map((choice, index) => `${optionLetter(index)}. ${choice}`).join(' | ');
  }
  return 'items' in question ? question.items.join(' | ') : '';
}

/** One row per question of the selection: the key, the explanation and the evidence with its ¶. */
export function quizToCsv(quiz: Quiz, questions: readonly Question[]): string {
  const rows = questions.map((question, index) => {
    const cited = citedSentences(quiz, question);
    return [
      index + 1,
      question.id,
      questionLabel(question.type),
      question.prompt,
      options(question),
      keyText(question),
      question.explanation,
      cited.map((c) => c.quote).join(' … '),
      cited.map((c) => (c.paragraph ? `¶${c.paragraph}` : 'heading')).join(', '),
      cited.map((c) => c.sentence).join(', '),
    ];
  });
  return [QUIZ_CSV_HEADER, ...rows]
    .map((cells) => cells.map((cell) => csvCell(cell)).join(','))
    .join('\r\n')
    .concat('\r\n');
}
