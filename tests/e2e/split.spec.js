// The first load: the app ships as two wasm builds (src/boot.rs). The first screen
// (home, the SME path, the executive check) loads only its own; any other page loads the whole app once, which
// takes over the first screen's state (the open assessment, the language, anything not yet
// stored); coming back before it is ready starts nothing; a failed load says so and retries.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, answerSme, toSmeScreen } from './helpers.js';

const WHOLE = /\/shindan-full-[0-9a-f]+(_bg\.wasm|\.js)$/;
/** Picks `value` in question `id` (on the SME path, on its screen). */
const answer = (page, id, value) =>
  id.startsWith('sc.') || id.startsWith('sme.')
    ? answerSme(page, id, value)
    : page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
const FIRST = /\/shindan-[0-9a-f]+(_bg\.wasm|\.js)$/;
const wholeRequests = (w) => w.requests.filter((u) => WHOLE.test(new URL(u).pathname));
const firstRequests = (w) => w.requests.filter((u) => FIRST.test(new URL(u).pathname));

test('the first screen loads only its own build; another page loads the whole app once and keeps the state', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/sme');
  await ready(page);
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await answer(page, 'sc.01', 'implemented');
  await expect(page.getByTestId('sc-total-so-far')).not.toHaveText('');
  const total = await page.getByTestId('sc-total-so-far').textContent();
  const firstScreen = await page.locator('main').innerText();
  expect(wholeRequests(w), 'the SME path needs nothing of the whole app').toEqual([]);

  // A page the first screen does not have: the whole app takes over, in English, with the answer.
  await page.locator('nav a[href="#/results"]').click();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('#full-loading')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('nav a[href="#/results"]')).toHaveAttribute('aria-current', 'page');
  // It came by a navigation: the page heading has the focus, as after any other.
  await expect(page.locator('main h1')).toBeFocused();
  expect(wholeRequests(w).map((u) => new URL(u).pathname.endsWith('.js') ? 'js' : 'wasm').sort()).toEqual(['js', 'wasm']);

  // Back on the SME path (now the whole app's): the answer and the total are there; nothing
  // more is downloaded, and the page still works.
  await page.locator('nav a[href="#/sme"]').click();
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
  await expect(page.getByTestId('sc-total-so-far')).toHaveText(total);
  // The first screen's model leaves out only texts of other pages: the page reads the same.
  expect(await page.locator('main').innerText()).toBe(firstScreen);
  await answer(page, 'sc.02', 'partial');
  await expect(page.getByTestId('sc-total-so-far')).not.toHaveText(total);
  expect(wholeRequests(w)).toHaveLength(2);
  // One app in the page: one header, one main.
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  w.assertClean(ORIGIN);
});

