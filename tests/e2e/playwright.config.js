// Playwright runs Debian's Chromium; it never downloads a browser.
import { defineConfig } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';

// The one place the e2e port is set: `SHINDAN_E2E_PORT=8199 npx playwright test` lets a second
// checkout run its suite beside one on the default port. Specs take ORIGIN from here (through
// helpers.js), never their own constant.
export const PORT = Number(process.env.SHINDAN_E2E_PORT || 8099);
export const ORIGIN = `http://127.0.0.1:${PORT}/`;
// Per port, so two suites on different ports never read each other's request log.
export const LOG_FILE = process.env.LOG_FILE || `/tmp/shindan-e2e-requests-${PORT}.log`;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.js$/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous: axe on the 49-question executive page takes seconds, and CI machines may be loaded.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: ORIGIN,
    launchOptions: LAUNCH,
  },
  webServer: {
    command: `node serve.mjs --dir ../../dist --port ${PORT} --warm`,
    url: ORIGIN,
    reuseExistingServer: false,
    env: { LOG_FILE },
  },
});
