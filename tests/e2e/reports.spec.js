// Reports and records: the one-page executive summary and the detailed report
// printed to PDF by Chromium (text extracted with poppler's pdftotext, pages counted with
// pdfinfo), the action plan and incident records surviving a reload, and their CSV / JSON
// exports (UTF-8 BOM, header row, Japanese text intact).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { ORIGIN, watch, ready, expectNoAxeViolations, toSmeScreen, execAnswers, seedOnce } from './helpers.js';

const ORG = '株式会社テスト工業 東京本社';

// The SME pattern of assessment.spec.js: total 55 → the 50–69 band.
const SC = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  if (n <= 10 || n >= 24) return 'implemented';
  if (n <= 15) return 'partial';
  if (n <= 20) return 'not_implemented';
  return 'dont_know';
});

/** A complete assessment in the first released storage format (migrated forward by the app). */
function storedAssessment() {
  const { answers, tiers } = execAnswers();
  SC.forEach((v, i) => (answers[`sc.${String(i + 1).padStart(2, '0')}`] = v));
  const articles = { 'sme.art1': 'done', 'sme.art2': 'done', 'sme.art3': 'done', 'sme.art4': 'committed', 'sme.art5': 'committed' };
  return JSON.stringify({
    format: 1,
    assessment: {
      name: ORG,
      date: '2025-04-01',
      assessor: '山田 花子',
      answers,
      articles,
      tiers,
      notes: { 'v3.d2': '担当: 情報システム部' },
    },
  });
}

/** Seeds the assessment (and the language) once per test, before the app starts. */
const seed = (page, lang) => seedOnce(page, storedAssessment(), lang);

/** Prints the page to an A4 PDF; returns its text (pdftotext -layout) and page count. */
async function printToPdf(page, file, options = {}) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...options });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages, text, flat: text.replace(/\s+/g, '') };
}

const flat = (s) => s.replace(/\s+/g, '');

const T = {
  ja: {
    summary: '経営層向けサマリー',
    figures: '主な数値',
    gaps: '優先して取り組む上位5つの指示と対策',
    detail: '詳細レポート',
    csf: 'NIST CSF プロファイル',
    unknowns: '「わからない」と答えた項目',
    plan: '対策計画',
    band: '自社診断の合計点',
  },
  en: {
    summary: 'Executive summary',
    figures: 'Key figures',
    gaps: 'Top 5 gaps and suggested actions',
    detail: 'Detailed report',
    csf: 'NIST CSF profile',
    unknowns: 'Items answered "Don\'t know"',
    plan: 'Action plan',
    band: 'Self-diagnosis total',
  },
};

