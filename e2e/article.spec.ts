import { expect, expectNoAxeViolations, test } from './fixtures';

const SLUG = 'korea-foreign-relations';
const TITLE = 'Korea - Foreign Relations';

test.describe('library and article', () => {
  test('library lists the article with publisher, date and reading time', async ({
    page,
    library,
  }) => {
    await library.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ has: library.articleLink(TITLE) });
    await expect(item).toContainText('GlobalSecurity.org');
    await expect(item).toContainText('13 May 2018');
    await expect(item).toContainText(/\d+ min/);
    await expectNoAxeViolations(page);
  });

  test('opens the article from the library, numbered and dated, without site chrome', async ({
    page,
    library,
    article,
  }) => {
    await library.goto();
    await library.articleLink(TITLE).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}$`));
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('As of 13 May 2018');
    await expect(article.paragraph(1)).toContainText('Moon Jae-in and his party');
    await expect(article.paragraph(13)).toContainText('The progressives are more likely');
    await expect(article.paragraph(14)).toHaveCount(0);
    const body = (
      await page.getByRole('region', { name: /^Paragraph \d+$/ }).allTextContents()
    ).join(' ');
    expect(body).not.toContain('UNITED24');
    expect(body).not.toContain('mailing list');
    expect(body).not.toContain('Page last modified');
    expect(body).not.toContain('ZULU');
    await expectNoAxeViolations(page);
  });

  test('a sentence link scrolls to, highlights and focuses the sentence, and leads back', async ({
    page,
    article,
  }) => {
    await article.goto(SLUG);
    const target = article
      .paragraph(2)
      .locator('.sentence')
      .filter({ hasText: 'suggested a referendum' });
    const id = await target.getAttribute('id');
    expect(id).toMatch(/^s-[0-9a-z]+$/);

    await article.goto(SLUG, id ?? '', `?from=${encodeURIComponent('/?view=3')}`);
    const sentence = article.sentence(id ?? '');
    await expect(sentence).toBeFocused();
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveAttribute('data-highlighted', 'true');
    // Not by colour alone: the cited sentence is underlined and outlined too.
    await expect(sentence).toHaveCSS('text-decoration-line', 'underline');
    await expect(sentence).toHaveCSS('outline-style', /solid|dashed/);
    await expect(
      page.getByText('The highlighted, underlined sentence is the evidence.'),
    ).toBeVisible();
    const back = page.getByRole('link', { name: 'Back to your question' });
    await expect(back).toHaveAttribute('href', '/?view=3');
    await expectNoAxeViolations(page);
  });

  test('an unsafe return address is ignored', async ({ page, article }) => {
    await article.goto(SLUG, '', '?from=//evil.example/x');
    await expect(page.getByRole('link', { name: 'Back to your question' })).toHaveCount(0);
  });

  test('the article fits a narrow phone screen without sideways scrolling', async ({
    page,
    article,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await article.goto(SLUG);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('not found', () => {
  for (const path of ['/articles/no-such-article', '/no-such-page']) {
    test(`${path} answers 404 with a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await page.getByRole('link', { name: 'Back to the library' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
