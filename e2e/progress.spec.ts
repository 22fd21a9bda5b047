import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { defaultQuestions } from '../lib/quiz-engine/schema';
import {
  dueReview,
  expect,
  expectNoAxeViolations,
  loadQuiz,
  test,
  type QuizPage,
} from './fixtures';

const SLUG = 'korea-foreign-relations';
const TITLE = 'Korea - Foreign Relations';
const data = loadQuiz(SLUG);
/** The default quiz's length: what practice and test ask. */
const total = defaultQuestions(data).length;

/** A whole test-mode attempt, right answers for the first `right` questions. */
async function finishAttempt(quiz: QuizPage, right = total) {
  await quiz.goto(SLUG);
  await quiz.start('Test');
  for (let step = 1; step <= total; step++) {
    await quiz.answerCurrent(data, step <= right, { feedback: false });
  }
  await expect(quiz.resultsHeading()).toBeVisible();
}

function libraryItem(page: Page) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
}

test.describe('progress', () => {
  test('survives a reload and a new tab, and shows on the library', async ({
    page,
    context,
    quiz,
  }) => {
    test.slow();
    await finishAttempt(quiz);
    await page.goto('/');
    await expect(libraryItem(page)).toContainText('Best 100% · Last 100%');
    await page.reload();
    await expect(libraryItem(page)).toContainText('Best 100% · Last 100%');

    const second = await context.newPage();
    await second.goto('/');
    await expect(libraryItem(second)).toContainText('Best 100%');
    await second.getByRole('link', { name: 'Take the quiz' }).click();
    // The finished attempt's results are still there in the new tab.
    await expect(second.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expectNoAxeViolations(second);
  });

  test('export → reset → import restores it; a bad file changes nothing', async ({
    page,
    quiz,
  }, testInfo) => {
    test.slow();
    await finishAttempt(quiz, 3);
    const percent = Math.round((3 / total) * 100);
    await page.goto('/progress');
    const summary = page.getByRole('listitem').filter({ hasText: TITLE });
    await expect(summary).toContainText(`Best ${percent}%`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = testInfo.outputPath('progress.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'cited-progress', version: 1 });

    const importInput = page.getByLabel('Import progress…');
    await importInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"cited-progress","version":1,"progress":{"quizzes":7}}'),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'damaged, so nothing was imported' }),
    ).toBeVisible();
    await expect(summary).toContainText(`Best ${percent}%`);
    await importInput.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'not a Cited progress file' }),
    ).toBeVisible();
    await expect(summary).toContainText(`Best ${percent}%`);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
    await expect(summary).toContainText('Not taken yet.');
    await page.goto('/');
    await expect(libraryItem(page)).toContainText('Quiz not taken yet.');

    await page.goto('/progress');
    await page.getByLabel('Import progress…').setInputFiles(file);
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported progress for 1 quiz.' }),
    ).toBeVisible();
    await expect(summary).toContainText(`Best ${percent}%`);
    await expectNoAxeViolations(page);
    await page.goto('/');
    await expect(libraryItem(page)).toContainText(`Best ${percent}%`);
  });

  test('corrupted stored values do not break the app', async ({ page, quiz, consoleErrors }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('cited:progress', '{"state":{"quizzes":{"x":{"attempts":"no"}}');
      localStorage.setItem('cited:attempt', '{"state":{"attempts":{"x":42}},"version":1}');
      localStorage.setItem('cited:settings', 'not json at all');
    });
    await page.goto('/');
    await expect(libraryItem(page)).toContainText('Quiz not taken yet.');
    await quiz.goto(SLUG);
    await quiz.start();
    await quiz.answerCurrent(data, true);
    await page.reload();
    await expect(quiz.feedbackHeading()).toHaveText('Correct');
    expect(consoleErrors).toEqual([]);
  });

  test('a blocked localStorage: the quiz works and says once that progress will not be saved', async ({
    page,
    quiz,
    consoleErrors,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await quiz.goto(SLUG);
    await quiz.start();
    const notice = page.getByText(/isn’t letting Cited save/);
    await expect(notice).toHaveCount(1);
    await quiz.answerCurrent(data, true);
    await quiz.nextButton().click();
    await quiz.answerCurrent(data, false);
    await expect(notice).toHaveCount(1);
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(notice).toHaveCount(0);
    await quiz.nextButton().click();
    await quiz.answerCurrent(data, true);
    await expect(notice).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('review serves due questions in the player, then waits for the next date', async ({
    page,
    quiz,
    consoleErrors,
  }) => {
    const due = data.questions.slice(0, 2).map((question) => question.id);
    const past = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const progress = {
      state: {
        quizzes: {
          [SLUG]: {
            attempts: [],
            questions: Object.fromEntries(due.map((id) => [id, dueReview(past)])),
          },
        },
      },
      version: 1,
    };
    await page.addInitScript((value) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('cited:progress', value);
    }, JSON.stringify(progress));

    await page.goto('/');
    await expect(libraryItem(page)).toContainText('2 due for review');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(page.getByText('2 questions due')).toBeVisible();
    for (const id of due) {
      const prompt = data.questions.find((question) => question.id === id)!.prompt;
      await expect(page.getByText(prompt.slice(0, 30), { exact: false })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^Start review/ }).click();
    await expect(page).toHaveURL(new RegExp(`/quiz/${SLUG}`));
    await expect(quiz.position()).toHaveText(`Question 1 of 2`);
    await quiz.answerCurrent(data, true);
    await expectNoAxeViolations(page);
    await quiz.nextButton().click();
    await quiz.answerCurrent(data, true);
    await quiz.nextButton().click();
    await expect(page.getByText('2 of 2 right')).toBeVisible();

    await page.goto('/review');
    await expect(page.getByRole('heading', { name: 'Nothing is due for review' })).toBeVisible();
    await expect(page.getByText(/^Your next review is on /)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('settings: theme and text size apply at once and survive a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Extra large' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'x-large');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'x-large');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Follow my device' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  });
});
