import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { byShape } from '@/lib/quiz-play/question-shape';
import { feedbackText } from './evidence';

/**
 * GIFT, Moodle's text format for questions (docs.moodle.org/en/GIFT_format): one block per question,
 * the evidence sentence and its ¶ in the general feedback ("####"). Timelines become matching questions
 * (event → position), since GIFT has no ordering type.
 */

/** GIFT's special characters are escaped with a backslash; line breaks would end the question. */
export function giftText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([~=#{}:\\])/g, '\\$1');
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

function answers(question: Question): string {
  return byShape(question, {
    choice: (choice) => {
      if (choice.type === 'true-false') return choice.answer === 'True' ? 'TRUE' : 'FALSE';
      return choice.choices
        .map((option) => `${option === choice.answer ? '=' : '~'}${giftText(option)}`)
        .join(' ');
    },
    typed: (typed) =>
      [typed.answer, ...typed.acceptedAnswers]
        .filter((answer, index, all) => all.indexOf(answer) === index)
        .map((answer) => `=${giftText(answer)}`)
        .join(' '),
    order: (timeline) =>
      timeline.answer.map((item, index) => `=${giftText(item)} -> ${ordinal(index + 1)}`).join(' '),
    match: (matching) =>
      matching.items
        .map((item, index) => `=${giftText(item)} -> ${giftText(matching.answer[index] ?? '')}`)
        .join(' '),
  });
}

export function giftQuestion(quiz: Pick<Quiz, 'passages'>, question: Question, number: number) {
  const stem =
    question.type === 'timeline'
      ? `${question.prompt} (match each event with its place in time, 1st = earliest)`
      : question.prompt;
  return [
    `// ${question.id}`,
    `::Q${number}::${giftText(stem)} {`,
    `\t${answers(question)}`,
    `\t####${giftText(feedbackText(quiz, question))}`,
    '}',
  ].join('\n');
}

/** The whole selection as a GIFT file, in the teacher's order, under a category named for the article. */
export function quizToGift(quiz: Quiz, questions: readonly Question[]): string {
  const header = [
    `// ${quiz.article.title} — exported from Cited; every answer cites the sentence that proves it.`,
    `$CATEGORY: ${giftText(quiz.article.title)}`,
  ].join('\n');
  return `${[header, ...questions.map((q, i) => giftQuestion(quiz, q, i + 1))].join('\n\n')}\n`;
}
