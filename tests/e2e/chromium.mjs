// How the e2e suite (playwright.config.js) and the benchmark and profiling scripts launch
// Debian's Chromium: never a downloaded browser.
export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
