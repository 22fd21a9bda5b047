import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG, expect, test } from './classroom-fixtures';
import { expectNoAxeViolations } from './fixtures';

interface AnyQuestion {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  answer: string | string[];
  choices?: string[];
  evidence: { quote: string }[];
}

const quiz = JSON.parse(
  readFileSync(path.join(process.cwd(), 'content', 'quizzes', `${SLUG}.json`), 'utf8'),
) as { questions: AnyQuestion[]; article: { title: string } };

test.describe('teacher hub', () => {
  test('the library links to it, and it offers print, present and live', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/');
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: quiz.article.title }) })
      .getByRole('link', { name: 'Teach with this article' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/teach/${SLUG}$`));
    await expect(page.getByRole('link', { name: 'Print packet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start live session' })).toBeVisible();
    await expect(page.getByText(/questions are asked live/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('print packet', () => {
  test('prints the article, the questions without answers, and the key on its own page', async ({
    page,
    consoleErrors,
  }, testInfo) => {
    await page.goto(`/teach/${SLUG}/print`);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    const article = page.getByRole('region', { name: 'The article' });
    await expect(article).toContainText('¶1');
    await expect(page.getByText(/As of \d+ \w+ \d{4}/)).toBeVisible();
    await expect(page.getByText(/^Source: /)).toBeVisible();

    const questions = page.getByRole('region', { name: 'Questions' });
    const key = page.getByRole('region', { name: 'Answer key' });
    const questionsText = (await questions.textContent()) ?? '';
    const items = questions.getByRole('listitem').filter({ hasText: /^\d+\. / });
    await expect(items).toHaveCount(quiz.questions.length);
    for (const [index, question] of quiz.questions.entries()) {
      const itemText = (await items.nth(index).textContent()) ?? '';
      expect(itemText).toContain(question.prompt);
      expect(itemText).not.toContain(question.explanation);
      // A fill-in answer must not be printed with its question (unless the prompt itself holds it).
      if (question.type === 'fill-in' && typeof question.answer === 'string') {
        if (!question.prompt.includes(question.answer)) {
          expect(itemText).not.toContain(question.answer);
        }
      }
    }
    expect(questionsText).not.toMatch(/Answer key|also accept|, sentence \d+:/);
    await expect(key).toBeVisible();
    expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    const keyItems = key.getByRole('listitem').filter({ hasText: /^\d+\./ });
    await expect(keyItems).toHaveCount(quiz.questions.length);
    for (const question of quiz.questions) {
      const first = question.evidence[0];
      if (first) await expect(key).toContainText(first.quote);
    }
    await expect(key).toContainText(/¶\d+, sentence \d+: “/);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await testInfo.attach('packet.pdf', { body: pdf, contentType: 'application/pdf' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    // Student copies: without the key.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: /Print the answer key/ }).uncheck();
    await page.emulateMedia({ media: 'print' });
    await expect(key).toBeHidden();
    const studentCopy = await page.pdf({ format: 'A4' });
    expect(studentCopy.length).toBeLessThan(pdf.length);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('present mode', () => {
  test('shows one question at a time in large type, driven by the keyboard', async ({
    page,
    consoleErrors,
  }) => {
    const [first, second] = quiz.questions;
    if (!first || !second) throw new Error('the quiz needs two questions');
    const total = quiz.questions.length;
    await page.goto(`/teach/${SLUG}/present`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(first.prompt);
    await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
    expect(
      await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(36);
    await expect(page.getByText(/Space.*reveal/)).toBeVisible();
    await expectNoAxeViolations(page);

    await expect(page.getByText(first.explanation)).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByText(first.explanation)).toBeVisible();
    await expect(page.getByRole('link', { name: /Show in the article/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(second.prompt);
    await expect(page.getByText(second.explanation)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByText(second.explanation)).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(heading).toHaveText(first.prompt);
    await page.keyboard.press('PageDown');
    await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();

    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
