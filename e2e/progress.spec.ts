import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { defaultQuestions } from '../lib/quiz-engine/schema';
import damagedRecord from '../store/fixtures/cases/progress.v1.one-damaged-record.json';
import fromNewerBuild from '../store/fixtures/cases/progress.v2.from-a-newer-build.json';
import {
  dueReview,
  expect,
  expectNoAxeViolations,
  loadQuiz,
  seedLocalStorage,
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

  test('progress from a newer version is kept aside, said once, downloadable, and never written over', async ({
    page,
    quiz,
  }, testInfo) => {
    await seedLocalStorage(page, { 'cited:progress': fromNewerBuild });
    await page.goto('/');
    const notice = page.getByRole('status').filter({ hasText: 'kept aside, not deleted' });
    await expect(notice).toContainText('your progress, saved by a newer version of Cited');
    // Play on: the finished attempt is saved, and the newer value is still kept aside.
    await finishAttempt(quiz, 1);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('cited:kept-aside:')),
    );
    expect(kept).toHaveLength(1);
    const copy = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), kept[0] ?? '')) ?? '{}',
    );
    expect(JSON.parse(copy.raw)).toEqual(fromNewerBuild);

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download a copy' }).click();
    const file = testInfo.outputPath('kept-aside.json');
    await (await download).saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'cited-kept-aside' });
    expect(JSON.parse(saved.entries[0].raw)).toEqual(fromNewerBuild);
    // Said once: not on the next page, but listed on /progress for as long as it is kept.
    await page.goto('/');
    await expect(page.getByText('kept aside, not deleted')).toHaveCount(0);
    await page.goto('/progress');
    const list = page.getByRole('list', { name: 'Kept aside' });
    await expect(list).toContainText('Your progress, saved by a newer version of Cited');
    await expectNoAxeViolations(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await list.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'Kept aside' })).toHaveCount(0);
  });

  test('a damaged record is dropped alone: every other score stays, and the original is kept aside', async ({
    page,
  }) => {
    await seedLocalStorage(page, {
      'cited:progress': damagedRecord,
      'cited:settings': { state: { theme: 'dark', textSize: 'huge' }, version: 1 },
    });
    await page.goto('/progress');
    const summary = page.getByRole('listitem').filter({ hasText: TITLE });
    // The readable attempt of this quiz (1 of 2 right) is still counted.
    await expect(summary).toContainText('Attempts: 1 · Best 50% · Last 50%');
    // A bad setting falls back alone: the dark theme stays.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const notice = page.getByRole('status').filter({ hasText: 'kept aside, not deleted' });
    await expect(notice).toContainText('one part of your progress');
    await expect(notice).toContainText('one part of your settings');
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Kept aside' }).getByRole('listitem')).toHaveCount(
      2,
    );
  });

  test('importing a file asks first, showing what it would replace; cancel changes nothing', async ({
    page,
    quiz,
  }) => {
    await finishAttempt(quiz, 2);
    const percent = Math.round((2 / total) * 100);
    await page.goto('/progress');
    const summary = page.getByRole('listitem').filter({ hasText: TITLE });
    await expect(summary).toContainText(`Best ${percent}%`);
    const empty = {
      format: 'cited-progress',
      version: 1,
      exportedAt: '2026-11-01T08:00:00.000Z',
      progress: { quizzes: {} },
    };
    const choose = () =>
      page.getByLabel('Import progress…').setInputFiles({
        name: 'old-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(empty)),
      });
    await choose();
    const question = page.getByRole('region', { name: 'Replace the progress in this browser?' });
    await expect(question).toContainText(
      'old-backup.json (exported 1 November 2026) holds no progress at all.',
    );
    await expect(question).toContainText(
      `Importing it replaces what this browser has now: 1 quiz (${TITLE}), 1 finished attempt`,
    );
    await expectNoAxeViolations(page);
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toHaveCount(0);
    await expect(summary).toContainText(`Best ${percent}%`);
    await choose();
    await page.getByRole('button', { name: 'Replace my progress' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported progress for 0 quizzes.' }),
    ).toBeVisible();
    await expect(summary).toContainText('Not taken yet.');
  });

  test('corrupted stored values do not break the app', async ({ page, quiz }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('cited:progress', '{"state":{"quizzes":{"x":{"attempts":"no"}}');
      localStorage.setItem('cited:attempt', '{"state":{"attempts":{"x":42}},"version":1}');
      localStorage.setItem('cited:settings', 'not json at all');
    });
    await page.goto('/');
    await expect(libraryItem(page)).toContainText('Quiz not taken yet.');
    // Nothing was thrown away: each unreadable value is kept aside, and the page says so once.
    await expect(
      page.getByRole('status').filter({ hasText: 'kept aside, not deleted' }),
    ).toContainText('your settings, which could not be read at all');
    await quiz.goto(SLUG);
    await quiz.start();
    await quiz.answerCurrent(data, true);
    await page.reload();
    await expect(quiz.feedbackHeading()).toHaveText('Correct');
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((key) => key.startsWith('cited:kept-aside:')).length,
      ),
    ).toBe(3);
  });

  test('a blocked localStorage: the quiz works and says once that progress will not be saved', async ({
    page,
    quiz,
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
  });

  test('review serves due questions in the player, then waits for the next date', async ({
    page,
    quiz,
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
