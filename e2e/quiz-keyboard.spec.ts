import type { Locator, Page } from '@playwright/test';
import { defaultQuestions } from '../lib/quiz-engine/schema';
import { expect, expectNoAxeViolations, loadQuiz, test } from './fixtures';

const SLUG = 'korea-foreign-relations';
const data = loadQuiz(SLUG);
/** The default quiz's length: what practice and test ask. */
const total = defaultQuestions(data).length;

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('a whole quiz with the keyboard only: digits, Tab, Enter; focus follows', async ({
  page,
  quiz,
}) => {
  test.slow();
  await quiz.goto(SLUG);
  // The page opens on the first question, practice by default: the keyboard starts in its options.
  await expect(quiz.submitButton()).toBeEnabled();

  for (let step = 1; step <= total; step++) {
    await expect(quiz.position()).toHaveText(`Question ${step} of ${total}`);
    const question = await quiz.currentQuestion(data);
    switch (question.type) {
      case 'fill-in':
        await tabTo(page, page.getByLabel('Your answer'));
        await page.keyboard.type(question.answer.toLowerCase());
        await page.keyboard.press('Enter');
        break;
      case 'timeline':
        for (let target = 0; target < question.answer.length; target++) {
          const item = question.answer[target] as string;
          for (;;) {
            const rows = await page.locator('[data-timeline-row]').allTextContents();
            if (rows.findIndex((row) => row.includes(item)) <= target) break;
            const up = page.getByRole('button', { name: `Move “${item}” up`, exact: true });
            await tabTo(page, up);
            await page.keyboard.press('Enter');
          }
        }
        await tabTo(page, quiz.submitButton());
        await page.keyboard.press('Enter');
        break;
      case 'matching':
        for (const [index, item] of question.items.entries()) {
          const select = page.getByLabel(item, { exact: true });
          await tabTo(page, select);
          for (let presses = 0; presses <= question.choices.length; presses++) {
            if ((await select.inputValue()) === question.answer[index]) break;
            await page.keyboard.press('ArrowDown');
          }
          await expect(select).toHaveValue(question.answer[index] as string);
        }
        await tabTo(page, quiz.submitButton());
        await page.keyboard.press('Enter');
        break;
      default: {
        const values = await page
          .getByRole('radio')
          .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
        await page.keyboard.press(String(values.indexOf(question.answer) + 1));
        await expect(page.getByRole('radio', { name: question.answer, exact: true })).toBeChecked();
        await page.keyboard.press('Enter');
      }
    }
    await expect(quiz.feedbackHeading()).toHaveText('Correct');
    await expect(quiz.feedbackHeading()).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /^Correct\./ })).toHaveCount(1);
    await page.keyboard.press('Enter');
    if (step < total) await expect(page.locator('#question-heading')).toBeFocused();
  }
  await expect(quiz.resultsHeading()).toBeFocused();
  await expect(page.getByText(`${total} of ${total} right`)).toBeVisible();
  await expectNoAxeViolations(page);
});