test('the executive check is on the first screen; every answer, maturity and note goes on to the results', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/executive');
  await ready(page);
  // An A-1 question of the first screenful, and A-2's last 指示 (added in a later slice).
  await page.locator('fieldset[data-item="v3.a1.p1-1"] input[value="implemented"]').check();
  const last = page.locator('section.direction[data-direction="10"]');
  await last.locator('fieldset[data-item] input[value="partial"]').first().check();
  const lastItem = await last.locator('fieldset[data-item]').first().getAttribute('data-item');
  await last.locator('select').first().selectOption('2');
  await last.locator('textarea').fill('first-screen note');
  await last.locator('textarea').blur();
  await expect(page.locator('#exec-progress')).toContainText('2 / 49');
  // A returning visit (the answers are stored) is rendered in slices too: busy, then whole.
  await page.addInitScript(() => {
    window.__busySeen = false;
    new MutationObserver(() => {
      if (document.querySelector('main:not([data-prerender]) .assessment-page[aria-busy="true"]')) window.__busySeen = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.reload();
  await ready(page);
  expect(await page.evaluate(() => window.__busySeen), 'the live page was busy before it was whole').toBe(true);
  await expect(page.locator(`fieldset[data-item="${lastItem}"] input[value="partial"]`)).toBeChecked();
  await expect(page.locator('#exec-progress')).toContainText('2 / 49');
  const firstScreen = await page.locator('main').innerText();
  expect(wholeRequests(w), 'the executive check needs nothing of the whole app').toEqual([]);

  // The results: the whole app takes over with every answer.
  await page.locator('main p.next-step a[href="#/results"]').click();
  await expect(page.locator('#full-loading')).toHaveCount(0);
  await expect(page.locator('nav a[href="#/results"]')).toHaveAttribute('aria-current', 'page');
  expect(wholeRequests(w)).toHaveLength(2);
  await page.locator('nav a[href="#/executive"]').click();
  await expect(page.locator('fieldset[data-item="v3.a1.p1-1"] input[value="implemented"]')).toBeChecked();
  await expect(page.locator(`fieldset[data-item="${lastItem}"] input[value="partial"]`)).toBeChecked();
  await expect(last.locator('select').first()).toHaveValue('2');
  await expect(last.locator('textarea')).toHaveValue('first-screen note');
  // Rendered in slices here too: the whole page before reading it.
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  // The first screen's model leaves out only texts of other pages: the page reads the same.
  expect(await page.locator('main').innerText()).toBe(firstScreen);
  await expect(page.locator('header.site-header')).toHaveCount(1);
  w.assertClean(ORIGIN);
});

test('the home page reads the same in both builds', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/');
  await ready(page);
  const first = await page.locator('body').innerText();
  const homeTitle = await page.locator('main h1').innerText();
  await page.locator('nav a[href="#/guidelines"]').click();
  // The guidelines page itself: until the whole app has rendered it, the home page's heading (or
  // the loading line) is still there.
  await expect(page.locator('main h1')).not.toHaveText(homeTitle);
  await expect(page.locator('#full-loading')).toHaveCount(0);
  const guidelinesTitle = await page.locator('main h1').innerText();
  await page.locator('a.brand').click();
  // Wait for the home page itself, not any h1: the guidelines' is visible until it is replaced.
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('main h1')).not.toHaveText(guidelinesTitle);
  await expect.poll(() => page.locator('body').innerText()).toBe(first);
  expect(wholeRequests(w)).toHaveLength(2);
  w.assertClean(ORIGIN);
});

// src/web/loader.js chooses the build from the address: a first visit at another page's address
// fetches the whole app alone, never the first screen's build as well; so does an address no
// page has (the whole app shows not-found).
// (An escape src/route.rs decodes beside one it cannot: the loader reads it the same.)
for (const hash of ['#/guidelines/meti/3', '#/results', '#/r/', '#/ask', '#/partners', '#/%72esults?q=%E0', '#/nowhere']) {
  test(`a deep link to another page (${hash}) loads the whole app alone`, async ({ page }) => {
    const w = watch(page);
    await page.goto(`/${hash}`);
    await ready(page);
    await expect(page.locator('#full-loading')).toHaveCount(0);
    expect(wholeRequests(w).map((u) => new URL(u).pathname.endsWith('.js') ? 'js' : 'wasm').sort()).toEqual(['js', 'wasm']);
    expect(firstRequests(w), "nothing of the first screen's build").toEqual([]);
    // The whole app started on its own registers the service worker, so offline use works.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A page of the first screen is the whole app's now: nothing more is fetched.
    await page.locator('nav a[href="#/sme"]').click();
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item="sc.01"]')).toBeVisible();
    expect(firstRequests(w)).toEqual([]);
    w.assertClean(ORIGIN);
  });
}

test('the first-screen pages fetch the first screen alone, whatever the spelling', async ({ browser }) => {
  for (const hash of ['#/', '#/sme/stage2', '#sme', '#/%73me', '#/executive']) {
    // A first visit each: a fresh profile, no worker to answer from its cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${ORIGIN}/${hash}`);
    await ready(page);
    expect(firstRequests(w).map((u) => new URL(u).pathname.endsWith('.js') ? 'js' : 'wasm').sort(), hash).toEqual(['js', 'wasm']);
    expect(wholeRequests(w), hash).toEqual([]);
    w.assertClean(ORIGIN);
    await context.close();
  }
});

