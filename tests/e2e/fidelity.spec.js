// Guideline fidelity (IPA 第3.1版): the SME path shows the four stages of "How to Use This
// Guideline" with the basic policy and the self-diagnosis in the same stage; Shindan's own text
// carries the one "Shindan" marker (with its meaning as text for screen readers) and official
// titles do not; the Seven Key Initiatives show their Part 2 sections (Table 2); IPA's English
// is used where it exists. Japanese and English.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, toSmeScreen } from './helpers.js';

const tid = (page, id) => page.locator(`[data-testid="${id}"]`);

async function toEnglish(page) {
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

const STAGES = {
  ja: ['第2部 第2章 できるところから始める', '第2部 第3章 組織的な取組を開始する', '第2部 第4章 本格的に取り組む', '第2部 第5章 より強固にするための方策'],
  en: ['Part 2, chapter 2 Start with What You Can Do', 'Part 2, chapter 3 Begin with Organizational Measures', 'Part 2, chapter 4 Begin Full-Scale Implementation', 'Part 2, chapter 5 Measures for Enhanced Security'],
};

async function checkStages(page, lang) {
  // One screen per stage: each shows its own stage alone.
  const stage = page.locator('main [data-testid="stage"]');
  const at = async (n) => {
    await toSmeScreen(page, `stage${n}`);
    await expect(stage).toHaveCount(1);
    await expect(stage).toHaveAttribute('data-stage', String(n));
    await expect(stage.locator('[data-testid="stage-chapter"]')).toContainText(STAGES[lang][n - 1]);
    return stage;
  };
  // Stage 1: the 5 articles. Stage 2: the basic policy, the 25 self-diagnosis items and 3(3).
  const one = await at(1);
  await expect(one.locator('fieldset[data-item^="sme.art"]')).toHaveCount(5);
  await expect(one.locator('[data-testid="stage-chapter"]')).toContainText('★');
  const two = await at(2);
  await expect(two.locator('#sec-3-1 #policy-established')).toHaveCount(1);
  await expect(two.locator('#sec-3-1 #policy-published')).toHaveCount(1);
  await expect(two.locator('#sec-3-2 fieldset[data-item^="sc."]')).toHaveCount(25);
  await expect(two.locator('#sec-3-3')).toHaveCount(1);
  await expect(two.locator('#sec-3-1-title')).toContainText('3(1)');
  await expect(two.locator('#sec-3-2-title')).toContainText('3(2)');
  await expect(two.locator('#sec-3-3-title')).toContainText('3(3)');
  await expect(two.locator('h3')).toHaveCount(3);
  await expect(two.locator('[data-testid="stage-chapter"]')).toContainText('★★');
  // Stages 3 and 4: their sections, each with the initiatives that correspond.
  await expect((await at(3)).locator('[data-testid="stage-sections"] li')).toHaveCount(5);
  await expect((await at(4)).locator('[data-testid="stage-sections"] li')).toHaveCount(8);
}

for (const lang of ['ja', 'en']) {
  test(`the SME path shows the four 3.1 stages, policy and self-diagnosis in stage 2 (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/sme');
    await ready(page);
    if (lang === 'en') await toEnglish(page);
    await expect(tid(page, 'sme-edition-note')).toContainText(lang === 'ja' ? '第3.1版' : 'version 3.1');
    await expect(tid(page, 'sme-edition-note')).toContainText(lang === 'ja' ? '第4.0版' : 'version 4.0');
    await checkStages(page, lang);
    await toSmeScreen(page, 'stage2');

    // 3(3) is read from No.25 (Shindan's reading, marked), and follows the answer.
    const state = page.locator('[data-testid="sec-3-3-state"]');
    await expect(state).toHaveAttribute('data-done', 'false');
    await expect(page.locator('#sec-3-3 .own-mark')).toHaveCount(1);
    await page.locator('fieldset[data-item="sc.25"] input[value="implemented"]').check();
    await expect(state).toHaveAttribute('data-done', 'true');
    w.assertClean(ORIGIN);
  });

  test(`Shindan's hints carry the marker, official titles do not; initiatives show their sections (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/sme');
    await ready(page);
    if (lang === 'en') await toEnglish(page);
    const meaning = lang === 'ja' ? 'Shindan による説明（ガイドラインの文言ではありません）' : "Shindan's own text, not the guideline's wording";

    // A self-diagnosis item: its question (IPA's, restated) is unmarked; its hints are Shindan's.
    await toSmeScreen(page, 'stage2');
    const card = page.locator('fieldset[data-item="sc.08"]');
    await expect(card.locator('legend .own-mark')).toHaveCount(0);
    await card.locator('details summary').click();
    const mark = card.locator('details .own-mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toBeVisible();
    await expect(mark.locator('[aria-hidden="true"]')).toHaveText('Shindan');
    await expect(mark.locator('.visually-hidden')).toHaveText(`${meaning}: `);
    await expect(mark).toHaveAttribute('title', meaning);

    // An article: IPA's two example measures plain, Shindan's addition marked.
    await toSmeScreen(page, 'stage1');
    const art3 = page.locator('fieldset[data-item="sme.art3"]');
    await expect(art3.locator('legend .own-mark')).toHaveCount(0);
    await art3.locator('details summary').click();
    const ex = art3.locator('details ul.examples li');
    await expect(ex).toHaveCount(3);
    await expect(ex.nth(1)).toContainText(lang === 'ja' ? '10文字以上' : 'at least 10 characters');
    await expect(ex.nth(1).locator('.own-mark')).toHaveCount(0);
    await expect(ex.nth(2).locator('.own-mark')).toHaveCount(1);

    // The Seven Key Initiatives show the Part 2 sections they correspond to (Table 2).
    await toSmeScreen(page, 'initiatives');
    const act1 = page.locator('fieldset[data-item="sme.act1"]');
    await expect(act1.locator('legend .own-mark')).toHaveCount(0);
    await expect(act1.locator('[data-testid="action-sections"]')).toContainText('3(1)');
    const act3 = page.locator('fieldset[data-item="sme.act3"]');
    for (const s of ['2(1)', '3(2)', '3(3)', '4(3)', '5(8)']) {
      await expect(act3.locator('[data-testid="action-sections"]')).toContainText(s);
    }

    // The band: IPA's short texts as official, Shindan's advice marked.
    await toSmeScreen(page, 'stage2');
    for (let n = 1; n <= 25; n++) {
      await page.locator(`fieldset[data-item="sc.${String(n).padStart(2, '0')}"] input[value="implemented"]`).check();
    }
    await toSmeScreen(page, 'result');
    const band = page.locator('[data-testid="sc-band"]');
    await expect(band).toContainText(lang === 'ja' ? '入門レベルのセキュリティ対策は達成' : 'Introductory-level security measures achieved');
    await expect(band).toContainText(lang === 'ja' ? 'さらに強化' : 'Strengthen further');
    await expect(band.locator('[data-testid="sc-band-advice"] .own-mark')).toHaveCount(1);
    await expect(band.locator('strong .own-mark')).toHaveCount(0);
    // The 7-initiatives percentage is Shindan's scoring, and says so.
    await expect(page.locator('[data-testid="actions-score"] .own-mark')).toHaveCount(1);
    w.assertClean(ORIGIN);
  });

  test(`the guideline browser: stages with their sections, Table 2 per initiative, IPA's English (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/guidelines/sme');
    await ready(page);
    if (lang === 'en') await toEnglish(page);
    const stages = tid(page, 'stage');
    await expect(stages).toHaveCount(4);
    const two = stages.nth(1).locator('[data-testid="stage-sections"] li');
    await expect(two).toHaveCount(3);
    await expect(two.nth(0)).toHaveAttribute('data-section', 'sme.s3.1');
    await expect(two.nth(1)).toHaveAttribute('data-section', 'sme.s3.2');
    await expect(stages.nth(1).locator('[data-testid="stage-star"]')).toContainText('★★');
    const act = (n) => page.locator(`[data-testid="action"][data-id="sme.act${n}"] [data-testid="action-sections"] li`);
    const counts = [1, 2, 10, 2, 2, 1, 2];
    for (let n = 1; n <= 7; n++) await expect(act(n)).toHaveCount(counts[n - 1]);
    await expect(act(6).first()).toContainText('4(4)');
    // Official titles carry no Shindan marker; the per-item hints do.
    await expect(page.locator('[data-testid="action"] .item-title .own-mark')).toHaveCount(0);
    await expect(page.locator('[data-testid="sc-item"] .item-title .own-mark')).toHaveCount(0);
    expect(await page.locator('[data-testid="sc-item"] .own-mark').count()).toBe(50);
    if (lang === 'en') {
      const p1 = page.locator('[data-testid="sme-principle"][data-id="sme.p1"]');
      await expect(p1).toContainText('Information security measures should be driven by leadership from business owners');
      // IPA's English is named once, in the page's edition note, not badged on every item.
      await expect(p1.locator('.badge')).toHaveCount(0);
      await expect(tid(page, 'sme-edition-note')).toContainText("IPA's provisional translation (Version 3.1)");
      await expect(tid(page, 'sc-item').nth(1).locator('.item-title')).toHaveText(
        'Is antivirus software installed on your PCs, smartphones, and other devices, and are the virus definition files up to date?');
      await expect(page.locator('[data-testid="action"][data-id="sme.act3"] .item-title'))
        .toContainText('Instruct responsible personnel to assess and implement the necessary information security measures');
    }
    w.assertClean(ORIGIN);
  });
}

test('the Sources page lists every Shindan interpretation with its reason', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/guidelines/sources');
  await ready(page);
  const items = page.locator('[data-testid="interpretation"]');
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  for (const id of ['interp.exec-scale', 'interp.csf20', 'interp.lineage', 'interp.actions-score', 'interp.sec-3-3', 'interp.hints']) {
    const it = page.locator(`[data-testid="interpretation"][data-id="${id}"]`);
    await expect(it).toHaveCount(1);
    await expect(it.locator('.own-mark')).toHaveCount(1);
  }
  w.assertClean(ORIGIN);
});
