import { articleInputFromSource } from '../lib/article-source';
import { quizFromArticle } from '../lib/quiz-engine';
import { myArticleSchema } from '../lib/my-articles/schema';
import { quizSchema, type Question, type Quiz } from '../lib/quiz-engine/schema';
import { MY_ARTICLES_KEY } from '../store/persist-config';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, seedLocalStorage, test } from './fixtures';
import { expectOnScreen } from './geometry';

/**
 * The timeline player, on a quiz generated here from a short local history whose events the article
 * dates. The seed article has no timeline; this one must have one, or the engine has lost the form.
 */
const HISTORY = `The Harbour Line: A Short History

The Harbour Line is a light railway that links the port of Port Elin with the market town of Caldry.

The railway company was founded in 1868 by a group of local merchants led by Agnes Morrow. Work on the first section began after the town council granted the land.

The line opened to passengers in 1874, with three stations and a single track along the estuary.

A storm destroyed the estuary bridge in 1893, and trains ran only as far as Caldry for two years.

The company was taken over by the county council in 1921, which paid for a second track and new coaches.

Passenger numbers fell after the main road was widened, and the council closed the line in 1962.

A volunteer trust reopened the first section as a heritage railway in 1987. The trust now runs weekend trains from April to October, and about 40,000 people ride the line every year.`;

const ID = 'my-tline01';
const bank = quizFromArticle(articleInputFromSource(HISTORY, 'harbour-line.txt'));
const timeline = bank.questions.find((question) => question.type === 'timeline');

/**
 * The bank with its timeline ranked first and a default quiz of that one question (the player asks
 * the default quiz in its own order, so the timeline must be all of it to come first).
 */
function timelineFirst(): Quiz {
  const rank = timeline!.rank;
  return quizSchema.parse({
    ...bank,
    // A saved article's quiz is about that article's id (the store refuses any other).
    article: { ...bank.article, slug: ID },
    defaultCount: 1,
    questions: bank.questions.map((question) => ({
      ...question,
      rank: question === timeline ? 1 : question.rank < rank ? question.rank + 1 : question.rank,
    })),
  });
}

/** The browser of a learner who saved the local history with its timeline first. */
async function seedTimelineArticle(page: Page) {
  expect(timeline, 'a dated history yields a timeline question').toBeDefined();
  await seedLocalStorage(page, {
    [MY_ARTICLES_KEY]: {
      version: 2,
      state: {
        articles: {
          [ID]: myArticleSchema.parse({
            id: ID,
            title: bank.article.title,
            publisher: 'Port Elin Gazette',
            createdAt: '2026-11-30T09:00:00.000Z',
            quiz: timelineFirst(),
          }),
        },
      },
    },
  });
}

test.describe('timeline question', () => {
  test.beforeEach(({ page }) => seedTimelineArticle(page));

  test('drag the handle to reorder (touch or mouse), or use the buttons', async ({
    page,
    quiz,
  }) => {
    await page.goto(`/mine/${ID}/quiz`);
    await quiz.start('Test');
    const question = (await quiz.currentQuestion(bank)) as Extract<Question, { type: 'timeline' }>;
    expect(question.type).toBe('timeline');
    const rows = page.locator('[data-timeline-row]');
    await expect(rows).toHaveCount(question.items.length);
    const before = await rows.allTextContents();
    const handle = page.getByTitle('Drag to reorder').first();
    const box = (await handle.boundingBox())!;
    const last = (await rows.last().boundingBox())!;
    const x = box.x + box.width / 2;
    const fromY = box.y + box.height / 2;
    const toY = last.y + last.height - 2;
    if (test.info().project.use.hasTouch) {
      // A real finger: touch events, which the browser turns into pointer events of type "touch".
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x, y: fromY }],
      });
      for (let step = 1; step <= 8; step++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y: fromY + ((toY - fromY) * step) / 8 }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else {
      await page.mouse.move(x, fromY);
      await page.mouse.down();
      await page.mouse.move(x, toY, { steps: 8 });
      await page.mouse.up();
    }
    const after = await rows.allTextContents();
    expect(after).not.toEqual(before);
    expect(after.at(-1)).toContain(before[0]!.replace(/^⠿?1\./, '').slice(0, 15));

    const item = (await rows.nth(1).locator('span').nth(2).textContent())!;
    await page.getByRole('button', { name: `Move “${item}” up`, exact: true }).click();
    await expect(rows.first()).toContainText(item);
    await expect(
      page.getByRole('status').filter({ hasText: `Moved “${item}” to position 1` }),
    ).toHaveCount(1);
  });

  test('put in order with the buttons alone, it is marked right', async ({ page, quiz }) => {
    await page.goto(`/mine/${ID}/quiz`);
    await quiz.start('Practice');
    const question = await quiz.currentQuestion(bank);
    expect(question.type).toBe('timeline');
    await quiz.answer(question, true);
    await quiz.submitButton().click();
    await expect(quiz.feedbackHeading()).toHaveText('Correct');
  });
});

