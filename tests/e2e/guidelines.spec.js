// The Guidelines section: every page renders the model with the right counts (read from the DOM
// through data-testid attributes), marks Shindan's own content, works in English, links every
// 指示 detail page by previous/next, and never scrolls sideways on a 360 px phone.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations } from './helpers.js';

const A2_PER_DIRECTION = [3, 3, 5, 3, 10, 4, 5, 2, 3, 2];
const GUIDELINE_ROUTES = [
  '#/guidelines',
  '#/guidelines/meti',
  '#/guidelines/meti/1',
  '#/guidelines/meti/10',
  '#/guidelines/history',
  '#/guidelines/csf',
  '#/guidelines/sme',
  '#/guidelines/incident',
  '#/guidelines/sources',
];

const tid = (page, id) => page.locator(`[data-testid="${id}"]`);

async function open(page, route) {
  await page.goto(`/${route}`);
  await ready(page);
}

async function toEnglish(page) {
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('overview: frameworks with links and the context fact with its source', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines');
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(tid(page, 'framework')).toHaveCount(6);
  for (const id of ['meti', 'history', 'csf', 'sme', 'incident', 'sources']) {
    await expect(page.locator(`[data-testid="framework"][data-id="${id}"] a`)).toHaveAttribute('href', new RegExp(`#/guidelines`));
  }
  await expect(page.locator('[data-testid="framework"][data-id="meti"]')).toContainText('2023-03-24');
  const fact = tid(page, 'context-fact');
  await expect(fact).toHaveCount(1);
  // The citation names the source by its title, linked to the Sources page, and says the
  // confidence in words: codes and letters are the Sources page's alone.
  await expect(fact.locator('.src')).toHaveAttribute('data-src', 'S0');
  await expect(fact.locator('.src')).toContainText('出典: 経済産業省 説明資料');
  await expect(fact.locator('.src')).toContainText('確度: 高');
  await expect(fact.locator('.src a')).toHaveAttribute('href', '#/guidelines/sources');
  await expect(fact).not.toContainText('S0');
  w.assertClean(ORIGIN);
});

test('the sub-navigation marks the current page and reaches every Guidelines page', async ({ page }) => {
  await open(page, '#/guidelines');
  const links = page.locator('[data-testid="gl-subnav"] a');
  await expect(links).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    await links.nth(i).click();
    await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[data-testid="gl-subnav"] a[aria-current="page"]')).toHaveCount(1);
    await expect(page.locator('main h1')).toHaveCount(1);
  }
  await open(page, '#/guidelines/meti/4');
  await expect(page.locator('[data-testid="gl-subnav"] a[href="#/guidelines/meti"]')).toHaveAttribute('aria-current', 'true');
});

async function checkMeti(page) {
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(tid(page, 'principle')).toHaveCount(3);
  await expect(tid(page, 'a1-item')).toHaveCount(9);
  for (const p of [1, 2, 3]) {
    await expect(page.locator(`[data-testid="principle"][data-id="v3.p${p}"] [data-testid="a1-item"]`)).toHaveCount(3);
  }
  await expect(tid(page, 'direction')).toHaveCount(10);
  await expect(tid(page, 'group')).toHaveCount(6);
  for (let n = 1; n <= 10; n++) {
    const d = page.locator(`[data-testid="direction"][data-id="v3.d${n}"]`);
    await expect(d.locator(`a[href="#/guidelines/meti/${n}"]`)).toHaveCount(1);
    await expect(d.locator('[lang="ja"]')).not.toBeEmpty();
    await expect(d.locator('[lang="en"]')).not.toBeEmpty();
  }
}

test('METI page: 3 principles, 9 A-1 items, groups and 10 directions (ja, then en)', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/meti');
  await expect(page.locator('main h1')).toContainText('サイバーセキュリティ経営ガイドライン Ver3.0');
  await checkMeti(page);
  await expect(page.locator('[data-testid="direction"][data-id="v3.d1"]')).toContainText('サイバーセキュリティリスクの認識');
  await expect(page.locator('main .src').first()).toContainText('出典:');
  await toEnglish(page);
  await expect(page.locator('main h1')).toContainText('Cybersecurity Management Guidelines');
  await checkMeti(page);
  await expect(page.locator('[data-testid="direction"][data-id="v3.d1"]')).toContainText('Recognize cybersecurity risks');
  await expect(page.locator('main .src').first()).toContainText('Source:');
  w.assertClean(ORIGIN);
});

