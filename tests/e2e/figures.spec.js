// What users hand over carries the app's one set of figures: the board summary (#/report) leads
// with the results' overall figure and lists the results' weakest 指示 by their official titles;
// a duplicated assessment is told apart in the comparison, whose choice survives a reload; every
// exported file is named after the assessment it holds. In Japanese and English, on a 360 px
// phone and a 1280 px laptop.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, execAnswers, seedOnce } from './helpers.js';

const ORG = '株式会社テスト工業 東京本社';
// The organisation as a file name: the space becomes "_", Japanese is kept.
const ORG_FILE = '株式会社テスト工業_東京本社';

function storedAssessment() {
  const { answers, tiers } = execAnswers();
  for (let i = 1; i <= 25; i++) answers[`sc.${String(i).padStart(2, '0')}`] = i <= 12 ? 'implemented' : 'partial';
  return JSON.stringify({
    format: 1,
    assessment: { name: ORG, date: '2025-04-01', assessor: '山田 花子', answers, articles: {}, tiers, notes: {} },
  });
}

/** Seeds the assessment (and the language) once per test, before the app starts. */
const seed = (page, lang) => seedOnce(page, storedAssessment(), lang);

async function download(page, locator) {
  const [d] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

const SIZES = { phone: { width: 360, height: 780 }, laptop: { width: 1280, height: 900 } };
const TEXT = {
  ja: { overall: '53%', made: '作成', part1: 'パート1：基本的対策' },
  en: { overall: '53 %', made: 'made', part1: 'Part 1: Basic measures' },
};

for (const lang of ['ja', 'en']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`the board summary leads with the results' overall figure and names their weakest directions (${lang}, ${size})`, async ({ page }, info) => {
      const w = watch(page);
      await page.setViewportSize(viewport);
      await seed(page, lang);
      await page.goto('/#/results');
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      // What the results say.
      const overall = await page.getByTestId('key-exec-overall').locator('.big').innerText();
      expect(overall).toBe(TEXT[lang].overall);
      await expect(page.getByTestId('key-exec-overall')).toContainText('40 / 40');
      const weak = page.getByTestId('key-weakest').locator('> li');
      await expect(weak).toHaveCount(3);
      const weakDirs = await weak.evaluateAll((els) => els.map((e) => e.dataset.direction));
      expect(weakDirs).toEqual(['3', '9', '2']);
      const weakTitles = await weak.locator('.weak-title').allInnerTexts();
      const gapDirs = await page.locator('[data-testid=gap-list] > li').evaluateAll((els) => els.map((e) => e.dataset.direction));
      // The results' table names each 指示 by its official title.
      const titles = await page.locator('[data-testid=direction-scores] tbody th').allInnerTexts();
      expect(titles).toHaveLength(10);

      // The board summary: the same overall figure first, the same weakest 指示 with the same
      // titles, the same titles in its table, and the first five of the same gap list.
      await page.goto('/#/report');
      await ready(page);
      const lead = page.getByTestId('report-overall');
      await expect(lead.locator('.big')).toHaveText(overall);
      await expect(lead).toContainText('40 / 40');
      const figuresTop = await page.locator('.report-figures').evaluate((e) => e.getBoundingClientRect().top);
      const leadTop = await lead.evaluate((e) => e.getBoundingClientRect().top);
      const tableTop = await page.getByTestId('report-directions').evaluate((e) => e.getBoundingClientRect().top);
      expect(leadTop).toBeGreaterThan(figuresTop);
      expect(leadTop).toBeLessThan(tableTop);
      const boardWeak = page.getByTestId('report-weakest').locator('> li');
      expect(await boardWeak.evaluateAll((els) => els.map((e) => e.dataset.direction))).toEqual(weakDirs);
      expect(await boardWeak.locator('.weak-title').allInnerTexts()).toEqual(weakTitles);
      expect(await page.locator('[data-testid=report-directions] tbody th').allInnerTexts()).toEqual(titles);
      const boardGaps = await page.locator('[data-testid=report-gaps] > li').evaluateAll((els) => els.map((e) => e.dataset.direction));
      expect(boardGaps).toEqual(gapDirs.slice(0, 5));
      // The weak 指示9 is outside the gap order's top five, and on the board all the same.
      expect(boardGaps).not.toContain('9');
      expect(await boardWeak.evaluateAll((els) => els.map((e) => e.dataset.direction))).toContain('9');
      // Each list says which ordering it follows.
      await expect(page.locator('.report-figures .order-note')).toBeVisible();
      await expect(page.locator('.report-gaps .order-note')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page, `board summary (${lang}, ${size})`);

      // Printed: still one A4 page, with the figure and the weakest titles on it.
      if (size === 'laptop') {
        await page.emulateMedia({ media: 'print' });
        const file = info.outputPath(`summary-${lang}.pdf`);
        writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        await page.emulateMedia({ media: 'screen' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
        expect(pages).toBe(1);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        expect(text).toContain(overall.replace(/\s+/g, ''));
        for (const t of weakTitles) expect(text).toContain(t.replace(/\s+/g, ''));
      }
      w.assertClean(ORIGIN);
    });

    test(`a duplicate is told apart in the comparison, the choice survives a reload, files carry the assessment's name (${lang}, ${size})`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize(viewport);
      await seed(page, lang);
      await page.goto('/#/assessments');
      await ready(page);
      const rows = page.locator('#assessment-list tbody tr');
      await expect(rows).toHaveCount(1);
      const original = await rows.first().getAttribute('data-id');

      // The answers CSV and the backup of one assessment are named after it.
      const csv = await download(page, rows.first().locator('.act-csv'));
      expect(csv.name).toBe(`shindan-${ORG_FILE}-2025-04-01.csv`);
      expect(csv.text).toContain(ORG);
      const json = await download(page, rows.first().locator('.act-export'));
      expect(json.name).toBe(`shindan-${ORG_FILE}-2025-04-01.json`);

      // Duplicate: same name, no date.
      await rows.first().locator('.act-duplicate').click();
      await expect(rows).toHaveCount(2);
      const ids = await rows.evaluateAll((els) => els.map((e) => e.dataset.id));
      const copy = ids.find((id) => id !== original);
      // The progress column shows counts with their totals.
      await expect(page.locator(`#assessment-list tr[data-id="${original}"] td.progress`)).toContainText('/ 37');
      await expect(page.locator(`#assessment-list tr[data-id="${original}"] td.progress`)).toContainText('49 / 49');

      // The menus offer each assessment once, under different names.
      const options = await page.locator('#compare-a option').evaluateAll((els) => els.filter((e) => e.value).map((e) => [e.value, e.textContent]));
      expect(options).toHaveLength(2);
      const label = Object.fromEntries(options);
      expect(label[original]).toContain('2025-04-01');
      expect(label[copy]).toContain(TEXT[lang].made);
      expect(label[original]).not.toBe(label[copy]);

      await page.locator('#compare-a').selectOption(original);
      await page.locator('#compare-b').selectOption(copy);
      await expect(page.locator('#compare-result')).toBeVisible();
      const heads = page.locator('#compare-overall thead th');
      await expect(heads.nth(1)).toHaveText(label[original]);
      await expect(heads.nth(2)).toHaveText(label[copy]);
      // The chart names each part in full, and keys A and B to the full names.
      await expect(page.locator('#compare-parts .bar-part').first()).toHaveText(TEXT[lang].part1);
      const key = page.getByTestId('compare-parts-key').locator('li');
      await expect(key.nth(0)).toContainText(label[original]);
      await expect(key.nth(0)).toHaveText(/^A/);
      await expect(key.nth(1)).toContainText(label[copy]);
      await expect(key.nth(1)).toHaveText(/^B/);
      // No label runs out of the chart.
      const cut = await page.locator('#compare-parts svg').evaluate((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].filter((t) => {
          const b = t.getBBox();
          return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5;
        }).map((t) => t.textContent);
      });
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      // The comparison CSV is named after the organisation and its date.
      const cmp = await download(page, page.locator('#compare-csv'));
      expect(cmp.name).toBe(`shindan-comparison-${ORG_FILE}-2025-04-01.csv`);
      expect(cmp.text.split('\r\n')[0]).toContain(label[copy]);

      // The choice is kept across a reload.
      await page.reload();
      await ready(page);
      await expect(page.locator('#compare-a')).toHaveValue(original);
      await expect(page.locator('#compare-b')).toHaveValue(copy);
      await expect(page.locator('#compare-result')).toBeVisible();
      await expectNoAxeViolations(page, `comparison of a duplicate (${lang}, ${size})`);
      w.assertClean(ORIGIN);
    });
  }
}
