// The assessments users come for: the SME step-up path to ★/★★ with the official scoring,
// and the executive check. Answers are given through the real radio inputs.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, SC_PATTERN_55, answerSme, toSmeScreen, EXEC_PATTERN as EXEC } from './helpers.js';

/** Picks `value` in the question whose model ID is `id` (on the SME path, on its screen). */
async function answer(page, id, value) {
  if (id.startsWith('sc.') || id.startsWith('sme.')) return answerSme(page, id, value);
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

const scId = (n) => `sc.${String(n).padStart(2, '0')}`;

// The shared 55-point pattern (helpers.js): the 50–69 band.
const PATTERN = SC_PATTERN_55;

async function completeSme(page) {
  for (const n of [1, 2, 3]) await answer(page, `sme.art${n}`, 'done');
  for (const n of [4, 5]) await answer(page, `sme.art${n}`, 'committed');
  for (let n = 1; n <= 24; n++) await answer(page, scId(n), PATTERN[n - 1]);
  // Before the last answer the total is provisional and there is no band.
  await toSmeScreen(page, 'result');
  await expect(page.getByTestId('sc-total')).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('sc-band')).toHaveCount(0);
  await answer(page, scId(25), PATTERN[24]);
  await toSmeScreen(page, 'result');
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
    // One screen per stage: the 5 articles first, alone.
    await expect(page.locator('fieldset[data-item^="sme.art"]')).toHaveCount(5);
    await expect(page.locator('fieldset[data-item^="sc."], fieldset[data-item^="sme.act"]')).toHaveCount(0);
    await toSmeScreen(page, 'stage2');
    await expect(page.locator('fieldset[data-item^="sc."]')).toHaveCount(25);
    await expect(page.locator('fieldset[data-item^="sme.art"], fieldset[data-item^="sme.act"]')).toHaveCount(0);
    // The SME scale has exactly the four official options.
    await expect(page.locator('fieldset[data-item="sc.01"] input[type=radio]')).toHaveCount(4);
    await toSmeScreen(page, 'initiatives');
    await expect(page.locator('fieldset[data-item^="sme.act"]')).toHaveCount(7);

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
    // Each missing step links to its place on the path.
    await page.getByTestId('star2-missing').locator('a[href="#/sme/policy"]').first().click();
    await expect(page.locator('.sme-path')).toHaveAttribute('data-screen', 'stage2');
    await page.locator('#policy-established').check();
    await toSmeScreen(page, 'result');
    await expect(page.getByTestId('star2-missing').locator('li')).toHaveCount(1);
    await toSmeScreen(page, 'stage2');
    await page.locator('#policy-published').check();
    await expectNoAxeViolations(page, `filled SME stage 2 (${lang})`);
    await toSmeScreen(page, 'result');
    await expect(page.getByTestId('star2')).toHaveAttribute('data-ready', 'true');
    await expectNoAxeViolations(page, `SME result (${lang})`);

    // One article back to "not decided": ★ is no longer ready and that article is named.
    await answer(page, 'sme.art2', 'not_yet');
    await toSmeScreen(page, 'result');
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
  // The reload keeps the screen (the address) and the answers.
  await expect(page.locator('fieldset[data-item="sme.art1"] input[value="committed"]')).toBeChecked();
  await expect(page.locator('#meta-name')).toHaveValue('株式会社テスト');
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.03"] input[value="partial"]')).toBeChecked();
  // The policy draft is pre-filled with the organisation name.
  await expect(page.locator('#policy-1')).toHaveValue(/株式会社テスト/);
});

