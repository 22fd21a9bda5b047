import {
  Dashboard,
  SLUG,
  Student,
  expect,
  liveQuestionsOf,
  test,
  wrongChoice,
} from './classroom-fixtures';
import { expectNoAxeViolations } from './fixtures';

const questions = liveQuestionsOf(SLUG);
const total = questions.length;
const [first, second] = questions;

test.describe('teacher-paced live session', () => {
  test('a teacher and three students (one on a phone) run a whole session', async ({
    page,
    browser,
    teachHub,
    dashboard,
  }) => {
    test.setTimeout(120_000);
    if (!first || !second) throw new Error('the quiz needs two live questions');
    await teachHub.goto();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    const code = await teachHub.startLive('Teacher-paced');
    await expect(page.getByRole('img', { name: /QR code for http.*\/join\?code=/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const ana = await Student.open(browser, 'Ana');
    const ben = await Student.open(browser, '<img src=x onerror=alert(1)>');
    const zoe = await Student.open(browser, '=SUM(1,2) Zoe', true);
    const dialogs: string[] = [];
    for (const student of [ana, ben, zoe])
      student.page.on('dialog', (d) => dialogs.push(d.message()));
    page.on('dialog', (d) => {
      if (d.type() === 'alert') dialogs.push(d.message());
    });

    await ana.join(code, 'typed');
    await expectNoAxeViolations(ana.page);
    await ben.join(code);
    await zoe.join(code);
    await expect(zoe.page.getByRole('heading', { name: /You’re in/ })).toBeVisible();
    await expectNoAxeViolations(zoe.page);

    // The teacher's dashboard fills as students join; a name with markup is shown as text.
    await expect(dashboard.joined(3)).toBeVisible();
    const names = page.getByRole('list', { name: 'Students' });
    await expect(names.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // Students see only the current question, never the key.
    const studentViews: unknown[] = [];
    ana.page.on('response', async (response) => {
      if (response.url().endsWith(`/api/live/${code}`)) studentViews.push(await response.json());
    });
    await dashboard.button('Start the first question').click();
    for (const student of [ana, ben, zoe]) {
      await expect(student.question(1, total)).toBeVisible();
      await expect(student.page.getByRole('group', { name: first.prompt })).toBeVisible();
    }
    await expect(ana.page.getByText(first.explanation)).toHaveCount(0);
    await expectNoAxeViolations(zoe.page);

    await ana.answer(first, first.answer);
    await ben.answer(first, wrongChoice(first));
    await zoe.answer(first, first.answer);
    await expect(page.getByText('3 of 3 answered')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Answers so far' })).toBeHidden();
    await dashboard.peek();
    await expect(dashboard.distribution(first.answer)).toContainText('2 (67%)');
    await expect(dashboard.distribution(wrongChoice(first))).toContainText('1 (33%)');
    // Before the reveal nothing on the dashboard marks the key, and the table hides right/wrong.
    await expect(page.getByText('✓ correct answer')).toHaveCount(0);
    await expect(dashboard.resultsRow('Ana')).toContainText('answered');

    expect(studentViews.length).toBeGreaterThan(0);
    for (const view of studentViews) {
      const text = JSON.stringify(view);
      expect(text).not.toContain('"answer"');
      expect(text).not.toContain('"explanation"');
      expect(text).not.toContain('"evidence"');
    }

    await dashboard.button('Reveal answer').click();
    await expect(page.getByText('✓ correct answer')).toBeVisible();
    await expect(ana.page.getByText('✓ Right!')).toBeVisible();
    await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible();
    for (const student of [ana, ben, zoe]) {
      await expect(student.page.getByText(first.explanation)).toBeVisible();
      const evidence = first.evidence[0];
      if (!evidence) throw new Error('no evidence');
      await expect(student.page.getByText(evidence.quote, { exact: false }).first()).toBeVisible();
      await expect(
        student.page.getByRole('link', { name: /Show in the article/ }).first(),
      ).toHaveAttribute('href', new RegExp(`^/articles/${SLUG}\\?from=.*#${evidence.sentenceId}$`));
    }
    await expectNoAxeViolations(ana.page);

    // Answers are locked at reveal: a tampered client posting another answer is refused.
    const token = await ana.token(code);
    const locked = await ana.page.request.post(`/api/live/${code}/answers`, {
      headers: { 'x-participant-token': token },
      data: { questionId: first.id, choice: wrongChoice(first), submissionId: 'tampered-0001' },
    });
    expect(locked.status()).toBe(409);

    await dashboard.button('Next question').click();
    for (const student of [ana, ben, zoe]) await expect(student.question(2, total)).toBeVisible();
    await ben.answer(second, second.answer);
    await expect(page.getByText('1 of 3 answered')).toBeVisible();
    expect(total).toBeGreaterThan(2);
    await dashboard.end();

    // Ended after question 2 of the plan: students are scored on the 2 asked, with those keys only.
    await expect(
      ana.page.getByText(`You got 1 of 2 right (the 2 questions asked before it ended).`),
    ).toBeVisible();
    await expect(ben.page.getByText(`You got 1 of 2 right`)).toBeVisible();
    await expect(ana.page.getByText(`of ${total} right`)).toHaveCount(0);
    await expect(ana.page.getByText(/^Question \d+$/)).toHaveText(['Question 1', 'Question 2']);
    await expectNoAxeViolations(ben.page);
    await expect(page.getByText(`2 of its ${total} questions were asked`)).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Results table' }).getByRole('columnheader'),
    ).toHaveText(['Student', 'Q1', 'Q2', 'Score']);
    await expect(dashboard.resultsRow('Ana')).toContainText(`✓ right: ${first.answer}`);
    await expect(dashboard.resultsRow('Ana')).toContainText('1/2');
    await expect(dashboard.resultsRow('<img src=x onerror=alert(1)>')).toContainText(
      `✗ wrong: ${wrongChoice(first)}`,
    );
    await expect(dashboard.resultsRow('<img src=x onerror=alert(1)>')).toContainText(
      `✓ right: ${second.answer}`,
    );
    await expect(dashboard.percentRow()).toContainText('67%');
    await expect(dashboard.percentRow()).toContainText('100%');

    // Misses by paragraph: Ben's miss on Q1 is counted on the paragraph holding Q1's evidence.
    await expect(page.getByRole('heading', { name: 'Misses by paragraph' })).toBeVisible();
    await expect(page.getByText(/1 miss\b/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    const { text } = await dashboard.downloadCsv();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toContain(`Q1: ${first.prompt}`.replace(/"/g, '""'));
    expect(lines[0]).toContain('Q2: ');
    expect(lines[0]).not.toContain('Q3: ');
    const anaLine = lines.find((line) => line.startsWith('Ana,'));
    expect(anaLine).toContain(`correct: ${first.answer}`);
    expect(anaLine?.endsWith('1/2')).toBe(true);
    // A name starting with "=" is neutralised so a spreadsheet shows it as text.
    expect(lines.some((line) => line.startsWith(`"'=SUM(1,2) Zoe"`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^% correct,67%,100%/);

    expect(dialogs).toEqual([]);
    for (const student of [ana, ben, zoe]) {
      await student.close();
    }
  });
});

test.describe('student-paced session', () => {
  test('students go at their own pace and the dashboard fills live', async ({
    page,
    browser,
    teachHub,
  }) => {
    test.setTimeout(120_000);
    const dashboard = new Dashboard(page);
    await teachHub.goto();
    const code = await teachHub.startLive('Student-paced');
    await expect(
      page.getByRole('heading', { name: 'Students work at their own pace' }),
    ).toBeVisible();
    const fast = await Student.open(browser, 'Fast');
    const slow = await Student.open(browser, 'Slow', true);
    await fast.join(code);
    await slow.join(code);
    await expect(dashboard.joined(2)).toBeVisible();

    for (const [index, question] of questions.entries()) {
      await expect(fast.question(index + 1, total)).toBeVisible();
      await fast.answer(question, question.answer, 'student');
    }
    await expect(fast.page.getByRole('heading', { name: 'All done!' })).toBeVisible();
    // No feedback by default: the key stays hidden until the teacher ends the session.
    await expect(fast.page.getByText('✓ Right!')).toHaveCount(0);
    await expect(dashboard.resultsRow('Fast')).toContainText(`${total}/${total}`);

    const [q1] = questions;
    if (!q1) throw new Error('no live question');
    await slow.answer(q1, wrongChoice(q1), 'student');
    await expect(slow.question(2, total)).toBeVisible();
    await expect(dashboard.resultsRow('Slow')).toContainText(`✗ wrong: ${wrongChoice(q1)}`);
    await expectNoAxeViolations(slow.page);

    await dashboard.end();
    await expect(fast.page.getByText(`You got ${total} of ${total} right.`)).toBeVisible();
    await expect(slow.page.getByText(`You got 0 of ${total} right.`)).toBeVisible();
    await expect(dashboard.percentRow()).toContainText('50%');

    const { text } = await dashboard.downloadCsv();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^Fast,.*${total}/${total}$`));
    expect(lines[2]).toMatch(new RegExp(`^Slow,"?wrong: `));
    for (const student of [fast, slow]) {
      await student.close();
    }
  });

  test('with feedback on, a student sees right or wrong and the evidence after each answer', async ({
    page,
    browser,
    teachHub,
  }) => {
    const [q1] = questions;
    if (!q1) throw new Error('no live question');
    await teachHub.goto();
    const code = await teachHub.startLive('Student-paced', { feedback: true });
    const student = await Student.open(browser, 'Kim', true);
    await student.join(code);
    // Opening the join link again on the same phone offers to continue, not to join twice.
    await student.page.goto(`/join?code=${code}`);
    await student.page.getByRole('link', { name: 'Continue as Kim' }).click();
    await expect(student.page).toHaveURL(new RegExp(`/live/${code}$`));
    await student.answer(q1, wrongChoice(q1));
    await expect(student.page.getByText(/✗ Not this time/)).toBeVisible();
    await expect(student.page.getByText(q1.explanation)).toBeVisible();
    await student.page.getByRole('button', { name: 'Next question' }).click();
    await expect(student.question(2, total)).toBeVisible();
    await student.close();
    await expect(page.getByText('1 student joined')).toBeVisible();
  });
});

test.describe('networks that break Server-Sent Events', () => {
  test('a student whose network blocks the live stream falls back to polling and keeps up', async ({
    page,
    browser,
    teachHub,
    dashboard,
  }) => {
    test.setTimeout(90_000);
    const [q1] = questions;
    if (!q1) throw new Error('no live question');
    await teachHub.goto();
    const code = await teachHub.startLive('Teacher-paced');
    const student = await Student.open(browser, 'Behind a filter', true);
    // As a school proxy that kills streaming responses would.
    await student.context.route('**/api/live/*/events?*', (route) => route.abort('failed'));
    await student.join(code);
    await expect(student.page.getByText(/refreshing every 3 seconds/)).toBeVisible({
      timeout: 30_000,
    });
    await dashboard.button('Start the first question').click();
    await expect(student.question(1, total)).toBeVisible({ timeout: 10_000 });
    await student.answer(q1, q1.answer);
    await expect(page.getByText('1 of 1 answered')).toBeVisible();
    await dashboard.button('Reveal answer').click();
    await expect(student.page.getByText('✓ Right!')).toBeVisible({ timeout: 10_000 });
    await student.close();
  });
});
