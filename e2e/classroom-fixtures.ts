import { readFileSync } from 'node:fs';
import {
  devices,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from '@playwright/test';
import { liveQuestions, type LiveQuestion } from '../lib/classroom/live-questions';
import { chosenQuestions, type QuestionCount } from '../lib/classroom/question-count';
import { expect, loadQuiz, test as base } from './fixtures';

export const SLUG = 'korea-foreign-relations';

export type LiveKeyQuestion = LiveQuestion;

/**
 * The live questions of the committed quiz for a teacher's choice of how many (the default quiz unless
 * told), read at run time: the quiz is generated and may change, so the specs learn the prompts and keys
 * from it instead of hard-coding them.
 */
export function liveQuestionsOf(slug: string, count: QuestionCount = 'default'): LiveQuestion[] {
  return liveQuestions(chosenQuestions(loadQuiz(slug), count));
}

export function wrongChoice(question: LiveKeyQuestion): string {
  const wrong = question.choices.find((choice) => choice !== question.answer);
  if (!wrong) throw new Error(`question ${question.id} has no wrong choice`);
  return wrong;
}

export class TeachHub {
  constructor(private readonly page: Page) {}

  async goto(slug = SLUG) {
    await this.page.goto(`/teach/${slug}`);
  }

  /** How many questions print, present and live use, chosen as a teacher would: radio or number field. */
  async chooseCount(count: QuestionCount) {
    const choices = this.page.getByRole('group', { name: 'How many questions' });
    if (count === 'default') await choices.getByRole('radio', { name: /^Recommended/ }).check();
    else if (count === 'all') await choices.getByRole('radio', { name: /^All \d+/ }).check();
    else {
      await choices.getByRole('radio', { name: /^A number/ }).check();
      await choices.getByLabel(/^Number of questions/).fill(String(count));
    }
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Print, present and live use/ }),
    ).toBeVisible();
  }

  link(name: 'Print packet' | 'Present') {
    return this.page.getByRole('link', { name, exact: true });
  }

  /** Starts a session from the hub and returns its join code (read off the dashboard). */
  async startLive(mode: 'Teacher-paced' | 'Student-paced', options: { feedback?: boolean } = {}) {
    await this.page.getByRole('radio', { name: new RegExp(mode) }).check();
    if (options.feedback) {
      await this.page.getByRole('checkbox', { name: /whether they were right/ }).check();
    }
    await this.page.getByRole('button', { name: 'Start live session' }).click();
    await expect(this.page).toHaveURL(/\/teach\/[a-z0-9-]+\/live\/[A-Za-z0-9_-]+$/);
    const code = (await this.page.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    return code;
  }
}

export class Dashboard {
  constructor(readonly page: Page) {}

  joined(count: number) {
    return this.page.getByRole('heading', {
      name: `${count} ${count === 1 ? 'student' : 'students'} joined`,
    });
  }

  button(name: 'Start the first question' | 'Reveal answer' | 'Next question' | 'End session') {
    return this.page.getByRole('button', { name });
  }

  async end() {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.button('End session').click();
    await expect(this.page.getByText('This session has ended.')).toBeVisible();
  }

  /** Before the reveal the distribution is folded away (the page may be projected): unfold it. */
  async peek() {
    await this.page.getByRole('button', { name: 'Peek at the answers so far' }).click();
  }

  distribution(choice: string): Locator {
    return this.page
      .getByRole('list', { name: 'Answers so far' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(choice, { exact: true }) });
  }

  resultsRow(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Results table' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  percentRow(): Locator {
    return this.page
      .getByRole('region', { name: 'Results table' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: '% correct' }) });
  }

  paragraph(number: number): Locator {
    return this.page.getByRole('listitem', { name: `Paragraph ${number}`, exact: true });
  }

  async downloadCsv(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const file = await download.path();
    return { download, text: readFileSync(file, 'utf8') };
  }
}

/** A student's phone or laptop; its console errors fail the test like the test's own page's. */
export class Student {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly name: string,
  ) {}

  /** A student in a browser context of their own (a separate device); `phone` uses the Pixel 7 profile. */
  static async open(
    browser: Browser,
    name: string,
    phone = false,
    baseURL?: string,
  ): Promise<Student> {
    const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
    const context = await browser.newContext({
      ...(phone ? pixel : {}),
      ...(baseURL ? { baseURL } : {}),
    });
    return new Student(context, await context.newPage(), name);
  }

  async join(code: string, via: 'link' | 'typed' = 'link') {
    if (via === 'link') {
      await this.page.goto(`/join?code=${code}`);
    } else {
      await this.page.goto('/');
      // On a phone the link is behind the header's menu.
      const menu = this.page.getByRole('button', { name: 'Menu', exact: true });
      if (await menu.isVisible()) await menu.click();
      await this.page.getByRole('link', { name: 'Join a class' }).click();
      await this.page.getByLabel('Class code').fill(code.toLowerCase());
    }
    await this.page.getByLabel('Your name').fill(this.name);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.page).toHaveURL(new RegExp(`/live/${code}$`));
  }

  question(number: number, total: number): Locator {
    return this.page.getByRole('heading', { name: `Question ${number} of ${total}` });
  }

  /** Picks a choice and sends it; teacher-paced, waits for the server's acknowledgement on screen. */
  async answer(
    question: LiveKeyQuestion,
    choice: string,
    paced: 'teacher' | 'student' = 'teacher',
  ) {
    const letter = String.fromCharCode(65 + question.choices.indexOf(choice));
    await this.page.getByRole('radio', { name: `${letter}. ${choice}`, exact: true }).check();
    await this.page.getByRole('button', { name: 'Send answer' }).click();
    if (paced === 'teacher') {
      await expect(this.page.getByText(/Answer received|Right!|Not this time/)).toBeVisible();
    } else {
      await expect(this.page.getByRole('group', { name: question.prompt })).toHaveCount(0);
    }
  }

  /** The participant token this device stored when joining (to craft API calls like a tampered client). */
  async token(code: string): Promise<string> {
    const raw = await this.page.evaluate(
      (key) => window.localStorage.getItem(key),
      `cited:classroom:v1:${code}`,
    );
    return (JSON.parse(raw ?? '{}') as { token?: string }).token ?? '';
  }

  async close() {
    await this.context.close();
  }
}

export const test = base.extend<{ teachHub: TeachHub; dashboard: Dashboard }>({
  teachHub: async ({ page }, use) => use(new TeachHub(page)),
  dashboard: async ({ page }, use) => use(new Dashboard(page)),
});

export { expect };
