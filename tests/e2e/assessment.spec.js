// The assessments users come for: the SME step-up path to ★/★★ with the official scoring,
// and the executive check. Answers are given through the real radio inputs.
import { test, expect } from '@playwright/test';
import { watch, ready } from './helpers.js';

const ORIGIN = 'http://127.0.0.1:8099/';

/** Picks `value` in the question whose model ID is `id`. */
async function answer(page, id, value) {
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

const scId = (n) => `sc.${String(n).padStart(2, '0')}`;

// A mixed pattern: 1–10 implemented (40), 11–15 partial (10), 16–20 not implemented (0),
// 21–23 don't know (−3), 24–25 implemented (8): total 55 → the 50–69 band.
const PATTERN = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  if (n <= 10 || n >= 24) return 'implemented';
  if (n <= 15) return 'partial';
  if (n <= 20) return 'not_implemented';
  return 'dont_know';
});

async function completeSme(page) {
  for (const n of [1, 2, 3]) await answer(page, `sme.art${n}`, 'done');
  for (const n of [4, 5]) await answer(page, `sme.art${n}`, 'committed');
  for (let n = 1; n <= 24; n++) await answer(page, scId(n), PATTERN[n - 1]);
  // Before the last answer the total is provisional and there is no band.
  await expect(page.getByTestId('sc-total')).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('sc-band')).toHaveCount(0);
  await answer(page, scId(25), PATTERN[24]);
}

for (const lang of ['ja', 'en']) {
  test(`SME path: 5 articles and 25 items give the official total, band and ★/★★ status (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/sme');
    await ready(page);
    if (lang === 'en') {
      await page.locator('#lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await expect(page.locator('fieldset[data-item^="sc."]')).toHaveCount(25);
    await expect(page.locator('fieldset[data-item^="sme.art"]')).toHaveCount(5);
    await expect(page.locator('fieldset[data-item^="sme.act"]')).toHaveCount(7);
    // The SME scale has exactly the four official options.
    await expect(page.locator('fieldset[data-item="sc.01"] input[type=radio]')).toHaveCount(4);

    await completeSme(page);
    const total = page.getByTestId('sc-total');
    await expect(total).toHaveAttribute('data-complete', 'true');
    await expect(total).toHaveText('55 / 100');
    await expect(page.getByTestId('sc-band')).toHaveAttribute('data-band', 'sc.band.50');
    await expect(page.locator('tr[data-part="1"] td').first()).toHaveText('20 / 20');
    // Part 2 (6–18): 6–10 implemented 20, 11–15 partial 10, 16–18 not 0 → 30 / 52.
    await expect(page.locator('tr[data-part="2"] td').first()).toHaveText('30 / 52');
    // Part 3 (19–25): 19–20 not 0, 21–23 don't know −3, 24–25 8 → 5 / 28.
    await expect(page.locator('tr[data-part="3"] td').first()).toHaveText('5 / 28');
    await expect(page.getByTestId('sc-dont-know').locator('li')).toHaveCount(3);

    // ★: every article done or committed; the two commitments are listed.
    await expect(page.getByTestId('star1')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('star1-committed').locator('li')).toHaveCount(2);
    // ★★: all 25 answered, but the policy is neither established nor published.
    await expect(page.getByTestId('star2')).toHaveAttribute('data-ready', 'false');
    await expect(page.getByTestId('star2-missing').locator('li')).toHaveCount(2);
    await page.locator('#policy-established').check();
    await expect(page.getByTestId('star2-missing').locator('li')).toHaveCount(1);
    await page.locator('#policy-published').check();
    await expect(page.getByTestId('star2')).toHaveAttribute('data-ready', 'true');

    // One article back to "not decided": ★ is no longer ready and that article is named.
    await answer(page, 'sme.art2', 'not_yet');
    await expect(page.getByTestId('star1')).toHaveAttribute('data-ready', 'false');
    await expect(page.getByTestId('star1-missing').locator('li')).toHaveCount(1);
    w.assertClean(ORIGIN);
  });
}

test('SME answers survive a reload', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  await answer(page, 'sc.03', 'partial');
  await answer(page, 'sme.art1', 'committed');
  await page.locator('#meta-name').fill('株式会社テスト');
  await page.locator('#meta-name').blur();
  await page.reload();
  await ready(page);
  await expect(page.locator('fieldset[data-item="sc.03"] input[value="partial"]')).toBeChecked();
  await expect(page.locator('fieldset[data-item="sme.art1"] input[value="committed"]')).toBeChecked();
  await expect(page.locator('#meta-name')).toHaveValue('株式会社テスト');
  // The policy draft is pre-filled with the organisation name.
  await expect(page.locator('#policy-1')).toHaveValue(/株式会社テスト/);
});

test('all わからない gives −25 and the lowest band', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  for (let n = 1; n <= 25; n++) await answer(page, scId(n), 'dont_know');
  await expect(page.getByTestId('sc-total')).toHaveText('-25 / 100');
  await expect(page.getByTestId('sc-band')).toHaveAttribute('data-band', 'sc.band.low');
  await expect(page.getByTestId('sc-dont-know').locator('li')).toHaveCount(25);
});

test('an unreadable stored assessment is quarantined, reported, and never overwritten', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('shindan.v1.current', '{"format":1,"assessment":{"name":"trunc');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/#/sme');
  await ready(page);
  await expect(page.locator('#quarantine-notice')).toBeVisible();
  await answer(page, 'sc.01', 'implemented');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('shindan.quarantine.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"format":1,"assessment":{"name":"trunc']);
});
