import { articleInputFromSource } from '../lib/article-source';
import { quizFromArticle } from '../lib/quiz-engine';
import { myArticleSchema } from '../lib/my-articles/schema';
import { quizSchema, type Question, type Quiz } from '../lib/quiz-engine/schema';
import { MY_ARTICLES_KEY } from '../store/persist-config';
import { expect, seedLocalStorage, test } from './fixtures';

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

test.describe('timeline question', () => {
  test.beforeEach(async ({ page }) => {
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
  });

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