test.describe('timeline feedback on a 360×740 phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone profiles (Pixel 7, iPhone 13)');
  test.use({ viewport: { width: 360, height: 740 } });

  test.beforeEach(({ page }) => seedTimelineArticle(page));

  test('short by default: the verdict, the right order once and one proving sentence fit the screen', async ({
    page,
    quiz,
  }) => {
    await page.goto(`/mine/${ID}/quiz`);
    await quiz.start('Practice');
    const question = (await quiz.currentQuestion(bank)) as Extract<Question, { type: 'timeline' }>;
    expect(question.type).toBe('timeline');
    await quiz.answerCurrent(bank, false);

    const feedback = page.getByRole('region', { name: 'Not quite' });
    const answer = feedback.getByRole('list', { name: 'The right order' });
    const events = answer.getByRole('listitem');
    await expect(events).toHaveCount(question.answer.length);
    for (const [index, item] of question.answer.entries()) {
      await expect(events.nth(index)).toContainText(item);
    }
    const show = feedback.getByRole('link', { name: /^Show in the article/ });
    await expect(show).toHaveCount(1);
    for (const [what, locator] of [
      ['the verdict', quiz.feedbackHeading()],
      ['the right order', answer],
      ['the proving sentence', feedback.locator('blockquote').first()],
      ['its link', show],
    ] as const) {
      await expectOnScreen(page, locator, what);
    }

    // The order is said once: in the answer, each event with where the learner had it; the rows that
    // were the question are gone, and the explanation (the order a third time, with dates) waits behind
    // "More".
    await expect(page.locator('[data-timeline-row]')).toHaveCount(0);
    await expect(events.filter({ hasText: /You had it at \d/ })).not.toHaveCount(0);
    const details = feedback.getByRole('group');
    await expect(feedback.getByText(question.explanation)).toBeHidden();

    // Before short feedback this page ran to 2,705 px here: the rows saying where each event belongs, the
    // order again, the explanation listing it a third time with dates, and every quote. Now the prompt,
    // a panel that fits one screen (asserted above), the buttons and the page's own footer (~480 px,
    // unchanged): at most 62 % of before.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'page height after checking').toBeLessThanOrEqual(Math.round(2705 * 0.62));

    // The rest is one keyboard step away: the explanation and every other cited sentence with its link.
    const more = details.locator('summary');
    const others = question.evidence.length - 1;
    expect(others, 'a timeline cites a sentence per event').toBeGreaterThan(1);
    await expect(more).toContainText(`Why, and ${others} more sentences from the article`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(feedback.getByText(question.explanation)).toBeVisible();
    await expect(feedback.getByRole('link', { name: /^Show in the article/ })).toHaveCount(
      question.evidence.length,
    );
    await expectNoAxeViolations(page);
  });
});
