// The core journey in a second engine: WebKit (Safari's engine, on most phones in Japan), through
// Debian's WebKitGTK WebDriver (`webkit2gtk-driver`: /usr/bin/WebKitWebDriver driving its
// MiniBrowser) and selenium-webdriver. No browser is downloaded. Run under an X server:
//
//   xvfb-run -a node tests/e2e/webkit/journey.mjs      (.ci/test.sh does)
//
// It serves dist/ with tests/e2e/serve.mjs like the Playwright suite, then:
//  1. answers the 25-item SME self-diagnosis (the helpers' 55-point pattern) and checks the total
//     after every answer, then the band; the results page shows the same total;
//  2. makes a share link and opens it in a second WebDriver session (a new MiniBrowser in
//     automation mode: ephemeral, empty storage), which shows the same result read-only;
//  3. once the service worker controls the first page, stops the server (connections are
//     refused) and reloads: the app, the answers and the total are all still there.
// Every wait polls a condition with a deadline; nothing sleeps to synchronise. Each step is
// printed; any failure exits non-zero with what was expected and what was last seen.
//
//   env WEBKIT_WEBDRIVER=/usr/bin/WebKitWebDriver  SHINDAN_WEBKIT_PORT=<server port, default free>
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Builder, By, Key } from 'selenium-webdriver';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));
const DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
const TIMEOUT = 30_000; // per condition; generous for a loaded 2-core machine

// The same 55-point answer pattern as the Playwright specs (tests/e2e/helpers.js), kept as
// data here so this script does not load Playwright: 1–10 implemented (4 each), 11–15 partial
// (2), 16–20 not implemented (0), 21–23 don't know (−1), 24–25 implemented.
const POINTS = { implemented: 4, partial: 2, not_implemented: 0, dont_know: -1 };
const PATTERN = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  if (n <= 10 || n >= 24) return 'implemented';
  if (n <= 15) return 'partial';
  if (n <= 20) return 'not_implemented';
  return 'dont_know';
});
const PROVISIONAL = '暫定・回答済み'; // Msg::Provisional (ja), the default language

const SW = readFileSync(new URL('../../../dist/sw.js', import.meta.url), 'utf8');
const BUILD = JSON.parse(/^const BUILD = (.*);$/m.exec(SW)[1]);

const started = Date.now();
const children = [];
const sessions = [];
let stepNo = 0;
const step = (what) => console.log(`[webkit ${((Date.now() - started) / 1000).toFixed(1)}s] ${++stepNo}. ${what}`);

class Failure extends Error {}
const fail = (msg) => {
  throw new Failure(msg);
};
function assertEq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

/** Polls `probe` until `ok(value)` holds; fails after `timeout` with the last value seen. */
async function until(what, probe, ok = Boolean, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${lastError.name}: ${lastError.message}` : JSON.stringify(last);
      fail(`timed out after ${timeout / 1000}s waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100)); // the polling interval
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts a child process in its own process group (so it and its children can be stopped). */
function start(label, cmd, args, env = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.output = '';
  const keep = (d) => {
    child.output = (child.output + d).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', (e) => {
    child.output += `\n${label} could not start: ${e.message}`;
  });
  child.label = label;
  children.push(child);
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }, 5000);
  await child.exited;
  clearTimeout(timer);
}

const answers = (url) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

async function newSession(driverUrl) {
  const driver = await new Builder()
    .disableEnvironmentOverrides()
    .usingServer(driverUrl)
    // MiniBrowser is WebKitGTK's own browser; in automation mode its storage is ephemeral.
    .withCapabilities({ browserName: 'MiniBrowser' })
    .build();
  sessions.push(driver);
  return driver;
}

const js = (driver, body, ...args) => driver.executeScript(body, ...args);

// Visible as Playwright means it: rendered boxes, not visibility:hidden. (Not offsetParent, which
// is null for the share dialog: a fixed-position element in the top layer.)
const VISIBLE = `const visible = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';`;

/** Text of the first element matching `css`, or null when there is none or it is hidden. */
const textOf = (driver, css) =>
  js(driver, `${VISIBLE} const e = document.querySelector(arguments[0]); return visible(e) ? e.innerText.trim() : null;`, css);

/** Waits until the Yew app has rendered its shell (as helpers.js `ready`): the live app, not the
 *  pre-rendered first screen shown before it starts (its nodes carry data-prerender). */
async function ready(driver) {
  await until('the app shell (header.site-header and main h1)', () =>
    js(driver, `${VISIBLE} const h = document.querySelector('header.site-header:not([data-prerender])'), t = document.querySelector('main:not([data-prerender]) h1');
      return visible(h) && visible(t) && t.textContent.trim() !== '';`),
  );
}

/** Every stored value, as one string (to look for answer data in it). */
const storedText = (driver) =>
  js(driver, `return JSON.stringify(Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));`);

