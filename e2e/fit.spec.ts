import { networkInterfaces } from 'node:os';
import type { Locator } from '@playwright/test';
import { joinAddress } from '../lib/classroom/join-address';
import { defaultQuestions } from '../lib/quiz-engine/schema';
import { isChoiceQuestion } from '../lib/quiz-play/question-shape';
import { Dashboard, liveQuestionsOf, SLUG, Student, TeachHub } from './classroom-fixtures';
import { expect, expectNoAxeViolations, loadQuiz, seedLocalStorage, test } from './fixtures';
import { expectNoSidewaysScroll, expectOnScreen } from './geometry';

// Issue 13: every screen fits its device. These specs measure where things are on the screen
// (e2e/geometry.ts: boundingBox against the viewport), not only whether they exist.

const quiz = loadQuiz(SLUG);
/** The default quiz as print and present show it (stored order)… */
const asked = defaultQuestions(quiz);
/** …and as the quiz ranks it: its first five are the seed quiz's first five questions here. */
const byRank = [...asked].sort((a, b) => a.rank - b.rank);
const PHONE = { width: 360, height: 740 };

async function expectTouchTarget(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what}: not laid out`);
  expect(box.height, `${what}: height`).toBeGreaterThanOrEqual(44);
  expect(box.width, `${what}: width`).toBeGreaterThanOrEqual(44);
}

/** An attempt in progress, in rank order (a real attempt shuffles), as the attempt store keeps it. */
function seededAttempt(index: number) {
  return {
    state: {
      attempts: {
        [SLUG]: {
          id: 'fit-1',
          slug: SLUG,
          mode: 'practice',
          seed: 1,
          questionIds: byRank.map((question) => question.id),
          index,
          answers: {},
          startedAt: '2026-11-30T10:00:00.000Z',
        },
      },
    },
    version: 1,
  };
}

test.describe('on a 360×740 phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone profiles (Pixel 7, iPhone 13)');
  test.use({ viewport: PHONE });

  test('the header is one row of at most 64 px; Review and Progress are one tap away', async ({
    page,
  }) => {
    for (const path of [
      '/',
      `/articles/${SLUG}`,
      `/quiz/${SLUG}`,
      '/review',
      '/progress',
      '/teach',
      '/join',
    ]) {
      await page.goto(path);
      const header = page
        .locator('header')
        .filter({ has: page.getByRole('navigation', { name: 'Main' }) });
      const box = await header.boundingBox();
      expect(box?.height, `${path}: header height`).toBeLessThanOrEqual(64);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Cited', 'Review', 'Progress']) {
        const link = nav.getByRole('link', { name, exact: true });
        await expectOnScreen(page, link, `${path}: ${name}`);
        await expectTouchTarget(link, `${path}: ${name}`);
      }
      for (const name of ['Menu', 'Settings']) {
        const button = nav.getByRole('button', { name, exact: true });
        await expectOnScreen(page, button, `${path}: ${name}`);
        await expectTouchTarget(button, `${path}: ${name}`);
      }
      await expectNoSidewaysScroll(page, path);
    }
  });

  test('the menu is a disclosure: keyboard, Escape, focus and screen-reader state', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Teach', exact: true })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`[id="${await menu.getAttribute('aria-controls')}"]`);
    for (const name of ['Library', 'Quiz any article', 'Teach', 'Join a class']) {
      const link = panel.getByRole('link', { name, exact: true });
      await expectOnScreen(page, link, `menu: ${name}`);
      await expectTouchTarget(link, `menu: ${name}`);
    }
    await expect(panel.getByRole('link', { name: 'Library' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoAxeViolations(page);

    // Keyboard: Tab goes into the open menu, Escape closes it and gives focus back to its button.
    await menu.focus();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('link', { name: 'Library' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(panel).toBeHidden();

    // Enter opens it again; a link followed leaves the new page with the menu closed.
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await panel.getByRole('link', { name: 'Teach', exact: true }).click();
    await expect(page).toHaveURL(/\/teach$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();

    // Focus leaving the menu closes it.
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.locator('#main').focus();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('the first five questions: the last option and "Check answer" are on the first screen', async ({
    page,
    quiz: player,
  }) => {
    const firstFive = byRank.slice(0, 5);
    await seedLocalStorage(page, { 'cited:attempt': seededAttempt(0) });
    await player.goto(SLUG);
    for (const [index, question] of firstFive.entries()) {
      await expect(player.position()).toHaveText(`Question ${index + 1} of ${asked.length}`);
      expect((await player.currentQuestion(quiz)).id).toBe(question.id);
      const options = page.locator(`form[data-question-id="${question.id}"] fieldset li`);
      await expect(options).toHaveCount(isChoiceQuestion(question) ? question.choices.length : 0);
      await expectOnScreen(
        page,
        page.getByRole('heading', { level: 2 }).first(),
        `Q${index + 1} prompt`,
      );
      await expectOnScreen(page, player.submitButton(), `Q${index + 1} Check answer`);
      if (isChoiceQuestion(question)) {
        await expectOnScreen(page, options.last(), `Q${index + 1} last option`);
        // Options are readable: no smaller than the body text.
        const size = await options
          .last()
          .evaluate((element) =>
            parseFloat(
              getComputedStyle(element.querySelector('label > span:last-of-type') ?? element)
                .fontSize,
            ),
          );
        expect(size).toBeGreaterThanOrEqual(16);
        for (const option of await options.all())
          await expectTouchTarget(option, `Q${index + 1} option`);
      } else {
        // A typed answer: its field is the question's last control.
        const field = page.locator(`form[data-question-id="${question.id}"] input[type="text"]`);
        await expectOnScreen(page, field, `Q${index + 1} answer field`);
        await expectTouchTarget(field, `Q${index + 1} answer field`);
      }
      await expectNoSidewaysScroll(page, `question ${index + 1}`);
      await player.answerCurrent(quiz, index % 2 === 0);
      await player.nextButton().click();
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('the site header', () => {
  test('its links prefetch on intent (hover, focus), not on every page load', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'hover is a desktop gesture; phones prefetch on touch');
    // The header's own destinations that no link in the library's body leads to.
    const NAV = ['/teach', '/review', '/progress', '/join'];
    const prefetched: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['next-router-prefetch'])
        prefetched.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    // Links of the page itself still prefetch: proof that prefetching is on in this build.
    await expect.poll(() => prefetched.some((path) => path.startsWith('/quiz/'))).toBe(true);
    expect(prefetched.filter((path) => NAV.includes(path))).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Review', exact: true }).hover();
    await expect.poll(() => prefetched).toContain('/review');
    await nav.getByRole('link', { name: 'Join a class', exact: true }).focus();
    await expect.poll(() => prefetched).toContain('/join');
    expect(prefetched).not.toContain('/progress');
    expect(prefetched).not.toContain('/teach');
  });
});

test.describe('a round trip to the article', () => {
  test('"Back to your question" lands on the same question with its feedback in view', async ({
    page,
    quiz: player,
  }) => {
    await seedLocalStorage(page, { 'cited:attempt': seededAttempt(0) });
    await player.goto(SLUG);
    await player.answerCurrent(quiz, true);
    await player.nextButton().click();
    const second = await player.answerCurrent(quiz, false);
    await page
      .getByRole('link', { name: /^Show in the article/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?from=`));
    await page.getByRole('link', { name: '← Back to your question' }).click();

    await expect(page).toHaveURL(new RegExp(`/quiz/${SLUG}\\?q=1$`));
    await expect(player.position()).toHaveText(`Question 2 of ${asked.length}`);
    expect((await player.currentQuestion(quiz)).id).toBe(second.id);
    const verdict = player.feedbackHeading();
    await expect(verdict).toHaveText('Not quite');
    await expect(verdict).toBeFocused();
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { message: 'not the page top' })
      .toBeGreaterThan(0);
    await expectOnScreen(page, verdict, 'the verdict');
    await expectOnScreen(
      page,
      page.getByRole('link', { name: /^Show in the article/ }).first(),
      'its evidence link',
    );
  });

  test('every library article links to its quiz from the first screen', async ({ page }) => {
    await page.goto('/');
    const slugs = await page
      .getByRole('link', { name: 'Take the quiz' })
      .evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')?.replace('/quiz/', '') ?? ''),
      );
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      await page.goto(`/articles/${slug}`);
      const toQuiz = page.getByRole('link', { name: /^Take the quiz \(\d+ questions\)$/ }).first();
      await expect(toQuiz).toHaveAttribute('href', `/quiz/${slug}`);
      await expectOnScreen(page, toQuiz, `${slug}: quiz link`);
      await expectTouchTarget(toQuiz, `${slug}: quiz link`);
    }
  });
});

