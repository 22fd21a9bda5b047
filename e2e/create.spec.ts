import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { quizSchema, type Quiz } from '../lib/quiz-engine/schema';
import { expect, expectNoAxeViolations, shownEvidence, test } from './fixtures';

// A real article from the shared corpus when it is there; otherwise a real-shaped one written here.
const CORPUS = path.join(process.cwd(), '..', 'shared', 'corpus', 'Senate_of_Pakistan.txt');
const FALLBACK = `Senate of Pakistan

The Senate of Pakistan is the upper legislative chamber of the bicameral legislature of Pakistan, and together with the National Assembly makes up the Parliament of Pakistan.

First convened in 1973, the Senate's composition and powers are established by Article 59 of the Constitution of Pakistan. Each of the four provinces is represented by fourteen senators, who serve staggered six-year terms.

After independence, the first Constituent Assembly of Pakistan was elected in December 1947 and was assigned the task of framing the Constitution. The Assembly passed the Objectives Resolution on 12 March 1949.

Before it could finish its task, the Assembly was dissolved in October 1954 by Governor General Ghulam Muhammad. The Second Constituent Assembly then framed the constitution of 1956, which provided for a unicameral legislature.

Zulfikar Ali Bhutto, who led the Pakistan Peoples Party, said that a second chamber would give the smaller provinces an equal voice. The 1973 Constitution created the Senate with 45 members.

Elections are held every three years for one half of the Senate, and the Constitution does not allow for the dissolution of the Senate. The Chairman of the Senate acts as President of Pakistan when the office falls vacant.`;
const ARTICLE = existsSync(CORPUS) ? readFileSync(CORPUS, 'utf8') : FALLBACK;
const TITLE = 'Senate of Pakistan';
// Long enough that generating takes several seconds (about 2 s per copy of this article here), so there
// is time to cancel.
const LONG_CORPUS = path.join(process.cwd(), '..', 'shared', 'corpus', 'United_Kingdom.txt');
const LONG_ONE = existsSync(LONG_CORPUS) ? readFileSync(LONG_CORPUS, 'utf8') : ARTICLE;
const LONG = Array.from({ length: existsSync(LONG_CORPUS) ? 3 : 60 }, (_, i) =>
  LONG_ONE.replace(/\bthe\b/, `the (copy ${i + 1})`),
).join('\n\n');

const FRENCH = `Le Sénat est la chambre haute du Parlement français. Il est élu au suffrage universel indirect par les grands électeurs.

Le président du Sénat assure l'intérim de la présidence de la République en cas de vacance du pouvoir. Les sénateurs sont élus pour six ans.`;

// Written as a teacher would paste it from a notes app: a "* " list after its lead-in, a Markdown
// heading, a block quote.
const STRUCTURED = `Senate reform bill passes first vote

The Senate of Pakistan approved the electoral reform bill on 12 March 2024, after a debate that lasted three days. Senator Farooq Naek, who chaired the committee, said the bill would make elections fairer and cheaper to run.

The bill makes four main changes:
* Voters will be able to check their polling station by text message.
* The Election Commission of Pakistan will publish results within 24 hours.
* Candidates must declare their assets to the commission before nomination.
* Overseas Pakistanis will vote at embassies in 2028 for the first time.

## Reactions

Opposition leader Shibli Faraz criticised the timetable. He said the government had given the opposition only two days to read the final text.

> We support fair elections, but this bill was rushed through without proper scrutiny.

The National Assembly is expected to vote on the bill in April. If it passes, President Asif Ali Zardari must sign it within ten days.`;
const ITEMS = [
  'Voters will be able to check their polling station by text message.',
  'The Election Commission of Pakistan will publish results within 24 hours.',
  'Candidates must declare their assets to the commission before nomination.',
  'Overseas Pakistanis will vote at embassies in 2028 for the first time.',
];

class CreatePage {
  constructor(private readonly page: Page) {}
  async goto() {
    await this.page.goto('/create');
  }
  text() {
    return this.page.getByLabel('Article text');
  }
  file() {
    return this.page.getByLabel(/^Or choose a file/);
  }
  generate() {
    return this.page.getByRole('button', { name: 'Generate quiz' });
  }
  /** The saved quiz, read back from this browser's storage and validated. */
  async savedQuiz(id: string): Promise<Quiz> {
    const raw = await this.page.evaluate(() => localStorage.getItem('cited:my-articles'));
    const stored = JSON.parse(raw ?? 'null') as {
      state: { articles: Record<string, { quiz: unknown }> };
    };
    return quizSchema.parse(stored.state.articles[id]?.quiz);
  }
}

