import type { Locator } from '@playwright/test';
import { QUESTION_KINDS } from '../lib/quiz-engine/kinds';
import { defaultQuestions, type Question } from '../lib/quiz-engine/schema';
import type { AnswerRecord } from '../lib/quiz-play/progress-schema';
import { explanationAddsToQuote, provingEvidence } from '../lib/quiz-play/feedback';
import { hasShape } from '../lib/quiz-play/question-shape';
import { breakdownByParagraph, paragraphsToReread } from '../lib/quiz-play/results';
import {
  expect,
  expectNoAxeViolations,
  loadQuiz,
  seedLocalStorage,
  shownEvidence,
  test,
} from './fixtures';

const SLUG = 'korea-foreign-relations';
const data = loadQuiz(SLUG);
/** The default quiz a learner plays: the best-ranked defaultCount of the bank. */
const asked = defaultQuestions(data);
const total = asked.length;
const types = new Set(asked.map((question) => question.type));

/** One answer to give (not an order or pairs): feedback quotes the sentence that proves it. */
const isSingleAnswer = (question: Question) =>
  !hasShape(question, 'order') && !hasShape(question, 'match');

test.describe('quiz player', () => {
  test('the committed default quiz mixes at least five types, with a typed and a matching question', () => {
    expect(types.size).toBeGreaterThanOrEqual(5);
    expect(types.has('fill-in')).toBe(true);
    expect(types.has('matching')).toBe(true);
  });

  test('the quiz a learner gets is the default quiz: defaultCount questions, all of them of it', async ({
    page,
    quiz,
  }) => {
    expect(total).toBe(data.defaultCount);
    await quiz.goto(SLUG);
    await expect(page.getByText(`${data.defaultCount} questions.`, { exact: false })).toBeVisible();
    await quiz.start('Test');
    const ids = new Set(asked.map((question) => question.id));
    for (let step = 1; step <= total; step++) {
      await expect(quiz.position()).toHaveText(`Question ${step} of ${data.defaultCount}`);
      const question = await quiz.currentQuestion(data);
      expect(ids.has(question.id)).toBe(true);
      ids.delete(question.id);
      await quiz.answer(question, true);
      await quiz.submitButton().click();
    }
    expect(ids.size).toBe(0);
    await expect(page.getByText(`${total} of ${total} right`)).toBeVisible();
  });

  for (const right of [true, false]) {
    test(`a full practice attempt answering every question ${right ? 'right' : 'wrong'}`, async ({
      page,
      quiz,
    }) => {
      test.slow();
      await quiz.goto(SLUG);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.article.title);
      await quiz.start('Practice');
      const seen = new Set<string>();
      for (let step = 1; step <= total; step++) {
        await expect(quiz.position()).toHaveText(`Question ${step} of ${total}`);
        if (step === 1) await expectNoAxeViolations(page);
        const question = await quiz.answerCurrent(data, right);
        seen.add(question.type);
        // Feedback, short: the verdict, one proving sentence with a link to it, and the explanation
        // only when it adds to that sentence; the rest is behind "More".
        const panel = page.getByRole('region', { name: right ? 'Correct' : 'Not quite' });
        const link = panel.getByRole('link', { name: /^Show in the article/ }).first();
        const evidence = await shownEvidence(question, link);
        if (isSingleAnswer(question)) expect(evidence).toEqual(provingEvidence(question));
        await expect(link).toHaveAttribute(
          'href',
          `/articles/${SLUG}?from=${encodeURIComponent(`/quiz/${SLUG}?q=${step - 1}`)}#${evidence.sentenceId}`,
        );
        await expect(panel.locator('blockquote').filter({ hasText: evidence.quote })).toBeVisible();
        const explanation = panel.getByText(question.explanation, { exact: true });
        if (explanationAddsToQuote(question, evidence)) await expect(explanation).toBeVisible();
        else await expect(explanation).toBeHidden();
        if (!right) {
          await expect(
            panel.getByText(/^(The answer|The right order|The right pairs):/),
          ).toBeVisible();
        }
        if (question.type === 'timeline') {
          await expect(page.getByText(/\d+ of \d+ events in the right place\./)).toBeVisible();
        }
        if (question.type === 'matching') {
          await expect(page.getByText(/\d+ of \d+ pairs right\./)).toBeVisible();
        }
        if (step === 1 || question.type === 'timeline' || question.type === 'matching') {
          await expectNoAxeViolations(page);
        }
        await quiz.nextButton().click();
      }
      expect(seen).toEqual(types);

      await expect(quiz.resultsHeading()).toBeFocused();
      await expect(page.getByText(`${right ? total : 0} of ${total} right`)).toBeVisible();
      // The tallies wait behind their disclosure; opened, each type and each ¶ is there.
      await page.getByText('Right answers by paragraph and by question type').click();
      const byType = page.getByRole('table');
      for (const label of [...types].map((type) => QUESTION_KINDS[type].label)) {
        await expect(byType.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
      }
      // Each ¶ the quiz asked about is a link to that paragraph of the article.
      const firstPassage = asked[0]!.evidence[0]!.passageId;
      const number = data.passages.find((passage) => passage.id === firstPassage)!.number;
      const paragraphLink = page
        .getByRole('list', { name: 'Right answers per paragraph' })
        .getByRole('link', { name: new RegExp(`^Paragraph ${number}: \\d+/\\d+ right$`) });
      await expect(paragraphLink).toHaveAttribute('href', new RegExp(`#${firstPassage}$`));
      expect((await paragraphLink.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      const reread = page.getByRole('list', { name: 'Worth rereading' }).getByRole('link');
      if (right) {
        await expect(
          page.getByText('Every paragraph the quiz asked about: all right.'),
        ).toBeVisible();
        await expect(reread).toHaveCount(0);
        await expect(page.getByRole('button', { name: /^Review missed/ })).toHaveCount(0);
      } else {
        // Every paragraph was missed: the results name only the three most worth rereading.
        await expect(reread).toHaveCount(3);
        await expect(reread.first()).toHaveAttribute('href', /#p-/);
        await expect(page.getByText(`The ${total} questions you missed`)).toBeVisible();
        await expect(page.getByRole('button', { name: `Review missed (${total})` })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }

  test('a blank answer is not submitted: it says what is missing', async ({ page, quiz }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    await quiz.submitButton().click();
    // Shown beside the button (and announced through the live region too).
    const problem = page.locator('#answer-problem');
    await expect(problem).toHaveText(
      /^(Choose an answer|Type an answer|Choose a position for each actor) first\.$/,
    );
    await expect(quiz.position()).toHaveText(`Question 1 of ${total}`);
  });

  test('evidence round trip: to the highlighted sentence and back to the same question, attempt intact', async ({
    page,
    quiz,
    article,
  }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    await quiz.answerCurrent(data, true);
    await quiz.nextButton().click();
    const question = await quiz.answerCurrent(data, false);
    const link = page.getByRole('link', { name: /^Show in the article/ }).first();
    const evidence = await shownEvidence(question, link);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?from=.+#${evidence.sentenceId}$`));
    const sentence = article.sentence(evidence.sentenceId);
    await expect(sentence).toHaveAttribute('data-highlighted', 'true');
    await expect(sentence).toBeFocused();
    await expect(sentence).toContainText(evidence.quote.slice(0, 40));

    await page.getByRole('link', { name: 'Back to your question' }).click();
    await expect(page).toHaveURL(new RegExp(`/quiz/${SLUG}\\?q=1$`));
    await expect(quiz.position()).toHaveText(`Question 2 of ${total}`);
    expect((await quiz.currentQuestion(data)).id).toBe(question.id);
    await expect(quiz.feedbackHeading()).toHaveText('Not quite');
    await expect(page.getByRole('progressbar', { name: 'Answered' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
  });

  test('a q parameter outside the current attempt is ignored', async ({ page, quiz }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    // The first answer starts the attempt.
    await quiz.answerCurrent(data, true);
    await quiz.goto(SLUG, `?q=${total - 1}`);
    await expect(quiz.position()).toHaveText(`Question 1 of ${total}`);
    await expect(page).toHaveURL(new RegExp(`\\?q=0$`));
  });

  test('reload mid-quiz resumes the same question in the same order', async ({ page, quiz }) => {
    await quiz.goto(SLUG);
    await quiz.start('Test');
    const first = await quiz.answerCurrent(data, true, { feedback: false });
    await quiz.answerCurrent(data, false, { feedback: false });
    const third = await quiz.currentQuestion(data);
    const optionsBefore = await page.getByRole('radio').allTextContents();
    await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);

    await page.reload();
    await expect(quiz.position()).toHaveText(`Question 3 of ${total}`);
    expect((await quiz.currentQuestion(data)).id).toBe(third.id);
    expect(await page.getByRole('radio').allTextContents()).toEqual(optionsBefore);
    expect(third.id).not.toBe(first.id);

    await page.goto('/');
    await expect(page.getByText(`In progress: 2 of ${total} answered`)).toBeVisible();
  });

  test('test mode: no feedback until the end, then results with the missed questions', async ({
    page,
    quiz,
  }) => {
    test.slow();
    await quiz.goto(SLUG);
    await quiz.start('Test');
    for (let step = 1; step <= total; step++) {
      await expect(page.getByRole('heading', { name: /^(Correct|Not quite)$/ })).toHaveCount(0);
      await quiz.answerCurrent(data, step % 2 === 1, { feedback: false });
    }
    await expect(quiz.resultsHeading()).toBeVisible();
    const right = Math.ceil(total / 2);
    await expect(page.getByText(`${right} of ${total} right`)).toBeVisible();

    // Review missed runs only those, with feedback.
    await page.getByRole('button', { name: `Review missed (${total - right})` }).click();
    await expect(quiz.position()).toHaveText(`Question 1 of ${total - right}`);
    await expect(page.getByText('Retrying missed questions')).toBeVisible();
    await quiz.answerCurrent(data, true);
  });

  test('fits a 360 px screen in question, feedback and results states', async ({ page, quiz }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await quiz.goto(SLUG);
    await quiz.start();
    for (let step = 1; step <= total; step++) {
      expect(await overflow()).toBeLessThanOrEqual(0);
      await quiz.answerCurrent(data, false);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await quiz.nextButton().click();
    }
    await expect(quiz.resultsHeading()).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test('on a 360×740 phone the results lead with the score and what to reread; the misses fold away', async ({
    page,
    quiz,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await quiz.goto(SLUG);
    await quiz.start('Test');
    const answers: Record<string, AnswerRecord> = {};
    for (let step = 1; step <= total; step++) {
      const right = step % 3 === 0;
      const question = await quiz.currentQuestion(data);
      await quiz.answer(question, right);
      // A learner who scrolled down through the last question still finds the results from their top.
      if (step === total) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await quiz.submitButton().click();
      answers[question.id] = { response: { kind: 'choice', value: '' }, correct: right, timeMs: 0 };
    }
    await expect(quiz.resultsHeading()).toBeFocused();
    const inFirstScreen = async (locator: Locator) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error('not laid out');
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    };
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const right = Math.floor(total / 3);
    await inFirstScreen(page.getByText(`${right} of ${total} right`));

    // The paragraphs most worth rereading (most misses, then the larger share missed, then article
    // order), each a link to its paragraph, all in the first screen.
    const expected = paragraphsToReread(breakdownByParagraph(asked, answers, data.passages));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const reread = page.getByRole('list', { name: 'Worth rereading' }).getByRole('link');
    await expect(reread).toHaveCount(expected.length);
    for (const [index, paragraph] of expected.entries()) {
      const link = reread.nth(index);
      await expect(link).toHaveAccessibleName(new RegExp(`^Paragraph ${paragraph.number}:`));
      await expect(link).toHaveAttribute(
        'href',
        `/articles/${SLUG}?from=${encodeURIComponent(`/quiz/${SLUG}`)}#${paragraph.passageId}`,
      );
      await inFirstScreen(link);
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }

    // The whole page was 16,400 px with every missed question's feedback open; with those folded it is
    // the lead, two closed disclosures and the footer: under three phone screens.
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeLessThanOrEqual(3 * 740);
    const missedCount = total - right;
    const missed = page.getByText(`The ${missedCount} questions you missed, with the answers`);
    const firstMissed = asked.find((question) => !answers[question.id]!.correct)!;
    await expect(page.getByText(firstMissed.prompt, { exact: true })).toBeHidden();

    // A native disclosure: opened and closed from the keyboard.
    await missed.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(firstMissed.prompt, { exact: true })).toBeVisible();
    expect(await height()).toBeGreaterThan(3 * 740);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page.getByText(firstMissed.prompt, { exact: true })).toBeHidden();
  });

  test('dark theme: question and feedback states pass axe too', async ({ page, quiz }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await quiz.goto(SLUG);
    await quiz.start();
    await expectNoAxeViolations(page);
    await quiz.answerCurrent(data, false);
    await expectNoAxeViolations(page);
  });

  test('the timer is off by default; turned on, it shows time spent and never ends a question', async ({
    page,
    quiz,
  }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    await expect(page.getByText(/^Time: \d+:\d\d$/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Show time spent while answering' }).check();
    await page.keyboard.press('Escape');
    const timer = page.getByText(/^Time: \d+:\d\d$/);
    await expect(timer).toBeVisible();
    await expect(timer).not.toHaveText('Time: 0:00', { timeout: 5000 });
    await expect(quiz.submitButton()).toBeEnabled();
  });

  test('read aloud is offered only where the browser can speak', async ({ page, quiz }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.reload();
    await expect(quiz.position()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  });

  test('start over asks first, then returns to the first question with focus on it', async ({
    page,
    quiz,
  }) => {
    await quiz.goto(SLUG);
    await quiz.start();
    await quiz.answerCurrent(data, true);
    await page.getByRole('button', { name: 'Start over…' }).click();
    await page.getByRole('button', { name: 'Keep going' }).click();
    await expect(quiz.feedbackHeading()).toHaveText('Correct');
    await page.getByRole('button', { name: 'Start over…' }).click();
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(quiz.position()).toHaveText(/^Question 1 of /);
    await expect(quiz.feedbackHeading()).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Mode' })).toBeVisible();
    await expect(page.locator('#question-heading')).toBeFocused();
  });

  test('an unknown quiz answers 404', async ({ page }) => {
    const response = await page.goto('/quiz/no-such-quiz');
    expect(response?.status()).toBe(404);
  });
});

test.describe('"I was right" on a typed answer', () => {
  const typed = asked.find((question) => question.type === 'fill-in')!;
  const choice = asked.find((question) => isSingleAnswer(question) && question.type !== 'fill-in')!;

  test('marked wrong, the learner counts it as right once; results and progress say it was counted by them', async ({
    page,
    quiz,
  }) => {
    // An attempt a version 1 build stored (before self-overrides): it still loads.
    await seedLocalStorage(page, {
      'cited:attempt': {
        version: 1,
        state: {
          attempts: {
            [SLUG]: {
              id: 'override-1',
              slug: SLUG,
              mode: 'practice',
              seed: 1,
              questionIds: [typed.id, choice.id],
              index: 0,
              answers: {},
              startedAt: '2026-12-01T10:00:00.000Z',
            },
          },
        },
      },
    });
    await quiz.goto(SLUG);
    expect((await quiz.currentQuestion(data)).id).toBe(typed.id);
    await page.getByLabel('Your answer').fill('the answer in other words');
    await quiz.submitButton().click();
    await expect(quiz.feedbackHeading()).toHaveText('Not quite');

    const count = page.getByRole('button', { name: 'I was right — count it' });
    await count.click();
    const panel = page.getByRole('region', { name: 'Counted by you' });
    await expect(panel).toContainText('marked wrong, and you counted it as right');
    await expect(panel).toContainText(`The answer: ${typed.answer}`);
    // The same button, so focus stays on it; it now undoes.
    const undo = page.getByRole('button', { name: 'Undo: count it as marked' });
    await expect(undo).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Counted as right, by you.' }),
    ).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Not quite' })).toBeVisible();
    await count.click();

    await quiz.nextButton().click();
    await quiz.answerCurrent(data, false);
    // Only a typed answer can be counted by the learner.
    await expect(page.getByRole('button', { name: /I was right/ })).toHaveCount(0);
    await quiz.nextButton().click();

    await expect(quiz.resultsHeading()).toBeFocused();
    await expect(page.getByText('1 of 2 right')).toBeVisible();
    await expect(page.getByText('Including 1 typed answer counted by you.')).toBeVisible();
    // Counted as right, it is not among the missed questions.
    const missed = page.getByRole('region', { name: 'Questions you missed' });
    await expect(missed.getByText(typed.prompt, { exact: true })).toHaveCount(0);

    await page.goto('/progress');
    await expect(page.getByText(/Best 50% · Last 50% · 1 answer counted by you/)).toBeVisible();
  });
});