test('指示 detail pages: 40 A-2 check points with CSF 1.1 IDs, Appendix D, crosswalk, prev/next through 1..10', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/meti/1');
  let total = 0;
  for (let n = 1; n <= 10; n++) {
    await expect(page).toHaveURL(new RegExp(`#/guidelines/meti/${n}$`));
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main h1')).toContainText(`指示${n}：`);
    // A Japanese reader gets no English subtitle under the title.
    await expect(page.locator('main [lang="en"]')).toHaveCount(0);
    const rows = tid(page, 'a2-item');
    await expect(rows).toHaveCount(A2_PER_DIRECTION[n - 1]);
    total += await rows.count();
    await expect(rows.locator('[data-testid="csf11-printed"]')).toHaveCount(A2_PER_DIRECTION[n - 1]);
    await expect(tid(page, 'summary')).toHaveCount(1);
    expect(await tid(page, 'scenario').count()).toBeGreaterThan(0);
    await expect(tid(page, 'appendix-d').locator('.badge-official')).toHaveCount(1);
    await expect(tid(page, 'appendix-d')).toContainText('ISO/IEC 27001:2022');
    await expect(tid(page, 'crosswalk-label')).toContainText('Shindan の対応付け（METI は公表していません）');
    await expect(tid(page, 'dir-prev')).toHaveCount(n === 1 ? 0 : 1);
    await expect(tid(page, 'dir-next')).toHaveCount(n === 10 ? 0 : 1);
    if (n < 10) await tid(page, 'dir-next').click();
  }
  expect(total).toBe(40);
  // Shindan's correction of the misprinted "RP.PT-1" is shown beside the printed ID.
  await open(page, '#/guidelines/meti/6');
  await expect(page.locator('[data-id="v3.a2.6-3"] [data-testid="csf11-printed"]')).toHaveText('PR.IP-7, RP.PT-1');
  await expect(page.locator('[data-id="v3.a2.6-3"] [data-testid="csf11-correction"]')).toContainText('PR.PT-1');
  // And back down with the previous links.
  await open(page, '#/guidelines/meti/10');
  for (let n = 10; n > 1; n--) {
    await tid(page, 'dir-prev').click();
    await expect(page.locator('main h1')).toContainText(`指示${n - 1}`);
  }
  await expect(page).toHaveURL(/#\/guidelines\/meti\/1$/);
  await toEnglish(page);
  await expect(page.locator('main h1')).toContainText('Direction 1');
  await expect(tid(page, 'crosswalk-label')).toContainText("Shindan's mapping (not published by METI)");
  w.assertClean(ORIGIN);
});

test('history: lineage rows with text badges, (5) and (8) marked added, three versions', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/history');
  await expect(page.locator('[data-testid="lineage"][data-step="v11_to_v2"] [data-testid="lineage-row"]')).toHaveCount(10);
  await expect(page.locator('[data-testid="lineage"][data-step="v2_to_v3"] [data-testid="lineage-row"]')).toHaveCount(10);
  const added = page.locator('[data-testid="lineage-row"][data-kinds~="added"]');
  await expect(added).toHaveCount(2);
  await expect(added.nth(0)).toContainText('(5)');
  await expect(added.nth(0)).toContainText('実施');
  await expect(added.nth(1)).toContainText('(8)');
  await expect(added.nth(1)).toContainText('復旧');
  for (const row of [added.nth(0), added.nth(1)]) {
    await expect(row.locator('.badge.kind-added')).toHaveText('追加');
  }
  await expect(page.locator('[data-testid="lineage-row"][data-kinds~="merged"] .badge.kind-merged').first()).toHaveText('統合');
  await expect(tid(page, 'version')).toHaveCount(3);
  for (const v of ['v3', 'v2', 'v11']) {
    await expect(page.locator(`[data-testid="version"][data-id="${v}"] [data-testid="version-direction"]`)).toHaveCount(10);
    await expect(page.locator(`[data-testid="version"][data-id="${v}"] [data-testid="version-principle"]`)).toHaveCount(3);
  }
  await expect(page.locator('[data-testid="version"][data-id="v11"] [data-testid="version-direction"]').first()).toContainText('略称');
  w.assertClean(ORIGIN);
});