// When the build is fetched (src/web/loader.js): after the pre-rendered page is painted where the
// picker shows one (a fresh visit to a page of the first screen), at once, while the page is still
// parsed, where it shows the header alone (another address, a returning user). Read from the
// page's own timings: the wasm request's start against the document's DOMContentLoaded.
test('the build is fetched after a pre-rendered page is painted, at once under the header alone', async ({ browser }) => {
  const cases = [
    ['#/sme', {}, 'after'],
    ['#/executive', {}, 'after'],
    ['', { 'shindan.v1.lang': '"en"' }, 'after'],
    ['#/sme/stage2', {}, 'at once'],
    ['#/results', {}, 'at once'],
    // A returning user: stored answers make the app's first screen differ, so the header alone.
    ['#/sme', { 'shindan.v1.scs': '{"format":1,"workbook":null,"answers":{}}' }, 'at once'],
  ];
  for (const [hash, stored, when] of cases) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((items) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, stored);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/${hash}`);
    await ready(page);
    const t = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const nav = performance.getEntriesByType('navigation')[0];
      return { wasm: wasm.startTime, dclStart: nav.domContentLoadedEventStart, dclEnd: nav.domContentLoadedEventEnd };
    });
    const label = `${hash || '(none)'} ${JSON.stringify(stored)}`;
    if (when === 'after') expect(t.wasm, label).toBeGreaterThan(t.dclEnd);
    else expect(t.wasm, label).toBeLessThan(t.dclStart);
    await context.close();
  }
});

// Holding back or failing the whole app's files needs the page's own requests: no service
// worker in between (Playwright's routes do not see what a worker answers).
test.describe("with the network in the test's hands", () => {
  test.use({ serviceWorkers: 'block' });

  test('coming back to the first screen before the whole app is ready starts nothing', async ({ page }) => {
    const w = watch(page);
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(WHOLE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/#/sme');
    await ready(page);
    await answer(page, 'sc.03', 'implemented');
    await page.locator('nav a[href="#/results"]').click();
    await expect(page.locator('#full-loading')).toBeVisible();
    await page.locator('nav a[href="#/sme"]').click();
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item="sc.03"] input[value="implemented"]')).toBeChecked();
    release();
    // The whole app arrives, and is not started: the first screen still answers.
    await expect.poll(() => wholeRequests(w).length).toBe(2);
    await answer(page, 'sc.04', 'partial');
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item="sc.04"] input[value="partial"]')).toBeChecked();
    await expect(page.locator('header.site-header')).toHaveCount(1);
    // Asked again, it starts at once from the module already compiled.
    await page.locator('nav a[href="#/results"]').click();
    await ready(page);
    await expect(page.locator('#full-loading')).toHaveCount(0);
    await page.locator('nav a[href="#/sme"]').click();
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item="sc.04"] input[value="partial"]')).toBeChecked();
    expect(wholeRequests(w)).toHaveLength(2);
    w.assertClean(ORIGIN);
  });

  test('opened at another page, a whole app that fails once is loaded by the first screen, with one worker registration', async ({ page }) => {
    const w = watch(page);
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const failedOnce = new Set();
    await page.route(WHOLE, (route) => {
      const u = route.request().url();
      if (failedOnce.has(u)) return route.continue();
      failedOnce.add(u);
      return route.abort();
    });
    await page.goto('/#/results');
    await ready(page);
    await expect(page.locator('nav a[href="#/results"]')).toHaveAttribute('aria-current', 'page');
    // The loader gave up on the whole app and started the first screen, which loaded it again.
    expect(firstRequests(w).length).toBeGreaterThan(0);
    expect(warnings.filter((t) => /could not be loaded; starting the first screen/.test(t))).toHaveLength(1);
    // Registered once: a second registration would ask for the worker's Trusted Types policy
    // again, which the CSP refuses and reports.
    expect(await page.evaluate(() => window.__csp), 'no CSP violation').toEqual([]);
    await expect(page.locator('#load-failed, #full-load-failed')).toHaveCount(0);
  });

  test('a failed load of the whole app is reported, keeps the answers and can be retried', async ({ page }) => {
    let fail = true;
    await page.route(WHOLE, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/#/sme');
    await ready(page);
    await answer(page, 'sc.05', 'implemented');
    await page.locator('nav a[href="#/results"]').click();
    await expect(page.locator('#full-load-failed')).toBeVisible();
    await expect(page.locator('#full-load-failed')).toContainText('読み込めませんでした');
    fail = false;
    await page.locator('#full-load-failed button').click();
    await ready(page);
    await page.locator('nav a[href="#/sme"]').click();
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item="sc.05"] input[value="implemented"]')).toBeChecked();
  });
});