for (const lang of ['ja', 'en']) {
  test(`the executive summary prints to exactly one A4 page with the scores, top gaps and QR code (${lang})`, async ({ page }, info) => {
    const w = watch(page);
    await seed(page, lang);
    await page.goto('/#/report');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('report-org')).toHaveText(ORG);
    const gaps = page.locator('[data-testid=report-gaps] > li');
    await expect(gaps).toHaveCount(5);
    expect(await gaps.evaluateAll((els) => els.map((e) => e.dataset.direction))).toEqual(['3', '2', '6', '4', '10']);
    await expect(page.getByTestId('report-qr').locator('svg path.qr-dark')).toHaveCount(1);
    await expect(page.getByTestId('report-star1')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('report-star2')).toHaveAttribute('data-ready', 'false');
    const heads = await page.locator('[data-testid=report-gaps] .gap-head').allInnerTexts();
    const firstAction = await page.locator('[data-testid=report-gaps] > li').first().locator('.gap-actions li').first().innerText();
    await expectNoAxeViolations(page, `filled summary (${lang})`);

    const { pages, text, flat: f } = await printToPdf(page, info.outputPath(`summary-${lang}.pdf`));
    expect(pages, `summary pages\n${text}`).toBe(1);
    for (const s of [ORG, T[lang].summary, T[lang].figures, T[lang].gaps, T[lang].band, '55 / 100', ...[100, 50, 0, 75].map((n) => (lang === 'ja' ? `${n}%` : `${n} %`))]) {
      expect(f, `"${s}" in the summary PDF`).toContain(flat(s));
    }
    for (const h of heads) expect(f, `gap "${h}" in the summary PDF`).toContain(flat(h));
    expect(f).toContain(flat(firstAction));
    // No navigation chrome in print.
    expect(f).not.toContain(flat(lang === 'ja' ? '印刷 / PDF として保存' : 'Print / Save as PDF'));
    w.assertClean(ORIGIN);
  });

  test(`the detailed report prints every section, notes and page numbers (${lang})`, async ({ page }, info) => {
    const w = watch(page);
    await seed(page, lang);
    await page.goto('/#/report/detail');
    await ready(page);
    await expect(page.locator('.report-card')).toHaveCount(10);
    await expect(page.locator('tr[data-item^="v3.a2."]')).toHaveCount(40);
    await expect(page.locator('tr[data-item="v3.a2.3-1"] td.answer')).toHaveAttribute('data-answer', 'not_implemented');
    await expect(page.getByTestId('report-unknowns').locator('li')).toHaveCount(4); // 1 A-2 + 3 self-check
    await expectNoAxeViolations(page, `filled detailed report (${lang})`);
    const footer = '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';
    const { pages, text, flat: f } = await printToPdf(page, info.outputPath(`detail-${lang}.pdf`), {
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
    });
    expect(pages).toBeGreaterThan(1);
    for (const s of [ORG, T[lang].detail, T[lang].csf, T[lang].unknowns, T[lang].plan, '担当: 情報システム部', 'ID.GV']) {
      expect(f, `"${s}" in the detailed PDF`).toContain(flat(s));
    }
    // Page numbers from Playwright's footer (the browser's own print dialog adds them itself).
    expect(text).toMatch(new RegExp(`\\b1 / ${pages}\\b`));
    expect(text).toMatch(new RegExp(`\\b${pages} / ${pages}\\b`));
    w.assertClean(ORIGIN);
  });
}

/** Captures the download a click starts; returns its name and raw bytes. */
async function downloadOf(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Checks the UTF-8 BOM and returns the text after it and its header row. */
function csvOf(bytes) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  return { text, header: text.split('\r\n')[0].split(',') };
}