test('CSF: 1.1 has 5 functions / 23 categories, 2.0 has 6 / 22; mappings and scales labelled', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/csf');
  const v11 = page.locator('[data-testid="csf-version"][data-csf="1.1"]');
  const v20 = page.locator('[data-testid="csf-version"][data-csf="2.0"]');
  await expect(v11.locator('[data-testid="csf-function"]')).toHaveCount(5);
  await expect(v11.locator('[data-testid="csf-category"]')).toHaveCount(23);
  await expect(v20.locator('[data-testid="csf-function"]')).toHaveCount(6);
  await expect(v20.locator('[data-testid="csf-category"]')).toHaveCount(22);
  await expect(tid(page, 'appd-row')).toHaveCount(10);
  await expect(tid(page, 'appd-mapping').locator('.badge-official')).toHaveCount(1);
  await expect(tid(page, 'crosswalk-row')).toHaveCount(10);
  await expect(tid(page, 'crosswalk-label')).toContainText('Shindan の対応付け');
  await expect(tid(page, 'crosswalk-label').locator('.badge-unofficial')).toHaveCount(1);
  await expect(tid(page, 'csf-map-row')).toHaveCount(23);
  const mat = tid(page, 'maturity');
  await expect(tid(page, 'maturity-level')).toHaveCount(5);
  await expect(mat.locator('h2 .badge-unofficial')).toHaveText('非公式・Shindan 独自');
  await expect(mat.locator('h2')).toContainText('NIST CSF 実装ティア');
  await expect(mat).toContainText('METI・IPA が定めたものではありません');
  await expect(tid(page, 'exec-option')).toHaveCount(5);
  await expect(tid(page, 'exec-scale').locator('h2 .badge-unofficial')).toHaveCount(1);
  await toEnglish(page);
  await expect(v11.locator('[data-testid="csf-category"]')).toHaveCount(23);
  await expect(tid(page, 'crosswalk-label')).toContainText("Shindan's mapping (not published by METI)");
  await expect(mat.locator('h2')).toContainText("Shindan's adaptation of the NIST CSF Implementation Tiers");
  w.assertClean(ORIGIN);
});

async function checkSme(page) {
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(tid(page, 'sme-principle')).toHaveCount(3);
  await expect(tid(page, 'action')).toHaveCount(7);
  await expect(tid(page, 'stage')).toHaveCount(4);
  await expect(tid(page, 'article')).toHaveCount(5);
  await expect(tid(page, 'sc-part')).toHaveCount(3);
  await expect(tid(page, 'sc-item')).toHaveCount(25);
  const perPart = [5, 13, 7];
  for (let p = 1; p <= 3; p++) {
    await expect(page.locator(`[data-testid="sc-part"][data-id="sc.part${p}"] [data-testid="sc-item"]`)).toHaveCount(perPart[p - 1]);
  }
  await expect(tid(page, 'sc-option')).toHaveCount(4);
  await expect(tid(page, 'band')).toHaveCount(4);
  await expect(tid(page, 'policy-heading')).toHaveCount(5);
  await expect(tid(page, 'sa-level')).toHaveCount(2);
  await expect(page.locator('[data-testid="sa-criterion"][data-level="1"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="sa-criterion"][data-level="2"]')).toHaveCount(3);
  expect(await tid(page, 'sme-edition').count()).toBeGreaterThan(0);
}

test('SME page: 3 principles, 7 actions, 4 stages, 5 articles, 25 items (5/13/7), bands, policy, ★/★★ (ja, then en)', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/sme');
  await expect(page.locator('main h1')).toHaveText('中小企業の情報セキュリティ対策ガイドライン');
  await checkSme(page);
  await expect(tid(page, 'sa-not-cert')).toContainText('自己宣言であり、認証ではありません');
  await expect(tid(page, 'sc-option').filter({ hasText: 'わからない' })).toContainText('−1');
  await toEnglish(page);
  await expect(page.locator('main h1')).toContainText('Small and Medium-sized Enterprises');
  await checkSme(page);
  await expect(tid(page, 'sa-not-cert')).toContainText('a self-declaration, not a certification');
  await expect(tid(page, 'band').first()).toContainText('100');
  w.assertClean(ORIGIN);
});

test('incident: 8 official fields and Shindan\'s additions marked apart by text', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/incident');
  await expect(page.locator('[data-testid="incident-field"][data-official="true"]')).toHaveCount(8);
  const added = page.locator('[data-testid="incident-field"][data-official="false"]');
  expect(await added.count()).toBeGreaterThan(0);
  await expect(added.first().locator('.badge-unofficial')).toHaveText('Shindan の追加項目');
  await expect(page.locator('[data-testid="incident-field"][data-official="true"] .badge-official').first()).toHaveText('公式');
  await expect(tid(page, 'incident-table')).toHaveCount(5);
  w.assertClean(ORIGIN);
});

