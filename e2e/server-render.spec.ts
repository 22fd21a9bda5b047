import { planQuestionOrder } from '../lib/quiz-play/attempt-plan';
import { defaultQuestionIds } from '../lib/quiz-play/player-quiz';
import { hashString } from '../lib/quiz-play/random';
import type { Browser } from '@playwright/test';
import { expect, loadQuiz, test } from './fixtures';

const SLUG = 'korea-foreign-relations';
const data = loadQuiz(SLUG);
const total = defaultQuestionIds(data).length;

/** What a page shows with no script at all: its server HTML as fetched, rendered with JavaScript off. */
async function withoutScript(browser: Browser, baseURL: string, route: string) {
  const response = await (await browser.newContext()).request.get(`${baseURL}${route}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}${route}`);
  return { html, page, close: () => context.close() };
}

/** Blanks ("___") are drawn as a line, so the stem is compared on the words around them. */
const words = (text: string) =>
  text
    .split(/_{3,}/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

test.describe('pages are readable before any script runs', () => {
  test('the quiz page’s HTML holds its first question: stem and options', async ({
    browser,
    baseURL,
  }) => {
    const { html, page, close } = await withoutScript(browser, baseURL ?? '', `/quiz/${SLUG}`);
    const firstId = planQuestionOrder(
      data.questions,
      hashString(SLUG),
      defaultQuestionIds(data),
    )[0];
    const first = data.questions.find((question) => question.id === firstId);
    if (!first) throw new Error('the default quiz is empty');
    expect(html).toContain(`data-question-id="${first.id}"`);
    expect(html).not.toContain('Loading your quiz');
    const form = page.locator(`form[data-question-id="${first.id}"]`);
    const text = (await form.innerText()).replace(/\s+/g, ' ');
    for (const part of words(first.prompt)) expect(text).toContain(part);
    if ('choices' in first) {
      for (const option of first.choices) {
        await expect(form.getByRole('radio', { name: option, exact: true })).toBeVisible();
      }
    }
    await expect(page.getByText(`Question 1 of ${total}`, { exact: true })).toBeVisible();
    await close();
  });

  test('the article page’s HTML holds its text', async ({ browser, baseURL }) => {
    const { page, close } = await withoutScript(browser, baseURL ?? '', `/articles/${SLUG}`);
    const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
    for (const passage of data.passages.slice(0, 3)) {
      expect(text).toContain(passage.text.replace(/\s+/g, ' ').trim());
    }
    await close();
  });
});

test('an attempt in progress resumes where it was after hydration, without a layout shift', async ({
  page,
  quiz,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await quiz.goto(SLUG);
  await quiz.start('Test');
  await quiz.answerCurrent(data, true, { feedback: false });
  await quiz.answerCurrent(data, false, { feedback: false });
  await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);
  const third = await quiz.currentQuestion(data);

  await page.goto(`/quiz/${SLUG}`);
  await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);
  await expect(page.locator('form[data-question-id]')).toHaveAttribute(
    'data-question-id',
    third.id,
  );
  await expect(quiz.submitButton()).toBeEnabled();
  // Shifts are reported after the frame that made them: give the page a moment to settle.
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  const cls = shifts.reduce((sum, value) => sum + value, 0);
  expect(cls, `layout shifts on load: ${shifts.join(', ')}`).toBeLessThan(0.1);
  const position = await quiz.position().boundingBox();
  const viewport = page.viewportSize();
  expect(position && viewport && position.y + position.height <= viewport.height).toBe(true);
});
