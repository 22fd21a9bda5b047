import { networkInterfaces } from 'node:os';
import { joinAddress } from '../lib/classroom/join-address';
import { SLUG } from './classroom-fixtures';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectNoSidewaysScroll, expectNoSiteChrome, expectOnScreen } from './geometry';

// Issue 13: projector mode's QR slide, so a class can open the quiz on their phones.

test.describe('present mode’s QR slide', () => {
  test.skip(({ isMobile }) => isMobile, 'a projector is a desktop screen');

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`${size.width}×${size.height}: Q shows the quiz’s address for phones and its QR code, and goes back`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/teach/${SLUG}/present`);
      const heading = page.getByRole('heading', { level: 1 });
      const prompt = await heading.textContent();
      const button = page.getByRole('button', { name: 'QR code' });
      await expect(button).toHaveAttribute('aria-pressed', 'false');

      await page.keyboard.press('q');
      await expect(heading).toHaveText('Take this quiz on your phone');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      // The address phones can open: this machine's network address when the teacher is on 127.0.0.1.
      const { origin } = joinAddress({
        publicUrl: undefined,
        requestOrigin: new URL(page.url()).origin,
        interfaces: Object.values(networkInterfaces()).flatMap((entries) => entries ?? []),
      });
      const url = `${origin}/quiz/${SLUG}`;
      await expectOnScreen(
        page,
        page.getByRole('img', { name: `QR code for ${url}` }),
        'the QR code',
      );
      await expectOnScreen(page, page.getByRole('link', { name: url }), 'the address');
      await expectOnScreen(page, button, 'the QR code button');
      await expectNoSiteChrome(page);
      await expectNoSidewaysScroll(page, 'the QR slide');
      await expectNoAxeViolations(page);

      // Space from the QR slide: back to the question, with its answer.
      await page.keyboard.press('Space');
      await expect(heading).toHaveText(prompt ?? '');
      await expect(page.getByTestId('revealed-answer')).toBeVisible();
      await button.click();
      await expect(heading).toHaveText('Take this quiz on your phone');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByText('Question 2 of')).toBeVisible();
      await expect(page.getByRole('img', { name: /^QR code for/ })).toHaveCount(0);
    });
  }
});
