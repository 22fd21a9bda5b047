import type { BrowserContext, Page } from '@playwright/test';
import { defaultQuestions } from '../lib/quiz-engine/schema';
import { expect, loadQuiz, test } from './fixtures';

const SLUG = 'korea-foreign-relations';
const data = loadQuiz(SLUG);
const total = defaultQuestions(data).length;

/** The one online visit: open the library and wait until its service worker controls the page. */
async function visitOnline(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim: the first worker takes over the page that installed it, with no reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

function libraryItem(page: Page) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: data.article.title, exact: true }) });
}

test.describe('offline self-study', () => {
  test('after one online visit the library, the article and its quiz open and play with no network', async ({
    page,
    context,
    library,
    article,
    quiz,
  }) => {
    test.slow();
    await visitOnline(page);
    await goOffline(context, page);

    // The library, from the worker's cache.
    const home = await page.reload();
    expect(home?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

    // Its article, by the link a learner follows (never opened online: precached in the background).
    await library.articleLink(data.article.title).click();
    await expect(page).toHaveURL(`/articles/${SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.article.title);
    await expect(article.paragraph(1)).toBeVisible();

    // Its quiz: a whole test-mode attempt, to the results (the scheduler's chunk loads from the cache).
    const quizResponse = await page.goto(`/quiz/${SLUG}`);
    expect(quizResponse?.fromServiceWorker()).toBe(true);
    await quiz.start('Test');
    for (let step = 1; step <= total; step++) {
      await expect(quiz.position()).toHaveText(`Question ${step} of ${total}`);
      await quiz.answerCurrent(data, step <= 3, { feedback: false });
    }
    await expect(quiz.resultsHeading()).toBeVisible();
    await expect(page.getByText(`3 of ${total} right`)).toBeVisible();

    // "Show in the article" from a missed question of the results (folded away until opened): the
    // cached article, whatever its ?from= says.
    await page.getByText(/questions you missed, with the answers$/).click();
    await page
      .getByRole('link', { name: /^Show in the article/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?from=`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.article.title);

    const percent = Math.round((3 / total) * 100);
    await page.goto('/');
    await expect(libraryItem(page)).toContainText(`Best ${percent}%`);
  });

  test('a page that needs the network says so offline; progress made offline is there online', async ({
    page,
    context,
    quiz,
  }) => {
    test.slow();
    await visitOnline(page);
    await goOffline(context, page);

    // A live class needs the server: the offline page, not a browser error.
    await page.goto('/join');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await page.getByRole('link', { name: 'The library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

    // Two questions answered offline in practice mode.
    await quiz.goto(SLUG);
    await quiz.start('Practice');
    const first = await quiz.answerCurrent(data, true);
    await quiz.nextButton().click();
    await expect(quiz.position()).toHaveText(`Question 2 of ${total}`);
    await quiz.answerCurrent(data, false);
    await quiz.nextButton().click();
    await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);

    // Back online: a page from the network (not the worker's cache) still has them.
    await context.setOffline(false);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(true);
    const online = await page.goto('/join');
    expect(online?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toHaveCount(0);
    await page.goto('/');
    await expect(libraryItem(page)).toContainText(`In progress: 2 of ${total} answered`);
    await quiz.goto(SLUG);
    await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);
    expect(first.id).not.toBe(
      await quiz.page.locator('form[data-question-id]').getAttribute('data-question-id'),
    );
  });
});
