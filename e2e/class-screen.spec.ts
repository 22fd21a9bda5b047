import type { Page } from '@playwright/test';
import { optionLetter } from '../lib/classroom/slides';
import {
  Dashboard,
  SLUG,
  Student,
  TeachHub,
  expect,
  liveQuestionsOf,
  test,
  wrongChoice,
} from './classroom-fixtures';
import { expectNoAxeViolations } from './fixtures';
import { expectNoSidewaysScroll, expectNoSiteChrome, expectOnScreen } from './geometry';

// Issue 13: a live session's class screen for the projector, while the teacher controls the session
// from the dashboard. Geometry is measured against the viewport (e2e/geometry.ts).

const questions = liveQuestionsOf(SLUG);
const total = questions.length;

/**
 * From the teacher's hub: starts a teacher-paced session and opens its class screen the way a teacher
 * does, from the dashboard's link (a new window of the same browser, so it holds the teacher's cookie).
 */
async function openClassScreen(page: Page, size: { width: number; height: number }) {
  await new TeachHub(page).goto();
  const code = await new TeachHub(page).startLive('Teacher-paced');
  const link = page.getByRole('link', { name: 'Open class screen (opens in a new window)' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [screen] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await screen.setViewportSize(size);
  await expect(screen).toHaveURL(/\/teach\/[a-z0-9-]+\/live\/[A-Za-z0-9_-]+\/screen$/);
  return { code, screen, sessionId: new URL(page.url()).pathname.split('/').at(-1) ?? '' };
}

test.describe('the class screen of a live session', () => {
  test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`${size.width}×${size.height}: join slide, question without answers, then the key, the answers and the proof on one screen`, async ({
      page,
      browser,
      dashboard,
    }) => {
      test.setTimeout(180_000);
      const { code, screen } = await openClassScreen(page, size);
      await expectNoSiteChrome(screen);

      // Waiting: the join code, the QR code and the join link the dashboard shows.
      const joinHref = await page.getByRole('link', { name: /\/join\?code=/ }).getAttribute('href');
      await expect(screen.getByTestId('screen-join-code')).toHaveText(code);
      await expectOnScreen(screen, screen.getByTestId('screen-join-code'), 'the join code');
      const qr = screen.getByRole('img', { name: `QR code for ${joinHref}` });
      await expectOnScreen(screen, qr, 'the QR code');
      await expect(screen.getByRole('link', { name: joinHref ?? '' })).toBeVisible();
      await expectNoSidewaysScroll(screen, 'the join slide');
      await screen.screenshot({ path: `/tmp/class-screen-join-${size.width}.png` });
      await expectNoAxeViolations(screen);

      const ana = await Student.open(browser, 'Ana', true);
      await ana.join(code);
      await expect(screen.getByText('1 student joined.')).toBeVisible();

      await dashboard.button('Start the first question').click();
      for (const [index, question] of questions.entries()) {
        const heading = screen.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(question.prompt);
        await expect(screen.getByText(`Question ${index + 1} of ${total}`)).toBeVisible();
        if (index === 0) {
          // Type follows the screen: at least 4 % of its smaller side, however long the prompt.
          const prompt = await heading.evaluate((element) =>
            parseFloat(getComputedStyle(element).fontSize),
          );
          expect(prompt).toBeGreaterThanOrEqual(Math.max(28, size.height * 0.04 - 1));
          await expect(screen.getByTestId('answered-count')).toHaveText('0 of 1 answered');
          await ana.answer(question, wrongChoice(question));
          // A count, not who; and before the reveal, neither the key nor how the class split.
          await expect(screen.getByTestId('answered-count')).toHaveText('1 of 1 answered');
          await expect(screen.getByText('Ana')).toHaveCount(0);
        }
        const options = screen.getByRole('list', { name: 'Options' }).getByRole('listitem');
        await expect(options).toHaveCount(question.choices.length);
        await expect(options.first()).not.toContainText('(');
        await expect(screen.getByText('right answer')).toHaveCount(0);
        await expect(screen.getByTestId('revealed-answer')).toHaveCount(0);
        await expect(screen.getByText(question.explanation)).toHaveCount(0);
        await expectOnScreen(screen, options.last(), `Q${index + 1} last option`);

        await dashboard.button('Reveal answer').click();
        const answer = screen.getByTestId('revealed-answer');
        await expect(answer).toBeVisible();
        await expectOnScreen(screen, answer.getByText(/^✓ Answer:/), `Q${index + 1} answer`);
        await expect(answer).toContainText(question.explanation);
        const quotes = answer.locator('blockquote');
        await expect(quotes).toHaveCount(question.evidence.length);
        for (const quote of await quotes.all())
          await expectOnScreen(screen, quote, `Q${index + 1} proving sentence`);

        // The key marked in words (not colour alone) beside its letter, and how the class answered.
        const answers = screen.getByRole('list', { name: 'How the class answered' });
        const key = answers
          .getByRole('listitem')
          .filter({ hasText: `${optionLetter(question.choices.indexOf(question.answer))}. ` })
          .filter({ hasText: 'right answer' });
        await expect(key).toHaveCount(1);
        await expect(key).toContainText(question.answer);
        await expectOnScreen(screen, key, `Q${index + 1} key`);
        const last = answers.getByRole('listitem').last();
        await expectOnScreen(screen, last, `Q${index + 1} last option with its count`);
        if (index === 0) {
          await expect(key).toContainText('0 (0%)');
          await expect(
            answers
              .getByRole('listitem')
              .filter({ hasText: wrongChoice(question) })
              .first(),
          ).toContainText('1 (100%)');
          await expectNoAxeViolations(screen);
        }
        expect(await screen.evaluate(() => window.scrollY)).toBe(0);
        expect(
          await screen.locator('[data-projector]').evaluate((element) => element.scrollTop),
        ).toBe(0);
        await expectNoSidewaysScroll(screen, `Q${index + 1} revealed`);
        await expectNoSiteChrome(screen);

        if (index + 1 < total) await dashboard.button('Next question').click();
      }
      await screen.screenshot({ path: `/tmp/class-screen-${size.width}.png` });

      await dashboard.end();
      await expect(screen.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
      await ana.close();
    });
  }

  test('the dashboard keeps the answers so far folded until the reveal, one question at a time', async ({
    page,
    browser,
    teachHub,
    dashboard,
  }) => {
    const [first, second] = questions;
    if (!first || !second) throw new Error('the quiz needs two live questions');
    await teachHub.goto();
    const code = await teachHub.startLive('Teacher-paced');
    const ana = await Student.open(browser, 'Ana');
    await ana.join(code);
    await dashboard.button('Start the first question').click();
    await ana.answer(first, first.answer);
    await expect(page.getByText('1 of 1 answered')).toBeVisible();
    const soFar = page.getByRole('list', { name: 'Answers so far' });
    await expect(soFar).toBeHidden();
    const peek = page.getByRole('button', { name: 'Peek at the answers so far' });
    await expect(peek).toHaveAttribute('aria-expanded', 'false');
    await peek.click();
    await expect(dashboard.distribution(first.answer)).toContainText('1 (100%)');
    await expect(page.getByRole('button', { name: 'Hide the answers so far' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByText('✓ correct answer')).toHaveCount(0);
    await dashboard.button('Reveal answer').click();
    await expect(page.getByText('✓ correct answer')).toBeVisible();
    await dashboard.button('Next question').click();
    await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
    // A peek lasts one question: the next starts folded again.
    await expect(soFar).toBeHidden();
    await expect(peek).toHaveAttribute('aria-expanded', 'false');
    await ana.close();
  });

  test('a student or a stranger never gets the class screen, nor the key through it', async ({
    page,
    browser,
  }) => {
    const [first] = questions;
    if (!first) throw new Error('the quiz needs a live question');
    const { code, screen, sessionId } = await openClassScreen(page, { width: 1280, height: 720 });
    const screenUrl = screen.url();
    const ana = await Student.open(browser, 'Ana');
    await ana.join(code);
    const teacherViews: string[] = [];
    screen.on('response', async (response) => {
      if (response.url().endsWith(`/api/sessions/${sessionId}/screen`))
        teacherViews.push(await response.text());
    });
    await new Dashboard(page).button('Start the first question').click();
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText(first.prompt);

    // Even in the teacher's browser, the screen's page and data carry no key before the reveal.
    const html = await screen.content();
    expect(html).not.toContain(first.explanation);
    expect(html).not.toContain(first.evidence[0]?.quote ?? '');
    expect(teacherViews.length).toBeGreaterThan(0);
    for (const text of teacherViews) {
      expect(text).not.toContain('"answer"');
      expect(text).not.toContain('"evidence"');
      expect(text).not.toContain(first.explanation);
    }

    // A student's device (it holds a participant token, not the teacher's cookie) and a stranger.
    const stranger = await browser.newContext();
    for (const [who, context] of [
      ['student', ana.context],
      ['stranger', stranger],
    ] as const) {
      const visitor = await context.newPage();
      await visitor.goto(screenUrl);
      await expect(
        visitor.getByRole('heading', {
          name: 'Only the teacher who started this session can open its class screen',
        }),
        who,
      ).toBeVisible();
      const text = await visitor.content();
      expect(text, who).not.toContain(first.prompt);
      expect(text, who).not.toContain(first.explanation);
      const api = await context.request.get(`/api/sessions/${sessionId}/screen`, {
        headers: { 'x-participant-token': await ana.token(code) },
      });
      expect(api.status(), who).toBe(401);
      expect(await api.text(), who).not.toContain(first.prompt);
      const events = await context.request.get(`/api/sessions/${sessionId}/events`);
      expect(events.status(), who).toBe(401);
      await visitor.close();
    }
    await stranger.close();
    await ana.close();
  });
});
