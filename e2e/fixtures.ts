import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from '@playwright/test';
import { quizSchema, type Evidence, type Question, type Quiz } from '../lib/quiz-engine/schema';

/** Runs axe with the WCAG 2.1 A/AA rules and fails with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** The cited sentence a "Show in the article" link leads to. */
export async function shownEvidence(question: Question, link: Locator): Promise<Evidence> {
  const href = (await link.getAttribute('href')) ?? '';
  const evidence = question.evidence.find((cited) => href.endsWith(`#${cited.sentenceId}`));
  if (!evidence) throw new Error(`${href} leads to none of ${question.id}'s cited sentences`);
  return evidence;
}

class LibraryPage {
  constructor(private readonly page: Page) {}
  async goto() {
    await this.page.goto('/');
  }
  articleLink(title: string) {
    return this.page.getByRole('link', { name: title, exact: true });
  }
}

class ArticlePage {
  constructor(private readonly page: Page) {}
  async goto(slug: string, hash = '', search = '') {
    await this.page.goto(`/articles/${slug}${search}${hash ? `#${hash}` : ''}`);
  }
  paragraph(number: number) {
    return this.page.getByRole('region', { name: `Paragraph ${number}`, exact: true });
  }
  sentence(id: string) {
    return this.page.locator(`[id="${id}"]`);
  }
}

/**
 * Puts values into the browser's localStorage before the app's first script runs, once per tab (a reload
 * keeps what the app wrote since), as a browser that saved them earlier would hold them.
 */
export async function seedLocalStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (entries) => {
      if (sessionStorage.getItem('cited-e2e:seeded')) return;
      sessionStorage.setItem('cited-e2e:seeded', '1');
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    },
    Object.fromEntries(Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)])),
  );
}

/**
 * A stored review of one question missed at `at` and due then, as the progress store keeps it (an FSRS
 * card after one lapse).
 */
export function dueReview(at: string) {
  return {
    history: [{ at, correct: false }],
    card: {
      due: at,
      stability: 0.3,
      difficulty: 7,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: at,
    },
  };
}

/** The committed quiz, read and validated at run time: specs never hard-code its questions. */
export function loadQuiz(slug: string): Quiz {
  const file = path.join(process.cwd(), 'content', 'quizzes', `${slug}.json`);
  return quizSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The quiz player, driven as a learner would: by labels, roles and buttons. */
export class QuizPage {
  constructor(readonly page: Page) {}

  async goto(slug: string, search = '') {
    await this.page.goto(`/quiz/${slug}${search}`);
  }

  /**
   * The page opens on its first question; the first answer starts the attempt in the mode picked under
   * it. The answer button is enabled once saved progress has loaded.
   */
  async start(mode: 'Practice' | 'Test' = 'Practice') {
    await expect(this.submitButton()).toBeEnabled();
    await this.page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    // The choice sits under the question: back up to the question, as a learner scrolls back.
    await this.page.evaluate(() => window.scrollTo({ top: 0 }));
    await expect(this.position()).toBeVisible();
  }

  /** "Question 3 of 13". */
  position() {
    return this.page.getByText(/^Question \d+ of \d+$/);
  }

  /** Which question is on screen (the form carries its stable id). */
  async currentQuestion(quiz: Quiz): Promise<Question> {
    // Until saved progress has loaded, the page shows its opening question with the answer button
    // disabled; once it is enabled, the question on screen is the attempt's.
    const form = this.page.locator('form[data-question-id]');
    await expect(form.locator('button[type="submit"]')).toBeEnabled();
    const id = await form.getAttribute('data-question-id');
    const question = quiz.questions.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`question ${id} is not in the quiz`);
    return question;
  }

  submitButton() {
    return this.page.getByRole('button', {
      name: /^(Check answer|Submit answer|Submit and see results)$/,
    });
  }

  nextButton() {
    return this.page.getByRole('button', { name: /^(Next question|See your results)$/ });
  }

  feedbackHeading() {
    return this.page.getByRole('heading', { name: /^(Correct|Not quite)$/ }).first();
  }

  resultsHeading() {
    return this.page.getByRole('heading', { level: 2, name: 'Your results' });
  }

  /** Gives the right or a wrong answer to `question` with the controls of its type (not yet submitted). */
  async answer(question: Question, right: boolean) {
    const page = this.page;
    switch (question.type) {
      case 'fill-in':
        await page.getByLabel('Your answer').fill(right ? question.answer : 'Zanzibar 1066');
        return;
      case 'timeline': {
        // The start order is never the solved one, so leaving it is a wrong answer.
        if (!right) return;
        for (let target = 0; target < question.answer.length; target++) {
          const item = question.answer[target] as string;
          const rows = await page.locator('[data-timeline-row]').allTextContents();
          let at = rows.findIndex((row) => row.includes(item));
          while (at > target) {
            await page.getByRole('button', { name: `Move “${item}” up`, exact: true }).click();
            at--;
          }
        }
        return;
      }
      case 'matching':
        for (const [index, item] of question.items.entries()) {
          const rightChoice = question.answer[index] as string;
          const choice =
            right || index > 0
              ? rightChoice
              : (question.choices.find((candidate) => candidate !== rightChoice) as string);
          await page.getByLabel(item, { exact: true }).selectOption(choice);
        }
        return;
      default: {
        const choice = right
          ? question.answer
          : (question.choices.find((candidate) => candidate !== question.answer) as string);
        await page.getByRole('radio', { name: choice, exact: true }).check();
      }
    }
  }

  /** Answers, submits and (in practice) checks the verdict; returns the question answered. */
  async answerCurrent(quiz: Quiz, right: boolean, options: { feedback?: boolean } = {}) {
    const question = await this.currentQuestion(quiz);
    await this.answer(question, right);
    await this.submitButton().click();
    if (options.feedback ?? true) {
      await expect(this.feedbackHeading()).toHaveText(right ? 'Correct' : 'Not quite');
    }
    return question;
  }
}

