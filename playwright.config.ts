import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright cannot download its browsers on every machine: use Debian's Chromium when it is there,
// and Playwright's own browser elsewhere (a contributor's laptop after `npx playwright install`).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
const launchOptions = systemChromium ? { executablePath: systemChromium } : {};

// A whole class session already opens its own phone context for one student (teachers run it from a
// laptop or the projector); running it again with every context on a phone profile adds minutes, not
// coverage. The join, student and security specs still run on both phone profiles.
// A keyboard-only run belongs to the desktop profile. Specs that start servers of their own (a restart,
// two instances on one PostgreSQL, start-up refusals) test the servers, not the device.
const DESKTOP_ONLY = [
  '**/classroom.spec.ts',
  '**/classroom-restart.spec.ts',
  '**/classroom-attacks.spec.ts',
  '**/classroom-scale.spec.ts',
  '**/server-startup.spec.ts',
  '**/quiz-keyboard.spec.ts',
];

// The workspace's whole flow (a teacher's session from a web page to a live class) runs on the desktop
// and one phone profile: a second phone profile repeats minutes of the same Chromium run.
const ONE_PHONE = ['**/workspace.spec.ts'];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'pixel-7', testIgnore: DESKTOP_ONLY, use: { ...devices['Pixel 7'], launchOptions } },
    {
      name: 'iphone-13',
      testIgnore: [...DESKTOP_ONLY, ...ONE_PHONE],
      // WebKit is not available here; the iPhone 13 profile (viewport, touch, UA) runs in Chromium.
      use: { ...devices['iPhone 13'], browserName: 'chromium', launchOptions },
    },
  ],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // Every spec's browser and requests come from 127.0.0.1, the one address of a whole test run: the
    // shared server allows it as many new sessions as the specs start. The limits themselves are tested
    // on servers of their own (classroom-attacks.spec.ts), with the defaults.
    env: { NEXT_TELEMETRY_DISABLED: '1', CITED_SESSIONS_PER_ADDRESS_PER_HOUR: '100000' },
  },
});