test('all わからない gives −25 and the lowest band', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  for (let n = 1; n <= 25; n++) await answer(page, scId(n), 'dont_know');
  await toSmeScreen(page, 'result');
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

async function completeExecutive(page) {
  for (const p of [1, 2, 3]) for (const n of [1, 2, 3]) await answer(page, `v3.a1.p${p}-${n}`, 'implemented');
  for (const [d, [items, tiers]] of Object.entries(EXEC)) {
    for (let i = 0; i < items.length; i++) await answer(page, `v3.a2.${d}-${i + 1}`, items[i]);
    if (tiers) {
      await page.locator(`[id="v3.d${d}--tier-current"]`).selectOption(String(tiers[0]));
      await page.locator(`[id="v3.d${d}--tier-target"]`).selectOption(String(tiers[1]));
    }
  }
}

for (const lang of ['ja', 'en']) {
  test(`executive assessment: radar, scores, CSF heat maps and the gap list in order (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/executive');
    await ready(page);
    if (lang === 'en') await page.locator('#lang-switch').click();
    await expect(page.locator('fieldset[data-item^="v3.a1."]')).toHaveCount(9);
    await expect(page.locator('fieldset[data-item^="v3.a2."]')).toHaveCount(40);
    await expect(page.locator('fieldset[data-item="v3.a2.1-1"] input[type=radio]')).toHaveCount(5);
    await completeExecutive(page);
    await expect(page.locator('#exec-progress')).toContainText('49 / 49');
    await page.locator('#v3\\.d2--note').fill('担当: 情報システム部');
    await page.locator('#v3\\.d2--note').blur();

    await page.goto('/#/results');
    await ready(page);
    const score = (d) => page.locator(`[data-testid=direction-scores] tr[data-direction="${d}"] td[data-col=score]`);
    // Percentages follow the language: "100%" in Japanese, "100 %" in English.
    const pct = (n) => (lang === 'ja' ? `${n}%` : `${n} %`);
    await expect(score(1)).toHaveText(pct(100));
    await expect(score(2)).toHaveText(pct(50));
    await expect(score(3)).toHaveText(pct(0));
    await expect(score(4)).toHaveText(pct(50)); // (4 + 0) / 8: わからない counts 0, 該当しない left out
    await expect(score(5)).toHaveText(lang === 'ja' ? '該当なし' : 'n/a');
    await expect(score(8)).toHaveText(pct(75));

    // The radar: an SVG image with a title; its numbers are the one 指示 table beside it
    // (score, maturity current → target, answered), not a second table.
    const radar = page.locator('#exec-radar');
    await expect(radar.locator('svg[role=img] title')).not.toBeEmpty();
    await expect(radar.locator('polygon.series.score, polyline.series.score')).not.toHaveCount(0);
    await expect(radar.locator('table')).toHaveCount(0);
    const row2 = page.locator('[data-testid=direction-scores] tr[data-direction="2"] td');
    await expect(row2).toHaveText([pct(50), '1 → 3', '3 / 3']);

    // Gap list: gap desc, then score asc, then number; rows without a gap last.
    const order = await page.locator('[data-testid=gap-list] > li').evaluateAll((els) => els.map((e) => e.dataset.direction));
    expect(order).toEqual(['3', '2', '6', '4', '10', '9', '8']);
    await expect(page.locator('[data-testid=gap-list] > li').first()).toContainText(lang === 'ja' ? '対策を怠った場合のシナリオ' : 'Scenario if neglected');

    // CSF heat maps: the official 1.1 view and Shindan's 2.0 view, "no data" rather than 0.
    await expect(page.locator('#csf11')).toHaveAttribute('data-official', 'true');
    await expect(page.locator('#csf20')).toHaveAttribute('data-official', 'false');
    await expect(page.locator('#csf11 tr[data-category]')).toHaveCount(23);
    await expect(page.locator('#csf20 tr[data-category]')).toHaveCount(22);
    await expect(page.locator('#csf11 tr[data-category="ID.GV"] td.cell')).toHaveText(/%/);
    await expect(page.locator('#csf20 td.cell.nodata').first()).toBeVisible();

    // Unknowns: the one わからない.
    await expect(page.getByTestId('unknowns').locator('li')).toHaveCount(1);
    await expectNoAxeViolations(page, `filled results (${lang})`);
    await page.goto('/#/executive');
    await ready(page);
    await expectNoAxeViolations(page, `filled executive page (${lang})`);
    w.assertClean(ORIGIN);
  });
}

test('a question\'s "why and examples" enter the page when first opened, stay, and survive answers', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/sme/stage2');
  await ready(page);
  const card = page.locator('fieldset[data-item="sc.03"]');
  const details = card.locator('details');
  await expect(details).toHaveCount(1);
  // Closed: only the summary is in the DOM (the content is rendered on first open).
  await expect(details.locator('ul.examples')).toHaveCount(0);
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('p')).not.toBeEmpty();
  await expect(details.locator('ul.examples li').first()).toBeAttached();
  // Answering this and another question keeps it open with its content.
  await answer(page, 'sc.03', 'partial');
  await answer(page, 'sc.04', 'implemented');
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('ul.examples li').first()).toBeAttached();
  // Closed again, the content stays (no re-render on every toggle).
  await details.locator('summary').click();
  await expect(details).not.toHaveAttribute('open', '');
  await expect(details.locator('ul.examples li').first()).toBeAttached();
  // Articles use the same lazy list of example measures.
  await toSmeScreen(page, 'stage1');
  const art = page.locator('fieldset[data-item="sme.art1"] details');
  await expect(art.locator('ul.examples')).toHaveCount(0);
  await art.locator('summary').click();
  await expect(art.locator('ul.examples li').first()).toBeVisible();
  w.assertClean(ORIGIN);
});
