import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// Issue 13: every screen fits its device. Layout is measured (boundingBox against the viewport), not
// only checked for visibility.

/** The box of `locator` as the user sees it now: wholly inside the viewport, without scrolling. */
export async function expectOnScreen(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what}: not laid out`);
  const where = `${what} at x ${Math.round(box.x)}–${Math.round(box.x + box.width)}, y ${Math.round(box.y)}–${Math.round(box.y + box.height)} in ${viewport.width}×${viewport.height}`;
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width + 0.5);
}

/** The page is never wider than the screen: nothing to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.page, `${what}: page width vs screen`).toBeLessThanOrEqual(widths.screen);
}

/** Nothing of the site around the screen: no header, navigation or footer. */
export async function expectNoSiteChrome(screen: Page) {
  await expect(screen.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(screen.getByRole('contentinfo')).toBeHidden();
  await expect(screen.getByRole('link', { name: 'Cited', exact: true })).toBeHidden();
}