test('sources: the source list as text and the open gaps marked unconfirmed', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/guidelines/sources');
  expect(await tid(page, 'source').count()).toBeGreaterThan(20);
  for (const id of ['S0', 'T1', 'NIST11', 'NIST20', 'SHINDAN']) {
    await expect(page.locator(`[data-testid="source"][data-id="${id}"]`)).toHaveCount(1);
  }
  expect(await tid(page, 'gap').count()).toBeGreaterThan(5);
  await expect(tid(page, 'gap').first().locator('.badge-unconfirmed')).toHaveText('未確認');
  await expect(tid(page, 'gap').first()).toContainText('確度 U');
  // What is not confirmed comes first, in plain words: the SME names Shindan translated from
  // IPA's English, and the 25 questions' Japanese as the Tokyo handbook reproduces it.
  await expect(page.locator('main h2').first()).toHaveText('まだ確認できていないこと');
  await expect(page.locator('[data-testid="gap"][data-id="gap.sme-ja-names"]')).toContainText('IPA の英語版（仮訳）から Shindan が訳したもの');
  await expect(page.locator('[data-testid="gap"][data-id="gap.sc-ja"]')).toContainText('東京都のハンドブック');
  await expect(page.locator('[data-testid="source"][data-id="T8"]')).toContainText('English');
  w.assertClean(ORIGIN);
});

test('Guidelines pages do not scroll sideways on a 360 px phone; wide tables scroll in their own region', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of GUIDELINE_ROUTES) {
    await open(page, route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
    const bad = await page.locator('main table').evaluateAll((tables) =>
      tables.filter((t) => {
        const wrap = t.closest('.table-wrap');
        return !wrap || wrap.getAttribute('role') !== 'region' || wrap.getAttribute('tabindex') !== '0' || !wrap.getAttribute('aria-label') || !t.querySelector('caption');
      }).length,
    );
    expect(bad, `unwrapped or uncaptioned tables on ${route}`).toBe(0);
    expect(await page.locator('main [style]').count(), `inline styles on ${route}`).toBe(0);
  }
});

test('headings are in order with one h1 on every Guidelines page', async ({ page }) => {
  for (const route of GUIDELINE_ROUTES) {
    await open(page, route);
    const levels = await page.locator('main h1, main h2, main h3, main h4, main h5, main h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], route).toBe(1);
    expect(levels.filter((l) => l === 1).length, route).toBe(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i] - levels[i - 1], `heading jump on ${route} at #${i}`).toBeLessThanOrEqual(1);
    }
  }
});

for (const [lang, scheme] of [['ja', 'light'], ['en', 'dark']]) {
  test(`every 指示 detail page passes axe (${lang}, ${scheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    const w = watch(page);
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '#/guidelines/meti/1');
    if (lang === 'en') await toEnglish(page);
    for (let n = 1; n <= 10; n++) {
      await open(page, `#/guidelines/meti/${n}`);
      await expect(page.locator('main h1')).toContainText(lang === 'en' ? `Direction ${n}` : `指示${n}`);
      await expectNoAxeViolations(page, `#/guidelines/meti/${n} (${lang}, ${scheme})`);
    }
    w.assertClean(ORIGIN);
  });
}

// An unconfirmed Japanese wording is said once per page, never as a badge on every item: none
// on the questionnaire, none on the SME guideline page, whose note links to the Sources page.
test('unconfirmed Japanese wording: no per-item badge, one note per page', async ({ page }) => {
  const w = watch(page);
  await open(page, '#/sme');
  await expect(page.locator('fieldset[data-item="sme.art1"]')).toHaveCount(1);
  await expect(page.locator('.badge-unconfirmed')).toHaveCount(0);
  await expect(tid(page, 'sme-edition-note')).toContainText('日本語版の表記は確認できていません');
  await open(page, '#/sme/stage2');
  await expect(page.locator('fieldset[data-item="sc.01"]')).toHaveCount(1);
  await expect(page.locator('.badge-unconfirmed')).toHaveCount(0);
  await open(page, '#/guidelines/sme');
  await expect(page.locator('main .badge-unconfirmed')).toHaveCount(0);
  await expect(tid(page, 'wording-note')).toHaveCount(1);
  await expect(tid(page, 'wording-note').locator('a')).toHaveAttribute('href', '#/guidelines/sources');
  // The 25 questions read as IPA's sheet (as the Tokyo handbook reproduces it).
  await expect(page.locator('main')).toContainText('個人所有の情報機器を業務で利用する場合のセキュリティ対策を明確にしていますか？');
  w.assertClean(ORIGIN);
});
