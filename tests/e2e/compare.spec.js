// The comparison as something to hand over: columns named by
// organisation and date, items by their official number with a text mark, the net change per
// part, the comparison CSV, the confirmation after every export; the list as cards on a phone.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, answerSme, toSmeScreen } from './helpers.js';

/** Picks `value` in question `id` (on the SME path, on its screen). */
async function answer(page, id, value) {
  if (id.startsWith('sc.') || id.startsWith('sme.')) return answerSme(page, id, value);
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

async function meta(page, name, date) {
  await page.locator('#meta-name').fill(name);
  await page.locator('#meta-name').blur();
  await page.locator('#meta-date').fill(date);
  await page.locator('#meta-date').blur();
}

async function storedCount(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('shindan.v2.a.')).length);
}

async function clickAndDownload(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Last year's and this year's self-diagnosis of one company (plus one A-2 item). */
async function twoYears(page) {
  await page.goto('/#/sme');
  await ready(page);
  await meta(page, 'A社', '2025-02-01');
  await answer(page, 'sc.01', 'partial');
  await answer(page, 'sc.02', 'implemented');
  await page.goto('/#/executive');
  await answer(page, 'v3.a2.3-2', 'not_implemented');
  await expect.poll(() => storedCount(page)).toBe(1);

  await page.goto('/#/assessments');
  await page.locator('#new-assessment').click();
  await page.goto('/#/sme');
  await expect(page.locator('#meta-name')).toHaveValue('');
  await meta(page, 'A社', '2026-02-01');
  await answer(page, 'sc.01', 'implemented');
  await answer(page, 'sc.02', 'partial');
  await page.goto('/#/executive');
  await answer(page, 'v3.a2.3-2', 'implemented');
  await expect.poll(() => storedCount(page)).toBe(2);
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage)
      .filter((k) => k.startsWith('shindan.v2.a.'))
      .map((k) => JSON.parse(localStorage.getItem(k)).assessment.date)
      .sort()))
    .toEqual(['2025-02-01', '2026-02-01']);
  await page.goto('/#/assessments');
  await ready(page);
}

/** Selects the assessment dated `date` in the picker `select`. */
async function pick(page, select, date) {
  const option = page.locator(`${select} option`, { hasText: date });
  await page.locator(select).selectOption(await option.getAttribute('value'));
}