test('an action plan is built from the gaps, edited, kept after a reload and exported as CSV', async ({ page }) => {
  const w = watch(page);
  await seed(page, 'ja');
  // The results page links to the reports and the plan.
  await page.goto('/#/results');
  await ready(page);
  await page.getByTestId('report-links').getByRole('link', { name: '対策計画' }).click();
  await expect(page).toHaveURL(/#\/plan$/);
  await ready(page);
  await expect(page.locator('#plan-seed')).toBeEnabled();
  await page.locator('#plan-seed').click();
  const items = page.locator('[data-testid=plan-list] > li');
  await expect(items.first()).toHaveAttribute('data-plan', 'v3.d3.ex0');
  const seeded = await items.count();
  expect(seeded).toBeGreaterThan(5);
  await expect(page.locator('#plan-seed')).toBeDisabled();

  await page.locator('[id="plan-v3.d3.ex0-owner"]').fill('情報システム部, 田中');
  await page.locator('[id="plan-v3.d3.ex0-owner"]').blur();
  await page.locator('[id="plan-v3.d3.ex0-due"]').fill('2025-09-30');
  await page.locator('[id="plan-v3.d3.ex0-due"]').blur();
  await page.locator('[id="plan-v3.d3.ex0-status"]').selectOption('in_progress');
  await page.locator('#plan-add').click();
  await expect(items).toHaveCount(seeded + 1);
  await page.locator('[id="plan-own.1-action"]').fill('取引先に "確認書" を依頼する\n2行目');
  await page.locator('[id="plan-own.1-action"]').blur();
  await page.locator('[id="plan-own.1-direction"]').selectOption('v3.d9');
  await expect(page.locator('[data-plan="own.1"] h3')).toContainText('指示9');

  await page.reload();
  await ready(page);
  await expect(items).toHaveCount(seeded + 1);
  await expect(page.locator('[id="plan-v3.d3.ex0-owner"]')).toHaveValue('情報システム部, 田中');
  await expect(page.locator('[id="plan-v3.d3.ex0-due"]')).toHaveValue('2025-09-30');
  await expect(page.locator('[id="plan-v3.d3.ex0-status"]')).toHaveValue('in_progress');
  await expect(page.locator('[id="plan-own.1-action"]')).toHaveValue('取引先に "確認書" を依頼する\n2行目');
  await expect(page.getByTestId('plan-counts')).toContainText('進行中: 1');
  await expectNoAxeViolations(page, 'filled plan');

  const { name, bytes } = await downloadOf(page, '#plan-csv');
  expect(name).toBe('shindan-plan-株式会社テスト工業_東京本社-2025-04-01.csv');
  const { text, header } = csvOf(bytes);
  expect(header).toEqual(['指示', '指示の名称', 'チェック項目', 'チェック項目の内容', '対策', '担当者', '期限', '状況', '状況コード', '項目キー']);
  expect(text).toContain(',"情報システム部, 田中",2025-09-30,進行中,in_progress,v3.d3.ex0\r\n');
  expect(text).toContain('"取引先に ""確認書"" を依頼する\n2行目"');
  expect(text.split('\r\n').filter((l) => l.endsWith(',own.1'))).toHaveLength(1);

  // The plan is in the detailed report too.
  await page.goto('/#/report/detail');
  await ready(page);
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(seeded + 1);
  w.assertClean(ORIGIN);
});

test('incident records: official fields and marked additions, auto-saved, kept after a reload, JSON and CSV', async ({ page }) => {
  const w = watch(page);
  await seed(page, 'ja');
  await page.goto('/#/incidents');
  await ready(page);
  await expect(page.getByTestId('incident-flow').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('incident-none')).toBeVisible();
  await page.locator('#incident-new').click();
  const rec = page.locator('.incident-record');
  await expect(rec).toHaveCount(1);
  const id = await rec.getAttribute('data-record');
  // 8 official fields, then Shindan's additions, each marked by a text badge.
  await expect(rec.locator('.incident-field')).toHaveCount(17);
  await expect(rec.locator('.incident-form .badge.shindan-addition')).toHaveCount(9);
  await expect(rec.locator('.incident-form .badge.shindan-addition').first()).toHaveText('Shindan 独自の追加項目');

  const f = (field) => page.locator(`[id="${id}--${field}"]`);
  await page.locator(`[id="${id}--title"]`).fill('ランサムウェア感染（2025年5月）');
  await page.locator(`[id="${id}--ic.f01-malware"]`).check();
  await page.locator(`[id="${id}--ic.f01-data_leak"]`).check();
  await f('ic.f03').fill('株式会社サンプル, 大阪支店');
  await f('ic.f04').fill('山田 "太郎"');
  await f('ic.f06').fill('2025-05-01T09:30');
  await f('ic.f08').selectOption('under_consideration');
  await f('ic.x.first_response').fill('ネットワークから切断\n全社に周知');
  await expect(rec.locator('h2')).toHaveText('ランサムウェア感染（2025年5月）');
  await expectNoAxeViolations(page, 'filled incident record');

  await page.reload();
  await ready(page);
  await expect(rec).toHaveCount(1);
  await expect(f('ic.f03')).toHaveValue('株式会社サンプル, 大阪支店');
  await expect(f('ic.f06')).toHaveValue('2025-05-01T09:30');
  await expect(f('ic.f08')).toHaveValue('under_consideration');
  await expect(page.locator(`[id="${id}--ic.f01-malware"]`)).toBeChecked();
  await expect(f('ic.x.first_response')).toHaveValue('ネットワークから切断\n全社に周知');
  // Kept apart from the assessments, in its own versioned value.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.incidents')));
  expect(stored.format).toBe(1);
  expect(stored.records).toHaveLength(1);

  const json = await downloadOf(page, '#incident-json');
  expect(json.name).toMatch(/^shindan-incidents-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(json.bytes.toString('utf8'));
  expect(parsed.format).toBe(1);
  expect(parsed.records[0].values['ic.f03']).toBe('株式会社サンプル, 大阪支店');
  expect(parsed.records[0].values['ic.f01']).toEqual(['malware', 'data_leak']);

  const csv = await downloadOf(page, '#incident-csv');
  const { text, header } = csvOf(csv.bytes);
  expect(header.slice(0, 12)).toEqual([
    '記録ID', '記録の名前', '作成日', '更新日',
    '1. インシデントの分類', '2. 事業分類', '3. 事業者名（会社名）', '4. 責任者（担当者）',
    '5. 連絡先', '6. 発生日', '7. 発覚日', '8. 事案の公表',
  ]);
  expect(header).toContain('原因 (Shindan 独自の追加項目)');
  expect(text).toContain(',ランサムウェア感染（2025年5月）,');
  expect(text).toContain(',ウイルス感染; 情報漏えい,,"株式会社サンプル, 大阪支店","山田 ""太郎""",,2025-05-01T09:30,,検討中,');
  expect(text).toContain('"ネットワークから切断\n全社に周知"');

  // Delete asks first (in the page, not a browser dialog).
  await rec.getByRole('button', { name: 'この記録を削除' }).click();
  await rec.locator('button.danger').click();
  await expect(rec).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('incident-none')).toBeVisible();
  w.assertClean(ORIGIN);
});

test('an SME-only user seeds a plan from the 25 items and prints a one-page summary with part scores and actions; the detailed report leaves out the executive check', async ({ page }, info) => {
  const w = watch(page);
  await page.goto('/#/sme');
  await ready(page);
  for (let n = 1; n <= 5; n++) await page.locator(`fieldset[data-item="sme.art${n}"] input[value="committed"]`).check();
  await toSmeScreen(page, 'stage2');
  const kinds = ['implemented', 'partial', 'not_implemented', 'dont_know'];
  for (let n = 1; n <= 25; n++) {
    await page.locator(`fieldset[data-item="sc.${String(n).padStart(2, '0')}"] input[value="${kinds[n % 4]}"]`).check();
  }

  await page.goto('/#/plan');
  await ready(page);
  await expect(page.getByTestId('plan-nothing')).toHaveCount(0);
  const seedButton = page.locator('#plan-seed');
  await expect(seedButton).toBeEnabled();
  await seedButton.click();
  const entries = page.locator('[data-testid=plan-list] > li');
  // 6 not implemented, 7 partial, 6 don't know (n % 4 over 1..25), weakest first.
  await expect(entries).toHaveCount(19);
  await expect(entries.first()).toHaveAttribute('data-plan', 'sc.02.plan');
  await expect(entries.first().locator('h3')).toContainText('自社診断 パート1');
  await expect(entries.first().getByTestId('plan-sc-item')).toContainText('No.2');

  await page.goto('/#/report');
  await ready(page);
  await expect(page.getByTestId('report-sme')).toBeVisible();
  await expect(page.locator('[data-testid=report-parts] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-testid=report-sme-actions] li')).toHaveCount(5);
  await expect(page.getByTestId('report-sme-dont-know').locator('li')).toHaveCount(6);
  await expect(page.locator('.figure[data-principle]')).toHaveCount(0);
  const { pages, flat: f } = await printToPdf(page, info.outputPath('summary-sme-only.pdf'));
  expect(pages).toBe(1);
  for (const s of ['パート', 'まず取り組むこと', 'No.2']) expect(f).toContain(flat(s));

  await page.goto('/#/report/detail');
  await ready(page);
  await expect(page.getByTestId('report-omitted')).toContainText('経営者向け');
  await expect(page.locator('.report-card')).toHaveCount(0);
  await expect(page.locator('tr[data-item^="sc."]')).toHaveCount(25);
  w.assertClean(ORIGIN);
});
