import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

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

class LibraryPage {
  constructor(private readonly page: Page) {}
  async goto() {
    await this.page.goto('/');
  }
  articleLink(title: string) {
    return this.page.getByRole('link', { name: title });
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

interface Fixtures {
  /** Console errors and uncaught page errors seen during the test; checked after every test. */
  consoleErrors: string[];
  library: LibraryPage;
  article: ArticlePage;
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`${message.text()} [${message.location().url}]`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
    },
    { auto: true },
  ],
  library: async ({ page }, use) => use(new LibraryPage(page)),
  article: async ({ page }, use) => use(new ArticlePage(page)),
});

export { expect };
