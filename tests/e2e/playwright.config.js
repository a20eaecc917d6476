// Playwright runs Debian's Chromium; it never downloads a browser.
import { defineConfig } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';

export const PORT = 8099;
export const LOG_FILE = process.env.LOG_FILE || '/tmp/shindan-e2e-requests.log';

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
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: LAUNCH,
  },
  webServer: {
    command: `node serve.mjs --dir ../../dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    env: { LOG_FILE },
  },
});