async function main() {
  // The server, as Playwright's webServer runs it.
  const port = Number(process.env.SHINDAN_WEBKIT_PORT) || (await freePort());
  const ORIGIN = `http://127.0.0.1:${port}/`;
  step(`serving dist/ at ${ORIGIN}`);
  const server = start('serve.mjs', process.execPath, [SERVE, '--dir', DIST, '--port', String(port), '--warm']);
  await until(`the server at ${ORIGIN}`, () => answers(ORIGIN));

  // Two WebKitWebDriver instances: each allows one session at a time ("Maximum number of active
  // sessions"), and the journey keeps its first session open while the second opens the link.
  if (!process.env.DISPLAY) fail('no X display: run this under `xvfb-run -a`');
  const drivers = [];
  for (const name of ['sender', 'recipient']) {
    const p = await freePort();
    const url = `http://127.0.0.1:${p}`;
    const child = start(`WebKitWebDriver (${name})`, DRIVER, [`--port=${p}`]);
    await until(`${DRIVER} on port ${p}`, () =>
      fetch(`${url}/status`).then(
        (r) => r.json().then((j) => j.value && j.value.ready === true),
        () => false,
      ),
    );
    drivers.push(url);
  }

  step('sender: a new WebKit session opens the SME self-diagnosis');
  const a = await newSession(drivers[0]);
  const caps = await a.getCapabilities();
  console.log(`  browser: ${caps.get('browserName')} ${caps.get('browserVersion')} (WebKitGTK), ${await js(a, 'return navigator.userAgent;')}`);
  await a.get(`${ORIGIN}#/sme`);
  await ready(a);
  assertEq(await js(a, `return document.documentElement.lang;`), 'ja', 'the page language');
  // 次へ: the self-diagnosis is stage 2's screen, at its own address.
  const next = await a.findElement(By.css('[data-testid="step-nav"] a.next'));
  await a.executeScript('arguments[0].scrollIntoView({ block: "center" });', next);
  await next.click();
  await until('the stage 2 screen', () => js(a, `return location.hash;`), (h) => h === '#/sme/stage2');
  if ((await storedText(a)).includes('sc.01')) fail('a new session starts with answers already stored');

  step('sender: answering the 25 items; the total follows every answer');
  let total = 0;
  for (const [i, value] of PATTERN.entries()) {
    const n = i + 1;
    const id = `sc.${String(n).padStart(2, '0')}`;
    const input = await a.findElement(By.css(`fieldset[data-item="${id}"] input[value="${value}"]`));
    await a.executeScript('arguments[0].scrollIntoView({ block: "center" });', input);
    await input.click();
    await until(`${id} "${value}" to be checked`, () => input.isSelected());
    total += POINTS[value];
    const expected = n < 25 ? `${total} / 100 (${PROVISIONAL} ${n} / 25)` : `${total} / 100`;
    await until(`the total to read "${expected}" after ${id}`, () => textOf(a, '[data-testid="sc-total-so-far"]'), (t) => t === expected);
  }
  assertEq(total, 55, 'the pattern adds up to');
  // The result: a screen of its own, reached from the link under the last item.
  const toResult = await a.findElement(By.css('[data-testid="score-after-items"] a'));
  await a.executeScript('arguments[0].scrollIntoView({ block: "center" });', toResult);
  await toResult.click();
  await until('the result screen', () => js(a, `return location.hash;`), (h) => h === '#/sme/result');
  await until('the result total', () => textOf(a, '[data-testid="sc-total"]'), (t) => t === '55 / 100');
  const band = await until('the score band', () =>
    js(a, `const b = document.querySelector('[data-testid="sc-band"]'); return b && b.dataset.band;`),
  );
  assertEq(band, 'sc.band.50', 'the band of 55 points');
  await until('the answers to be stored', () => storedText(a), (s) => s.includes('sc.25'));

  step('sender: the results page shows the same total');
  await a.get(`${ORIGIN}#/results`);
  await ready(a);
  const keyTotal = await until('the results total', () => textOf(a, '[data-testid="key-sc-total"]'), (t) => !!t && t.startsWith('55 / 100'));

  step('sender: share by link');
  await a.findElement(By.css('#share-open')).click();
  await until('the share dialog', () => textOf(a, '#share-dialog'), (t) => t !== null);
  // The link is read from the page's link field, as a person would select it: the journey does
  // not depend on the clipboard (see the copy check below).
  const link = await until('the share link', () => js(a, `const i = document.querySelector('#share-link'); return i && i.value;`));
  const url = new URL(link);
  assertEq(url.origin + url.pathname, ORIGIN, 'the share link points at the app');
  if (!/^#\/r\/[A-Za-z0-9_-]+$/.test(url.hash)) fail(`the share link's fragment is not a payload: ${url.hash}`);
  // Copy: WebKitGTK grants navigator.clipboard.writeText to the click (a user gesture) and writes
  // the X clipboard (Xvfb's, private to this run); the test reads it back by pasting (Ctrl+V) into
  // the dialog's passphrase field, then clears the field and switches the passphrase off again.
  await a.findElement(By.css('#share-copy')).click();
  const copyStatus = await until('the copy outcome', () => textOf(a, '[data-testid="share-copy-status"]'));
  assertEq(copyStatus, 'コピーしました。', 'the copy status (navigator.clipboard.writeText resolved)');
  {
    await a.findElement(By.css('#share-protect')).click();
    const field = await until('the passphrase field', () => a.findElement(By.css('#share-passphrase')));
    await field.click();
    await field.sendKeys(Key.CONTROL, 'v');
    const pasted = await until('the pasted clipboard', () => field.getAttribute('value'));
    assertEq(pasted, link, 'the clipboard after "copy" (pasted with Ctrl+V)');
    console.log('  copy: the clipboard holds exactly the link (pasted back with Ctrl+V)');
    await field.clear();
    await a.findElement(By.css('#share-protect')).click();
    await until('the plain link again', () => js(a, `const i = document.querySelector('#share-link'); return i && i.value;`), (v) => v === link);
  }
  await a.findElement(By.css('#share-close')).click();
  await until('the share dialog to close', () => textOf(a, '#share-dialog'), (t) => t === null);

  step('recipient: a second, fresh WebKit session opens the link');
  const b = await newSession(drivers[1]);
  await b.get(link);
  await ready(b);
  await until('the shared view', () => textOf(b, '[data-testid="shared-view"]'), (t) => t !== null);
  const sharedTotal = await until('the shared total', () => textOf(b, '[data-testid="key-sc-total"]'));
  assertEq(sharedTotal, keyTotal, 'the shared result total (the same as the sender\'s)');
  await until('the payload to leave the address bar', () => js(b, 'return location.hash;'), (h) => h === '#/r');
  const stored = await storedText(b);
  if (stored.includes('sc.01')) fail(`the recipient's storage holds answers (not a fresh session, or the link was stored): ${stored}`);
  await b.quit();
  sessions.splice(sessions.indexOf(b), 1);

  step('sender: the service worker controls the page and holds this build');
  await until('navigator.serviceWorker.controller', () => js(a, 'return navigator.serviceWorker.controller !== null;'));
  const cached = await until(
    `all ${BUILD.assets.length} build files in the cache shindan-${BUILD.version}`,
    () =>
      a.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         caches.open(arguments[0]).then((c) => c.keys()).then((k) => done(k.length), (e) => done(String(e)));`,
        `shindan-${BUILD.version}`,
      ),
    (n) => n === BUILD.assets.length,
  );
  assertEq(cached, BUILD.assets.length, 'precached files');

  step('offline: the server is stopped; a request to it is refused');
  await stop(server);
  if (await answers(ORIGIN)) fail(`${ORIGIN} still answers after the server was stopped`);
  const refused = await a.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     fetch('./offline-probe', { method: 'POST' }).then(() => done('answered'), (e) => done('failed: ' + e));`,
  );
  if (!refused.startsWith('failed')) fail(`the page still reaches the server: ${refused}`);

  step('offline: reload the SME page; the app, the answers and the total are still there');
  await a.get(`${ORIGIN}#/sme/stage2`); // same document: only the fragment changes
  await js(a, 'window.__beforeReload = true;');
  await a.navigate().refresh();
  await until('a new document (the reload happened)', () => js(a, 'return window.__beforeReload === undefined;'));
  await ready(a);
  await until('the total after the offline reload', () => textOf(a, '[data-testid="sc-total-so-far"]'), (t) => t === '55 / 100');
  const checked = await a.findElement(By.css('fieldset[data-item="sc.25"] input[value="implemented"]')).isSelected();
  assertEq(checked, true, 'sc.25 "implemented" checked after the offline reload');

  step('offline: answer one more change; the total follows');
  const change = await a.findElement(By.css('fieldset[data-item="sc.16"] input[value="implemented"]'));
  await a.executeScript('arguments[0].scrollIntoView({ block: "center" });', change);
  await change.click();
  await until('the total after changing sc.16 offline', () => textOf(a, '[data-testid="sc-total-so-far"]'), (t) => t === '59 / 100');
  await a.quit();
  sessions.splice(sessions.indexOf(a), 1);
  step(`WebKit journey passed in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

async function cleanup() {
  for (const s of sessions.splice(0)) await s.quit().catch(() => {});
  for (const c of children.reverse()) await stop(c);
}

try {
  await main();
  await cleanup();
} catch (e) {
  console.error(`\nFAILED (WebKit journey, step ${stepNo}): ${e instanceof Failure ? e.message : e.stack || e}`);
  for (const c of children) {
    if (c.output.trim()) console.error(`--- last output of ${c.label} ---\n${c.output.trim()}`);
  }
  await cleanup();
  process.exit(1);
}
