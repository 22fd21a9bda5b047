import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devices } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { Dashboard, Student, wrongChoice } from './classroom-fixtures';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { AppServer } from './app-servers';
import {
  CORPUS_HTML,
  CORPUS_NEWS,
  articleView,
  chosenOf,
  liveChosenOf,
  startPageServer,
  startWorkspaceApp,
  untilReady,
} from './workspace-fixtures';

/**
 * The teacher workspace, end to end, on an app server of this spec's own that may fetch from this
 * machine, with real news pages (site chrome and all) served from 127.0.0.1.
 */
let app: AppServer & { stop(): void };
let pages: Awaited<ReturnType<typeof startPageServer>>;

test.beforeAll(async () => {
  [app, pages] = await Promise.all([startWorkspaceApp(), startPageServer()]);
});

test.afterAll(async () => {
  app?.stop();
  await pages?.close();
});

const at = (route: string) => `${app.base}${route}`;

test.describe('teacher workspace', () => {
  test('a web page becomes a reviewed quiz that is printed, projected, run live, shared and exported', async ({
    page,
    browser,
    consoleErrors,
  }) => {
    test.setTimeout(240_000);
    // Add: from the library, by the address of a real news page with its site chrome.
    await page.goto(at('/'));
    await page.getByRole('link', { name: 'Add an article to teach' }).click();
    await expect(page.getByRole('heading', { name: 'Add an article to teach' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('From a web address').check();
    await page.getByLabel('Page address').fill(`${pages.base}/US_Debt_Interest_Costs.html`);
    await page.getByRole('button', { name: 'Add the article' }).click();
    await expect(page.getByRole('heading', { name: 'Your workspace is ready' })).toBeVisible({
      timeout: 60_000,
    });
    const workspaceUrl = await page.getByLabel('Private workspace link').inputValue();
    expect(workspaceUrl).toMatch(new RegExp(`^${app.base}/teach/open#[\\w-]{43}$`));
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Continue to the article' }).click();
    const id = await untilReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military',
    );
    await expectNoAxeViolations(page);

    // The article page: numbered paragraphs, the page's chrome left out, every sentence addressable.
    let view = await articleView(page.request, app.base, id);
    const firstChosen = chosenOf(view)[0]!;
    await page.goto(at(`/teach/${id}/article#${firstChosen.evidence[0]!.sentenceId}`));
    await expect(page.getByRole('region', { name: 'Paragraph 1', exact: true })).toBeVisible();
    await expect(page.locator(`[id="${firstChosen.evidence[0]!.sentenceId}"]`)).toBeFocused();
    const articleText = (await page.getByRole('article').textContent()) ?? '';
    expect(articleText).toContain('The federal government could soon pay more in interest');
    expect(articleText).not.toMatch(/Subscribe|Log In|Advertisement/);

    // Review: exclude two, reword one, add one of my own (anchored, checked), pick 10.
    await page.goto(at(`/teach/${id}/edit`));
    await expectNoAxeViolations(page);
    const entries = view.review!.entries;
    const [ex1, ex2, reworded] = entries;
    await page.getByRole('button', { name: 'Exclude question 1', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Question 1 excluded.' }),
    ).toBeAttached();
    await page.getByRole('button', { name: 'Exclude question 2', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Question 2 excluded.' }),
    ).toBeAttached();
    await page.getByRole('button', { name: 'Edit question 3', exact: true }).click();
    const third = page
      .getByRole('listitem')
      .filter({ has: page.locator(`#q-${reworded!.question.id}`) });
    await third
      .getByLabel('Question', { exact: true })
      .fill('Reworded by the teacher: what is this about?');
    await third.getByRole('button', { name: 'Save' }).click();
    await expect(third.getByRole('heading')).toHaveText(
      'Reworded by the teacher: what is this about?',
    );

    const steuerle = view.article.passages.find((p) => p.text.includes('C. Eugene Steuerle'))!;
    const sentence = steuerle.sentences.find((s) => s.text.includes('C. Eugene Steuerle'))!;
    await page.getByRole('button', { name: 'Add a question of your own' }).click();
    const own = page.getByRole('region', { name: 'Your own question' });
    await own
      .getByLabel('Question', { exact: true })
      .fill('Who said the rising cost of interest is very much something to worry about?');
    await own.getByLabel('Answer', { exact: true }).fill('C. Eugene Steuerle');
    await own.getByLabel('Wrong option 1').fill('Jerome Powell');
    await own.getByLabel('Wrong option 2').fill('Steven Mnuchin');
    await own.getByLabel('Explanation shown after answering').fill('He is quoted saying so.');
    // Anchored to a sentence that does not state the answer: refused, with where and why.
    const opening = view.article.passages.find((p) => p.kind === 'paragraph')!;
    await own.getByLabel('Sentence').selectOption(opening.sentences[0]!.id);
    await own.getByRole('button', { name: 'Add the question' }).click();
    await expect(own.getByRole('alert')).toHaveText(
      /^“C\. Eugene Steuerle” is not stated in ¶1, sentence 1: choose the sentence that states it\.$/,
    );
    await own.getByLabel('Paragraph').selectOption(steuerle.id);
    await own.getByLabel('Sentence').selectOption(sentence.id);
    await own.getByRole('button', { name: 'Add the question' }).click();
    await expect(own).toHaveCount(0);

    const howMany = page.getByRole('group', { name: 'How many questions' });
    await howMany.getByRole('radio', { name: /^A number/ }).check();
    await howMany.getByLabel(/^Number of questions/).fill('10');
    await expect(page.getByText(/^In the quiz now: 10 of/)).toBeVisible();

    view = await articleView(page.request, app.base, id);
    const chosen = chosenOf(view);
    const ids = chosen.map((question) => question.id);
    expect(chosen).toHaveLength(10);
    expect(ids).not.toContain(ex1!.question.id);
    expect(ids).not.toContain(ex2!.question.id);
    const ownQuestion = chosen.find((question) => question.id.startsWith('own-'))!;
    expect(ownQuestion).toMatchObject({ answer: 'C. Eugene Steuerle', type: 'who' });
    expect(ownQuestion.evidence[0]?.sentenceId).toBe(sentence.id);
    expect(view.quiz!.questions.find((q) => q.id === reworded!.question.id)?.prompt).toBe(
      'Reworded by the teacher: what is this about?',
    );
    // The browser logs the refused anchor's 422; nothing else went wrong.
    expect(consoleErrors.filter((error) => !/status of 422 .*\/questions\]$/.test(error))).toEqual(
      [],
    );
    consoleErrors.length = 0;

    // Print: the ten chosen, in the teacher's order, with the key citing ¶ and sentence.
    await page.goto(at(`/teach/${id}/print`));
    const printed = page
      .getByRole('region', { name: 'Questions' })
      .getByRole('listitem')
      .filter({ hasText: /^\d+\. / });
    await expect(printed).toHaveCount(10);
    for (const [index, question] of chosen.entries()) {
      await expect(printed.nth(index)).toContainText(question.prompt);
    }
    await expect(page.getByRole('region', { name: 'Answer key' })).toContainText(
      /¶\d+, sentence \d+: “/,
    );
    await expectNoAxeViolations(page);

    // Present: one question at a time, in the same order.
    await page.goto(at(`/teach/${id}/present`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen[0]!.prompt);
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen[1]!.prompt);

    // Live, teacher-paced, two students; ended after the second question.
    const live = liveChosenOf(view);
    const [q1, q2] = live;
    if (!q1 || !q2 || live.length < 3) throw new Error('the selection needs three live questions');
    await page.goto(at(`/teach/${id}`));
    await page.getByRole('radio', { name: /Teacher-paced/ }).check();
    await page.getByRole('button', { name: 'Start live session' }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/${id}/live/[\\w-]+$`));
    const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
    const dashboard = new Dashboard(page);
    const ana = await Student.open(browser, 'Ana', false, app.base);
    const ben = await Student.open(browser, 'Ben', true, app.base);
    await ana.join(code);
    await ben.join(code);
    await expect(dashboard.joined(2)).toBeVisible();
    await dashboard.button('Start the first question').click();
    await expect(ana.question(1, live.length)).toBeVisible();
    await expect(ana.page.getByRole('group', { name: q1.prompt })).toBeVisible();
    await ana.answer(q1, q1.answer);
    await ben.answer(q1, wrongChoice(q1));
    await dashboard.button('Reveal answer').click();
    // The evidence opens the article through the class (a workspace article has no public page).
    const evidence = ben.page.getByRole('link', { name: /Show in the article/ }).first();
    await expect(evidence).toHaveAttribute(
      'href',
      new RegExp(`^/live/${code}/article\\?from=.*#${q1.evidence[0]!.sentenceId}$`),
    );
    await evidence.click();
    await expect(ben.page.locator(`[id="${q1.evidence[0]!.sentenceId}"]`)).toBeFocused();
    await ben.page.getByRole('link', { name: /Back to/ }).click();
    await dashboard.button('Next question').click();
    await expect(ana.question(2, live.length)).toBeVisible();
    await ana.answer(q2, q2.answer);
    await ben.answer(q2, q2.answer);
    await dashboard.end();
    await expect(
      ana.page.getByText('You got 2 of 2 right (the 2 questions asked before it ended).'),
    ).toBeVisible();
    await expect(
      ben.page.getByText('You got 1 of 2 right (the 2 questions asked before it ended).'),
    ).toBeVisible();
    await expect(dashboard.resultsRow('Ana')).toContainText('2/2');
    await expect(dashboard.resultsRow('Ben')).toContainText('1/2');
    const { text: csv } = await dashboard.downloadCsv();
    expect(csv).toContain('Ana');
    expect(csv.split('\r\n')[0]).toContain(q2.prompt);
    await ana.close();
    await ben.close();

    // Share: a student opens the link on a phone, in a fresh context, and takes the quiz.
    await page.goto(at(`/teach/${id}`));
    await page.getByRole('button', { name: 'Share a link' }).click();
    const shareUrl = await page.getByLabel('Share link').inputValue();
    expect(shareUrl).toBe(view.shareUrl);
    const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
    const phone = await browser.newContext({ ...pixel });
    const student = await phone.newPage();
    await student.goto(shareUrl);
    await expect(student.getByRole('heading', { level: 1 })).toHaveText(view.title);
    await expect(student.getByRole('link', { name: /Review the questions|Export/ })).toHaveCount(0);
    await student.getByRole('link', { name: 'Take the quiz (10 questions)' }).click();
    await expect(student.getByText('Question 1 of 10')).toBeVisible();
    const shown = await student.locator('form[data-question-id]').getAttribute('data-question-id');
    expect(ids).toContain(shown);
    const html = await (await student.request.get(`${shareUrl}/quiz`)).text();
    expect(html).not.toContain(ex1!.question.prompt);
    await expectNoAxeViolations(student);
    await phone.close();

    // Exports of the selection parse: GIFT with a GIFT parser, QTI as a package, CSV as rows.
    const gift = await page.request.get(at(`/api/articles/${id}/export?format=gift`));
    expect(gift.headers()['content-disposition']).toMatch(
      /attachment; filename="cited-.*\.gift\.txt"/,
    );
    const parsed = parseGift(await gift.text()).filter((question) => question.type !== 'Category');
    expect(parsed).toHaveLength(10);
    const qti = unzipSync(
      new Uint8Array(
        await (await page.request.get(at(`/api/articles/${id}/export?format=qti`))).body(),
      ),
    );
    const manifest = strFromU8(qti['imsmanifest.xml']!);
    expect(manifest.match(/type="imsqti_item_xmlv2p1"/g)).toHaveLength(10);
    const csvExport = await (
      await page.request.get(at(`/api/articles/${id}/export?format=csv`))
    ).text();
    expect(csvExport.trimEnd().split('\r\n')).toHaveLength(11);
    expect(csvExport).toContain('C. Eugene Steuerle');

    // The private link opens the workspace on another device.
    const other = await browser.newContext();
    const laptop = await other.newPage();
    await laptop.goto(workspaceUrl);
    await expect(laptop).toHaveURL(at('/teach'));
    await expect(laptop.getByRole('link', { name: view.title })).toBeVisible();
    await other.close();
    expect(consoleErrors).toEqual([]);
  });

  test('a pasted numbered list, quote and a web page’s bullet points are such in the teacher’s article and on paper', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const steps = [
      'The Election Commission of Pakistan will publish results within 24 hours.',
      'Candidates must declare their assets to the commission before nomination.',
      'Overseas Pakistanis will vote at embassies in 2028 for the first time.',
    ];
    const quote = 'A fair election needs a voter roll that every party can check before the vote.';
    await page.goto(at('/teach/new'));
    await page
      .getByLabel('The article’s text')
      .fill(
        [
          'Senate reform bill passes first vote',
          'The Senate of Pakistan approved the electoral reform bill on 12 March 2024, after a debate that lasted three days. Senator Farooq Naek, who chaired the committee, said the bill would make elections fairer.',
          `The bill makes three main changes:\n${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}`,
          '## Reactions',
          'Opposition leader Shibli Faraz criticised the timetable. He said the opposition had only two days to read the final text of the bill.',
          `> ${quote}`,
        ].join('\n\n'),
      );
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.getByRole('link', { name: 'Continue to the article' }).click();
    const pasted = await untilReady(page);
    await page.goto(at(`/teach/${pasted}/article`));
    const article = page.getByRole('article');
    await expect(article.getByRole('list').getByRole('listitem')).toHaveText(
      steps.map((step) => new RegExp(step)),
    );
    await expect(article.locator('ol')).toHaveCount(1);
    await expect(article.getByRole('heading', { level: 2, name: 'Reactions' })).toBeVisible();
    await expect(article.locator('blockquote')).toContainText(quote);

    // On paper too: the items keep their numbers beside their ¶, the heading and the quote are such.
    await page.goto(at(`/teach/${pasted}/print`));
    const printed = page.getByRole('region', { name: 'The article' });
    const items = printed.locator('ol').getByRole('listitem');
    await expect(items).toHaveCount(steps.length);
    for (const [index, step] of steps.entries()) {
      await expect(items.nth(index)).toHaveText(new RegExp(`^¶\\d+${index + 1}\\.\\s*${step}$`));
    }
    await expect(printed.getByRole('heading', { level: 3, name: 'Reactions' })).toBeVisible();
    await expect(printed.locator('blockquote')).toHaveText(new RegExp(`^¶\\d+${quote}$`));

    await page.goto(at('/teach/new'));
    await page.getByLabel('From a web address').check();
    await page.getByLabel('Page address').fill(`${pages.base}/Obama_Gun_Laws_Frustration.html`);
    await page.getByRole('button', { name: 'Add the article' }).click();
    const fetched = await untilReady(page);
    await page.goto(at(`/teach/${fetched}/article`));
    const bullets = article.locator('ul').getByRole('listitem');
    await expect(bullets).toHaveCount(6);
    await expect(bullets.first()).toContainText(
      'The UK must stay in the EU to have influence on the world stage',
    );
    await expectNoAxeViolations(page);
  });

  test('an article pasted as text, or chosen as a Markdown or HTML file', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(at('/teach/new'));
    await page
      .getByLabel('The article’s text')
      .fill(readFileSync(path.join(CORPUS_NEWS, 'Zimbabwe_Coup_Mugabe.txt'), 'utf8'));
    await page.getByLabel('Publisher').fill('The Telegraph');
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.getByRole('link', { name: 'Continue to the article' }).click();
    await untilReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Zimbabwe coup');
    await expect(page.getByText(/^The Telegraph ·/)).toBeVisible();

    // Later articles go to the same workspace: no new link is shown, the page opens at once.
    await page.goto(at('/teach/new'));
    await page.getByLabel('From a file').check();
    await page.getByLabel('The file').setInputFiles({
      name: 'yahoo.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        `---\ntitle: Shareholders With Little Say\npublisher: The New York Times\nstatedDate: 2016-07-29\nstatedDateLabel: Published\nretrieved: 2026-01-01\nlanguage: en\nattribution: Test fixture.\n---\n\n${readFileSync(path.join(CORPUS_NEWS, 'Yahoo_Verizon_Shareholders.txt'), 'utf8').split('\n').slice(2).join('\n')}`,
      ),
    });
    await page.getByRole('button', { name: 'Add the article' }).click();
    await untilReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Shareholders With Little Say',
    );
    await expect(page.getByText(/^The New York Times · as of 29 July 2016/)).toBeVisible();

    await page.goto(at('/teach/new'));
    await page.getByLabel('From a file').check();
    await page
      .getByLabel('The file')
      .setInputFiles(path.join(CORPUS_HTML, 'Data_Retention_Press_Freedom.html'));
    await page.getByRole('button', { name: 'Add the article' }).click();
    await untilReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Angry media won’t buckle over new surveillance laws',
    );

    await page.goto(at('/teach'));
    await expect(
      page.getByRole('list', { name: 'Your articles' }).getByRole('listitem'),
    ).toHaveCount(3);
  });

  test('a quiz made in the browser moves into the workspace with “Use in class”, and runs student-paced', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(at('/create'));
    await page
      .getByLabel('Article text')
      .fill(readFileSync(path.join(CORPUS_NEWS, 'Tunisia_Museum_Attack.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Generate quiz' }).click();
    await expect(page).toHaveURL(/\/mine\/my-[0-9a-z]{7}\/quiz$/, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Use in class' }).click();
    await expect(page.getByLabel('Private workspace link')).toHaveValue(/\/teach\/open#/);
    await page.getByRole('link', { name: 'Teach with it' }).click();
    const id = await untilReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Attack stokes instability fears in North Africa/,
    );
    // The browser keeps its own copy.
    await page.goto(at('/'));
    await expect(
      page.getByRole('list', { name: 'Your articles' }).getByRole('listitem'),
    ).toHaveCount(1);

    // The whole bank, so the class has questions with fixed choices whatever the engine wrote.
    await page.goto(at(`/teach/${id}/edit`));
    await page
      .getByRole('group', { name: 'How many questions' })
      .getByRole('radio', { name: /^All \d+/ })
      .check();
    await expect(page.getByText(/^In the quiz now: (\d+) of \1\./)).toBeVisible();
    await page.goto(at(`/teach/${id}`));
    await page.getByRole('radio', { name: /Student-paced/ }).check();
    await page.getByRole('button', { name: 'Start live session' }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/${id}/live/[\\w-]+$`));
    await expect(page.getByTestId('join-code')).toHaveText(/^[2-9A-HJ-NP-Z]{6}$/);
  });
});