/**
 * The browser's own line about a request the app makes and handles: an API refusal it shows the user (a
 * wrong code's 404, a removed student's 403, a limit's 429, a 503 it retries), an API request that found
 * no server while one restarts, or a page the test opened that is the app's not-found page. A 500, a failed
 * script or style, a CSP violation or any error the app logs is never one of these.
 */
function isHandledTraffic(message: ConsoleMessage): boolean {
  const text = message.text();
  const url = message.location().url;
  const aboutApi = (value: string) => /^https?:\/\/[^/]+\/api\//.test(value);
  const status = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(
    text,
  );
  if (status?.[1] === '404' && url === message.page()?.url()) return true;
  if (status) return aboutApi(url) && status[1] !== '500';
  if (/^Failed to load resource: net::ERR_/.test(text)) return aboutApi(url);
  return false;
}

/** Collects console errors and uncaught page errors of every page of a context, as `where: what`. */
function watchContext(context: BrowserContext, into: string[]): void {
  context.on('console', (message) => {
    if (message.type() === 'error' && !isHandledTraffic(message)) {
      into.push(`${message.page()?.url() ?? '?'}: ${message.text()} [${message.location().url}]`);
    }
  });
  context.on('weberror', (error) =>
    into.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`),
  );
}

interface Fixtures {
  /**
   * Console errors and uncaught page errors seen during the test, in every browser context it uses (the
   * test's own and any it opens, such as a student's phone). The test fails if there is any.
   */
  consoleErrors: string[];
  library: LibraryPage;
  article: ArticlePage;
  quiz: QuizPage;
}

/** Makes every context `browser.newContext` opens during the test report its errors too. */
function watchNewContexts(browser: Browser, into: string[]): () => void {
  const original = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await original(...args);
    watchContext(context, into);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ context, browser }, use, testInfo) => {
      const errors: string[] = [];
      watchContext(context, errors);
      const restore = watchNewContexts(browser, errors);
      try {
        await use(errors);
      } finally {
        restore();
      }
      // Checked after the test, for every test: no spec can forget it.
      if (testInfo.status === testInfo.expectedStatus) {
        expect(errors, 'console errors and page errors during the test').toEqual([]);
      }
    },
    { auto: true },
  ],
  library: async ({ page }, use) => use(new LibraryPage(page)),
  article: async ({ page }, use) => use(new ArticlePage(page)),
  quiz: async ({ page }, use) => use(new QuizPage(page)),
});

export { expect };
