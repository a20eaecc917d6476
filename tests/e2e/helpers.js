// Shared e2e helpers: the route list (from the code), request/console recording, axe.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The app's origin under test (`SHINDAN_E2E_PORT`, default 8099), set in playwright.config.js. */
export { ORIGIN, LOG_FILE } from './playwright.config.js';

/** Every page of the app, kept in sync with `Route::ALL_EXAMPLES` by a native test. */
export const ROUTES = JSON.parse(readFileSync(new URL('./routes.json', import.meta.url), 'utf8'));

/**
 * Records every request, console error and page error of `page`.
 * Call `.assertClean(origin)` at the end of a test.
 */
export function watch(page) {
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    pageErrors.push(`unexpected dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return {
    requests,
    consoleErrors,
    pageErrors,
    assertClean(origin) {
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(foreign, 'every request is same-origin').toEqual([]);
      expect(consoleErrors, 'no console errors').toEqual([]);
      expect(pageErrors, 'no page errors').toEqual([]);
    },
  };
}

/** Waits until the Yew app has rendered its shell: the live app, not the pre-rendered first
 *  screen shown before it starts (whose top-level nodes carry `data-prerender`). */
export async function ready(page) {
  await expect(page.locator('header.site-header:not([data-prerender])')).toBeVisible();
  await expect(page.locator('main:not([data-prerender]) h1')).toBeVisible();
  // A page rendered in slices (the executive check) is busy until its last slice.
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/** Runs axe (WCAG 2.x A/AA + best practice) and fails on any violation. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The screen of the SME path that shows question `id` (`Route::SME_STEPS` in src/route.rs):
 *  the articles on stage 1, the self-diagnosis on stage 2, the executives' actions on their own. */
export const smeScreen = (id) => (id.startsWith('sme.art') ? 'stage1' : id.startsWith('sme.act') ? 'initiatives' : 'stage2');

/** Shows screen `screen` of the SME path (`stage1` … `result`) as a user would: through the
 *  path's step list when the path is open, else by its address. */
export async function toSmeScreen(page, screen) {
  const shown = page.locator(`main:not([data-prerender]) .sme-path[data-screen="${screen}"]`);
  if (await shown.count()) return;
  const link = page.locator(`main:not([data-prerender]) [data-testid="sme-stepper"] a[href="#/sme/${screen}"]`);
  if (await link.count()) await link.click();
  else await page.evaluate((h) => (location.hash = h), `#/sme/${screen}`);
  await expect(shown).toHaveCount(1);
}

/** Picks `value` in the SME path's question `id`, going to its screen first. */
export async function answerSme(page, id, value) {
  await toSmeScreen(page, smeScreen(id));
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

/**
 * A mixed self-diagnosis pattern, item 1 first: 1–10 implemented (40), 11–15 partial (10),
 * 16–20 not implemented (0), 21–23 don't know (−3), 24–25 implemented (8): 55, the 50–69 band.
 */
export const SC_PATTERN_55 = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  if (n <= 10 || n >= 24) return 'implemented';
  if (n <= 15) return 'partial';
  if (n <= 20) return 'not_implemented';
  return 'dont_know';
});

/**
 * The requester makes a request on #/partners (reason and organisation) and gets its link.
 */
export async function makeRequest(page, org) {
  await page.goto('/#/partners');
  await ready(page);
  await page.locator('#req-reason').fill('委託先の情報セキュリティ対策を確認するため');
  await page.locator('#req-org').fill(org);
  await page.locator('#req-make').click();
  await expect(page.getByTestId('request-link')).toContainText('#/ask/');
  return (await page.getByTestId('request-link').textContent()).trim();
}

/**
 * The partner opens a request link, answers the 25-item self-diagnosis with SC_PATTERN_55
 * (total 55), and makes the sealed response link; returns it. `seen.band` gets the band the
 * partner's own SME page showed.
 */
export async function respond(page, link, org, seen = {}) {
  await page.goto(link);
  await ready(page);
  await expect(page.getByTestId('ask-view')).toBeVisible();
  await page.locator('#ask-new').click();
  await page.locator('#ask-go-sme').click();
  await ready(page);
  for (const [i, v] of SC_PATTERN_55.entries()) {
    await answerSme(page, `sc.${String(i + 1).padStart(2, '0')}`, v);
  }
  await toSmeScreen(page, 'result');
  await expect(page.getByTestId('sc-total')).toHaveText('55 / 100');
  seen.band = await page.getByTestId('sc-band').getAttribute('data-band');
  // Back to the request the way a partner would: the questionnaire's link to it.
  await page.locator('#ask-return').click();
  await expect(page.getByTestId('ask-view')).toBeVisible();
  await page.locator('#ask-responder').fill(org);
  await page.locator('#ask-send').click();
  await expect(page.locator('#ask-link')).toHaveValue(/#\/reply\//);
  return page.locator('#ask-link').inputValue();
}

/**
 * The executive pattern the report, figures and assessment specs answer: A-2 values per 指示 in
 * order and the maturity tiers [current, target]. 指示9 is weak (0 %) with no maturity gap, so
 * the gap order alone would leave it out of the board summary.
 */
export const EXEC_PATTERN = {
  1: [['implemented', 'implemented', 'implemented'], [3, 3]],
  2: [['partial', 'partial', 'partial'], [1, 3]],
  3: [Array(5).fill('not_implemented'), [0, 3]],
  4: [['implemented', 'dont_know', 'not_applicable'], [2, 3]],
  5: [Array(10).fill('not_applicable'), null],
  6: [['implemented', 'implemented', 'not_implemented', 'not_implemented'], [1, 3]],
  7: [Array(5).fill('implemented'), [4, 4]],
  8: [['partial', 'implemented'], null],
  9: [Array(3).fill('not_implemented'), [2, 2]],
  10: [['implemented', 'partial'], [1, 2]],
};

/** Seeds a stored first-format assessment (`raw`) and the language once per test, before the app starts. */
export async function seedOnce(page, raw, lang) {
  await page.addInitScript(
    ([raw, lang]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('shindan.v1.current', raw);
        localStorage.setItem('shindan.v1.lang', JSON.stringify(lang));
        sessionStorage.setItem('seeded', '1');
      }
    },
    [raw, lang],
  );
}

/** The stored answers and tiers of EXEC_PATTERN, every A-1 item implemented (new objects each call). */
export function execAnswers() {
  const answers = {};
  const tiers = {};
  for (const p of [1, 2, 3]) for (const n of [1, 2, 3]) answers[`v3.a1.p${p}-${n}`] = 'implemented';
  for (const [d, [items, t]] of Object.entries(EXEC_PATTERN)) {
    items.forEach((v, i) => (answers[`v3.a2.${d}-${i + 1}`] = v));
    if (t) tiers[`v3.d${d}`] = { current: t[0], target: t[1] };
  }
  return { answers, tiers };
}