test('the comparison names both assessments, numbers items officially, marks changes in text, exports CSV with a confirmation', async ({ page }) => {
  const w = watch(page);
  await twoYears(page);
  await pick(page, '#compare-a', '2025-02-01');
  await pick(page, '#compare-b', '2026-02-01');
  await expect(page.locator('#compare-result')).toBeVisible();

  // Column headers: organisation and date of each, never a bare "A: A社".
  const heads = page.locator('#compare-overall thead th');
  await expect(heads.nth(1)).toHaveText('A社（2025-02-01）');
  await expect(heads.nth(2)).toHaveText('A社（2026-02-01）');
  await expect(page.locator('#compare-result')).not.toContainText('A: A社');

  // Items by official number, with a text mark.
  const sc01 = page.locator('#compare-items tr[data-item="sc.01"]');
  await expect(sc01.locator('th')).toContainText('No.1');
  await expect(sc01.locator('th')).not.toContainText('sc.01');
  await expect(sc01.locator('td[data-col="mark"]')).toHaveText(/改善/);
  await expect(page.locator('#compare-items tr[data-item="sc.02"] td[data-col="mark"]')).toHaveText(/悪化/);
  await expect(page.locator('#compare-items tr[data-item="v3.a2.3-2"] th')).toContainText('3-2');
  await expect(page.locator('#compare-items tr[data-item="v3.a2.3-2"] td[data-col="mark"]')).toHaveText(/改善/);

  // Net change per part and per 指示: part 1 went 6 → 6 (one up, one down), 指示3 0 → 100 %.
  const part1 = page.locator('#compare-overall tr[data-row="sc.part1"]');
  await expect(part1.locator('th')).toContainText('パート1');
  await expect(part1.locator('td[data-col="delta"]')).toHaveText('0');
  await expect(part1.locator('td[data-col="mark"]')).toContainText('変化なし');
  const d3 = page.locator('#compare-overall tr[data-row="v3.d3"]');
  await expect(d3.locator('th')).toContainText('指示3');
  await expect(d3.locator('td[data-col="delta"]')).toHaveText('+100');
  await expect(d3.locator('td[data-col="mark"]')).toContainText('改善');

  await expect(page.locator('#compare-print')).toBeVisible();
  await expectNoAxeViolations(page, 'comparison');

  // Printed, the page is the comparison alone: no list, no pickers, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#compare-overall')).toBeVisible();
  await expect(page.locator('#compare-items')).toBeVisible();
  await expect(page.locator('#assessment-list')).toBeHidden();
  await expect(page.locator('#compare-a')).toBeHidden();
  await expect(page.locator('#compare-print')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The comparison CSV, and its confirmation.
  const csv = await clickAndDownload(page, page.locator('#compare-csv'));
  // Named after what it holds: the organisation and both dates.
  expect(csv.name).toBe('shindan-comparison-A社-2025-02-01_2026-02-01.csv');
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe('区分,番号,項目,A社（2025-02-01）,A社（2026-02-01）,差（右−左）,変化,改善した項目数,悪化した項目数');
  expect(lines.some((l) => l.startsWith('自社診断,No.1,') && l.includes(',一部実施している,実施している,+2,改善'))).toBe(true);
  expect(lines.some((l) => l.startsWith('自社診断,No.2,') && l.includes(',悪化'))).toBe(true);
  expect(lines.some((l) => l.startsWith('合計・小計,指示3,') && l.includes(',+100,改善,1,0'))).toBe(true);
  const notice = page.locator('#export-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toHaveText(`比較の CSV を書き出しました（${csv.name}）`);

  // Every other export confirms too, through the same region.
  const backup = await clickAndDownload(page, page.locator('#export-all'));
  await expect(notice).toHaveText(`バックアップを書き出しました（${backup.name}）`);
  const answers = await clickAndDownload(page, page.locator('#export-csv'));
  await expect(notice).toHaveText(`回答の CSV を書き出しました（${answers.name}）`);
  await page.locator('.export-notice-close').click();
  await expect(notice).toHaveText('');

  // English: the same, in English.
  await page.locator('#lang-switch').click();
  await expect(page.locator('#compare-overall tr[data-row="v3.d3"] th')).toContainText('Direction 3');
  await expect(page.locator('#compare-items tr[data-item="sc.01"] td[data-col="mark"]')).toHaveText(/improved/);
  await expect(page.locator('#compare-overall thead th').nth(1)).toHaveText('A社 (2025-02-01)');
  w.assertClean(ORIGIN);
});

test('on a 360 px phone the assessment list is cards, with no sideways scrolling', async ({ page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await twoYears(page);
  const rows = page.locator('#assessment-list tbody tr');
  await expect(rows).toHaveCount(2);
  // A card: the row is a block, its date cell labelled and on one line.
  await expect(rows.first()).toHaveCSS('display', 'block');
  const date = rows.first().locator('td[data-label]').first();
  const box = await date.boundingBox();
  expect(box.width).toBeGreaterThan(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // With a comparison open too.
  await pick(page, '#compare-a', '2025-02-01');
  await pick(page, '#compare-b', '2026-02-01');
  await expect(page.locator('#compare-result')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page, 'assessments at 360 px');
  w.assertClean(ORIGIN);
});

test('the incident exports confirm in the same live region', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/incidents');
  await ready(page);
  await page.locator('#incident-new').click();
  const notice = page.locator('#export-notice');
  const json = await clickAndDownload(page, page.locator('#incident-json'));
  await expect(notice).toHaveText(`インシデント記録（JSON）を書き出しました（${json.name}）`);
  const csv = await clickAndDownload(page, page.locator('#incident-csv'));
  await expect(notice).toHaveText(`インシデント記録の CSV を書き出しました（${csv.name}）`);
  w.assertClean(ORIGIN);
});
