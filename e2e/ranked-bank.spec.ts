import v1 from '../store/fixtures/my-articles.v1.json';
import v2 from '../store/fixtures/my-articles.v2.json';
import { defaultQuestions, quizSchema } from '../lib/quiz-engine/schema';
import { dueReview, expect, expectNoAxeViolations, seedLocalStorage, test } from './fixtures';

/**
 * Quizzes saved in this browser by an earlier version of the app (the frozen store fixtures): a v2
 * ranked bank of nine whose default quiz is five, and a v1 quiz of four that must still play.
 */
const [id, savedV2] = Object.entries(v2.state.articles)[0]!;
const bank = quizSchema.parse(savedV2.quiz);
const asked = defaultQuestions(bank);
const quizPath = `/mine/${id}/quiz`;

test.describe('a ranked bank saved in this browser', () => {
  test('the player asks its default quiz, new question types included, and labels them', async ({
    page,
    quiz,
  }) => {
    expect(asked.length).toBeLessThan(bank.questions.length);
    await seedLocalStorage(page, { 'cited:my-articles': v2 });
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Your articles' })).toContainText(
      `${bank.defaultCount} questions`,
    );
    await page.goto(`/mine/${id}`);
    await page
      .getByRole('link', { name: `Take the quiz (${bank.defaultCount} questions)` })
      .click();
    await expect(page).toHaveURL(new RegExp(`${quizPath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(savedV2.title);
    await expect(page.getByText(`${bank.defaultCount} questions.`, { exact: false })).toBeVisible();
    await quiz.start('Practice');
    const seen: string[] = [];
    for (let step = 1; step <= asked.length; step++) {
      await expect(quiz.position()).toHaveText(`Question ${step} of ${bank.defaultCount}`);
      const question = await quiz.answerCurrent(bank, true);
      seen.push(question.id);
      if (step === 1) await expectNoAxeViolations(page);
      await quiz.nextButton().click();
    }
    expect(seen.sort()).toEqual(asked.map((question) => question.id).sort());
    await expect(page.getByText(`${asked.length} of ${asked.length} right`)).toBeVisible();
    // The tallies wait behind their disclosure on the results.
    await page.getByText('Right answers by paragraph and by question type').click();
    const byType = page.getByRole('table');
    for (const label of ['Which', 'When', 'How many', 'Why', 'True or false']) {
      await expect(byType.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(byType.getByRole('rowheader', { name: 'Where', exact: true })).toHaveCount(0);
  });

  test('review finds a due question by id even when it is not in the default quiz', async ({
    page,
    quiz,
  }) => {
    const outside = bank.questions.find((question) => question.rank > bank.defaultCount)!;
    const past = new Date(Date.now() - 3_600_000).toISOString();
    await seedLocalStorage(page, {
      'cited:my-articles': v2,
      'cited:progress': {
        state: {
          quizzes: {
            [id]: {
              attempts: [],
              questions: { [outside.id]: dueReview(past) },
            },
          },
        },
        version: 1,
      },
    });
    await page.goto(quizPath);
    await page.getByRole('button', { name: 'Review 1 due question' }).click();
    await expect(quiz.position()).toHaveText('Question 1 of 1');
    await expect(page.getByRole('heading', { name: outside.prompt })).toBeVisible();
    await quiz.answerCurrent(bank, true);
  });
});

test.describe('a quiz saved before ranked banks (my-articles v1)', () => {
  test('still plays, every question of it, and is stored again as version 2', async ({
    page,
    quiz,
  }) => {
    const [oldId, savedV1] = Object.entries(v1.state.articles)[0]!;
    const oldQuiz = quizSchema.parse({
      ...savedV1.quiz,
      schemaVersion: 2,
      questions: savedV1.quiz.questions.map((question, index) => ({
        ...question,
        rank: index + 1,
      })),
      defaultCount: savedV1.quiz.questions.length,
    });
    await seedLocalStorage(page, { 'cited:my-articles': v1 });
    await page.goto(`/mine/${oldId}/quiz`);
    await quiz.start('Test');
    const total = savedV1.quiz.questions.length;
    for (let step = 1; step <= total; step++) {
      await expect(quiz.position()).toHaveText(`Question ${step} of ${total}`);
      await quiz.answerCurrent(oldQuiz, true, { feedback: false });
    }
    await expect(page.getByText(`${total} of ${total} right`)).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem('cited:my-articles'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ version: 2 });
  });
});