test.describe('no page scrolls sideways', () => {
  test('the learner’s and the teacher’s pages', async ({ page, quiz: player }) => {
    for (const path of [
      '/',
      `/articles/${SLUG}`,
      '/review',
      '/progress',
      '/create',
      '/teach',
      `/teach/${SLUG}`,
      '/join',
      `/teach/${SLUG}/present`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
    await player.goto(SLUG);
    await player.start('Practice');
    await player.answerCurrent(quiz, false);
    await expectNoSidewaysScroll(page, 'quiz feedback');
  });

  test('the live results table scrolls in its own region, the name column stays', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const teachHub = new TeachHub(page);
    const dashboard = new Dashboard(page);
    await teachHub.goto();
    const code = await teachHub.startLive('Student-paced');
    const live = liveQuestionsOf(SLUG);
    const student = await Student.open(browser, 'Maximiliana Wolfeschlegel', true);
    await student.join(code);
    for (const question of live.slice(0, 4))
      await student.answer(question, question.answer, 'student');
    await expect(dashboard.resultsRow('Maximiliana Wolfeschlegel')).toContainText('4/');
    await expectNoSidewaysScroll(page, 'the live dashboard');

    const region = page.getByRole('region', { name: 'Results table' });
    const regionBox = await region.boundingBox();
    const viewport = page.viewportSize();
    expect(regionBox!.x + regionBox!.width).toBeLessThanOrEqual(viewport!.width);
    const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
    if (overflow > 0) {
      // Scrolled to its far end, the student's name is still at the region's left edge.
      await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      const name = dashboard.resultsRow('Maximiliana Wolfeschlegel').getByRole('rowheader');
      const nameBox = await name.boundingBox();
      expect(Math.abs(nameBox!.x - regionBox!.x)).toBeLessThanOrEqual(2);
      await expectNoSidewaysScroll(page, 'the live dashboard, table scrolled');
    } else {
      expect(viewport!.width, 'a table this wide overflows only on narrow screens').toBeGreaterThan(
        1000,
      );
    }
    await expectNoAxeViolations(page);
    await student.close();
  });
});

test.describe('projector mode', () => {
  test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`${size.width}×${size.height}: every revealed answer and its proof are on the screen, no site chrome`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/teach/${SLUG}/present`);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      const heading = page.getByRole('heading', { level: 1 });
      const prompt = await heading.evaluate((element) =>
        parseFloat(getComputedStyle(element).fontSize),
      );
      // Type follows the screen: 5 % of its smaller side.
      expect(prompt).toBeGreaterThanOrEqual(Math.max(36, size.height * 0.05 - 1));
      for (const [index, question] of asked.entries()) {
        await expect(heading).toHaveText(question.prompt);
        await page.keyboard.press('Space');
        const answer = page.getByTestId('revealed-answer');
        await expectOnScreen(page, answer.getByText(/^✓ Answer:/), `Q${index + 1} answer`);
        for (const quote of await answer.locator('blockquote').all()) {
          await expectOnScreen(page, quote, `Q${index + 1} proving sentence`);
        }
        await expectOnScreen(
          page,
          page.getByRole('button', { name: 'Hide answer' }),
          `Q${index + 1} controls`,
        );
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await page.keyboard.press('ArrowRight');
      }
      await page.screenshot({ path: `/tmp/fit-present-${size.width}.png` });
    });
  }
});

test.describe('join links that work in a classroom', () => {
  test.skip(({ isMobile }) => isMobile, 'the teacher starts it from a laptop');

  test('opened on 127.0.0.1, the join link and QR code use this machine’s network address', async ({
    page,
  }) => {
    const teachHub = new TeachHub(page);
    await teachHub.goto();
    const code = await teachHub.startLive('Teacher-paced');
    const expected = joinAddress({
      publicUrl: undefined,
      requestOrigin: new URL(page.url()).origin,
      interfaces: Object.values(networkInterfaces()).flatMap((entries) => entries ?? []),
    });
    const link = page.getByRole('link', { name: /\/join\?code=/ });
    const href = await link.getAttribute('href');
    expect(href).toBe(`${expected.origin}/join?code=${code}`);
    await expect(page.getByRole('img', { name: `QR code for ${href}` })).toBeVisible();
    if (expected.source === 'network') {
      expect(new URL(href!).hostname).not.toMatch(/^(127\.|localhost$|\[::1\]$)/);
      await expect(page.getByTestId('join-hint')).toContainText('local network');
    } else {
      await expect(page.getByTestId('join-hint')).toContainText('Phones cannot open this address');
    }
    await expectNoAxeViolations(page);
  });
});