const test2 = test.extend<{ create: CreatePage }>({
  create: async ({ page }, use) => use(new CreatePage(page)),
});

test2.describe('quiz any article', () => {
  test2(
    'paste, generate, answer, see the evidence in the article, and keep it after a reload',
    async ({ page, create, quiz }, testInfo) => {
      test2.slow();
      await create.goto();
      await expect(page.getByRole('heading', { level: 1, name: 'Quiz any article' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByLabel(/^Publisher/).fill('Wikipedia');
      await create.text().fill(ARTICLE);
      const startedAt = Date.now();
      await create.generate().click();
      await expect(page).toHaveURL(/\/mine\/my-[0-9a-z]{7}\/quiz$/, { timeout: 60_000 });
      testInfo.annotations.push({
        type: 'generation',
        description: `${Date.now() - startedAt} ms from "Generate quiz" to the quiz page`,
      });
      const id = /\/mine\/(my-[0-9a-z]{7})\/quiz/.exec(page.url())![1]!;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      const data = await create.savedQuiz(id);
      expect(data.article.slug).toBe(id);
      expect(data.questions.length).toBeGreaterThan(3);

      await quiz.start('Practice');
      await expectNoAxeViolations(page);
      const question = await quiz.answerCurrent(data, true);
      const link = page.getByRole('link', { name: /^Show in the article/ }).first();
      const evidence = await shownEvidence(question, link);
      await expect(link).toHaveAttribute(
        'href',
        `/mine/${id}?from=${encodeURIComponent(`/mine/${id}/quiz?q=0`)}#${evidence.sentenceId}`,
      );
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/mine/${id}\\?from=.*#${evidence.sentenceId}$`));
      const sentence = page.locator(`[id="${evidence.sentenceId}"]`);
      await expect(sentence).toHaveAttribute('data-highlighted', 'true');
      await expect(sentence).toBeFocused();
      await expect(sentence).toContainText(evidence.quote.slice(0, 40));
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: '← Back to your question' }).click();
      await expect(page).toHaveURL(new RegExp(`/mine/${id}/quiz\\?q=0$`));
      await expect(quiz.position()).toHaveText(`Question 1 of ${data.defaultCount}`);
      await expect(quiz.feedbackHeading()).toHaveText('Correct');

      // The library lists it, and a reload keeps it: it is saved in this browser.
      await page.goto('/');
      const mine = page.getByRole('list', { name: 'Your articles' });
      await expect(mine.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
      await page.reload();
      await expect(mine.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
      await expectNoAxeViolations(page);

      // Adding the same text again replaces it rather than listing it twice.
      await create.goto();
      await create.text().fill(ARTICLE);
      await create.generate().click();
      // The attempt begun above is still in progress, so the player resumes it.
      await expect(page).toHaveURL(new RegExp(`/mine/${id}/quiz\\?q=0$`), { timeout: 60_000 });
      await page.goto('/');
      await expect(mine.getByRole('listitem')).toHaveCount(1);

      await mine.getByRole('button', { name: `Delete ${TITLE}…` }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      await expect(page.getByRole('list', { name: 'Your articles' })).toHaveCount(0);
      await page.reload();
      await expect(page.getByText(/^None yet\./)).toBeVisible();
      await page.goto(`/mine/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found in this browser');
    },
  );

  test2(
    'bad input gets a one-line reason beside its field and loses nothing',
    async ({ page, create }) => {
      await create.goto();
      await page.getByLabel(/^Title/).fill('Le Sénat');
      await create.generate().click();
      await expect(
        page.getByText('The text box is empty: paste the article’s text first.', { exact: true }),
      ).toBeVisible();
      await expect(create.text()).toBeFocused();
      await expect(create.text()).toHaveAccessibleDescription(/The text box is empty/);

      await create.text().fill(FRENCH);
      await create.generate().click();
      const notEnglish = page.getByText(
        /^The text does not look like English \(\d+% common English words/,
      );
      await expect(notEnglish).toBeVisible({ timeout: 30_000 });
      await expect(create.text()).toHaveAccessibleDescription(/does not look like English/);
      await expect(create.text()).toHaveValue(FRENCH);
      await expect(page.getByLabel(/^Title/)).toHaveValue('Le Sénat');
      await expectNoAxeViolations(page);

      await create.file().setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x41, 0x42,
        ]),
      });
      await expect(page.getByText(/^Chosen: photo\.txt/)).toBeVisible();
      await create.generate().click();
      await expect(
        page.getByText('The file is binary (it contains NUL bytes), not text.', { exact: true }),
      ).toBeVisible({
        timeout: 30_000,
      });
      await expect(create.file()).toHaveAccessibleDescription(/The file is binary/);
      await page.getByRole('button', { name: 'Use the text box instead' }).click();
      await expect(create.text()).toHaveValue(FRENCH);
      await expect(page).toHaveURL('/create');
    },
  );

  test2(
    'when storage is full the quiz still plays in this tab, and the form says it was not saved',
    async ({ page, create, quiz }) => {
      await page.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (key === 'cited:my-articles') throw new DOMException('full', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      });
      await create.goto();
      await create.text().fill(ARTICLE);
      await create.generate().click();
      await expect(page.getByText(/could not be saved in this browser/).first()).toBeVisible({
        timeout: 60_000,
      });
      await expect(page).toHaveURL('/create');
      await page.getByRole('link', { name: 'Take the quiz' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
      await quiz.start('Practice');
      await expect(quiz.position()).toHaveText(/^Question 1 of \d+$/);
    },
  );

  test2(
    'a pasted bullet list, heading and quote are set as such, and the quiz asks about the items',
    async ({ page, create }) => {
      test2.slow();
      await create.goto();
      await create.text().fill(STRUCTURED);
      await create.generate().click();
      await expect(page).toHaveURL(/\/mine\/my-[0-9a-z]{7}\/quiz$/, { timeout: 60_000 });
      const id = /\/mine\/(my-[0-9a-z]{7})\/quiz/.exec(page.url())![1]!;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Senate reform bill passes first vote',
      );
      const data = await create.savedQuiz(id);
      expect(data.questions.length).toBeGreaterThan(3);
      const items = data.passages.filter((passage) => passage.form === 'bullet');
      expect(items.map((item) => item.text)).toEqual(ITEMS);
      const fromItem = data.questions.find((question) =>
        question.evidence.some((evidence) => items.some((item) => item.id === evidence.passageId)),
      );
      expect(fromItem, 'a question proven by a list item').toBeDefined();

      await page.goto(`/mine/${id}`);
      const body = page.getByRole('article');
      const list = body.getByRole('list');
      await expect(list).toHaveCount(1);
      await expect(list.getByRole('listitem')).toHaveText(ITEMS.map((item) => new RegExp(item)));
      await expect(body.getByRole('heading', { level: 2, name: 'Reactions' })).toBeVisible();
      await expect(body.locator('blockquote')).toContainText('We support fair elections');
      await expect(body).not.toContainText('* ');
      await expectNoAxeViolations(page);

      // Each item keeps its ¶ number in the gutter, on screen and left of the item's text.
      const viewport = page.viewportSize()!;
      for (const item of items) {
        const row = page.locator(`[id="${item.id}"]`);
        const number = await row.getByText(`¶${item.number}`, { exact: true }).boundingBox();
        const text = await row.locator('.sentence').first().boundingBox();
        expect(number!.x).toBeGreaterThanOrEqual(0);
        expect(number!.x + number!.width).toBeLessThanOrEqual(text!.x);
        expect(text!.x + text!.width).toBeLessThanOrEqual(viewport.width);
      }

      // A question's evidence in a list item lands on that item's sentence.
      const evidence = fromItem!.evidence[0]!;
      await page.goto(
        `/mine/${id}?from=${encodeURIComponent(`/mine/${id}/quiz?q=0`)}#${evidence.sentenceId}`,
      );
      const sentence = list.locator(`[id="${evidence.sentenceId}"]`);
      await expect(sentence).toHaveAttribute('data-highlighted', 'true');
      await expect(sentence).toHaveText(evidence.quote);
    },
  );

  test2('a long generation can be cancelled, and nothing is saved', async ({ page, create }) => {
    await create.goto();
    await create.text().fill(LONG);
    await create.generate().click();
    await expect(page.getByText(/^Generating the quiz in your browser/)).toBeVisible();
    await expect(create.generate()).toBeDisabled();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled. Nothing was saved.', { exact: true })).toBeVisible();
    await expect(create.generate()).toBeEnabled();
    await expect(create.text()).toHaveValue(LONG);
    await page.goto('/');
    await expect(page.getByText(/^None yet\./)).toBeVisible();
  });

  test2('an id this browser does not have says so and links to /create', async ({ page }) => {
    await page.goto('/mine/my-0000000/quiz');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found in this browser');
    await expect(page.getByRole('link', { name: 'Quiz an article' })).toHaveAttribute(
      'href',
      '/create',
    );
    await expectNoAxeViolations(page);
  });
});
