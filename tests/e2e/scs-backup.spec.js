// The SCS ★3/★4 self-assessment in the backup of everything (backup format 3), on Shindan's
// synthetic workbook (invented text): without the tick the file holds the answers and which
// copy they belong to but none of the workbook's text, and a fresh browser gets the answers
// back once it opens that copy; with the tick the text travels and the answers show at once;
// a restore into a browser with answers of its own keeps them, fills only the others, and
// another tab sees the result.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ready, expectNoAxeViolations } from './helpers.js';
import { BLANK, scsMain as main, pick } from './scs-helpers.js';

// Every criterion's invented text in the synthetic workbook says it is not IPA's.
const CRITERION_TEXT = 'IPAの文言ではありません';

const storedScs = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.scs') || 'null'));

async function go(page, hash, lang) {
  await page.goto(`/#/${hash}`);
  await ready(page);
  if (lang === 'en' && (await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.locator('#lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

async function openWorkbook(page, lang) {
  await go(page, 'scs', lang);
  await pick(page, '#scs-file', 'scs-synthetic.xlsx', BLANK);
  await expect(main(page).locator('[data-testid="scs-opened"]')).toBeVisible();
}

/** Marks criteria on the ★3 page and waits until they are stored. */
async function mark(page, marks) {
  await page.goto('/#/scs/star3');
  await ready(page);
  for (const [id, m] of Object.entries(marks)) await page.locator(`[id="scs-${id}-${m}"]`).check();
  await expect
    .poll(async () => Object.fromEntries(Object.entries((await storedScs(page))?.answers ?? {}).map(([k, a]) => [k, a.mark])))
    .toMatchObject(Object.fromEntries(Object.entries(marks)));
}

async function expectMarks(page, marks) {
  await page.goto('/#/scs/star3');
  await ready(page);
  for (const [id, m] of Object.entries(marks)) await expect(page.locator(`[id="scs-${id}-${m}"]`)).toBeChecked();
}

async function exportAll(page, lang, withText) {
  await go(page, 'assessments', lang);
  const tick = page.locator('#backup-scs-workbook');
  await expect(tick).not.toBeChecked();
  await expect(page.locator('#backup-scs-workbook-why')).toContainText(lang === 'ja' ? '利用条件' : 'terms of use');
  if (withText) await tick.check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-all').click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function restore(page, lang, backup) {
  await go(page, 'assessments', lang);
  await page.locator('#import-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(page.locator('#import-plan')).toBeVisible();
}

const MARKS = { '1-2-1-1': 'met', '2-1-1-1': 'partly', '4-1-1-1': 'not-met' };

for (const lang of ['ja', 'en']) {
  test(`the backup without the workbook's text restores the answers once the copy is opened (${lang})`, async ({ page, browser }) => {
    await openWorkbook(page, lang);
    await mark(page, MARKS);
    const backup = await exportAll(page, lang, false);
    const file = JSON.parse(backup.text);
    expect(file.version).toBe(3);
    expect(file.scs.format).toBe(1);
    expect(file.scs.workbook).toBeNull();
    expect(file.scs.answered_with.file_name).toBe('scs-synthetic.xlsx');
    expect(file.scs.answered_with.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(file.scs.answers).sort()).toEqual(Object.keys(MARKS));
    expect(backup.text).not.toContain(CRITERION_TEXT);
    expect(backup.text).not.toContain('評価基準 1-2-1-1');

    // A fresh browser: the plan says what the file holds and which copy; restored, the answers
    // wait for that copy.
    const ctx = await browser.newContext();
    const fresh = await ctx.newPage();
    await restore(fresh, lang, backup);
    await expect(fresh.locator('#import-plan li[data-count="scs"]')).toHaveAttribute('data-new', '3');
    await expect(fresh.locator('#import-scs-copy')).toHaveAttribute('data-with-text', 'false');
    await expect(fresh.locator('#import-scs-copy')).toContainText('scs-synthetic.xlsx');
    await expectNoAxeViolations(fresh, 'the import plan of a file with SCS answers');
    await fresh.locator('#import-apply').click();
    await expect(fresh.locator('#import-done-scs')).toContainText(lang === 'ja' ? '3 件を取り込み' : '3 taken');
    await expect(fresh.locator('#import-done-scs')).toContainText('scs-synthetic.xlsx');
    await expect.poll(async () => Object.keys((await storedScs(fresh))?.answers ?? {}).length).toBe(3);
    expect((await storedScs(fresh)).workbook).toBeNull();

    await openWorkbook(fresh, lang);
    await expect(main(fresh).locator('[data-testid="scs-result3"] [data-testid="scs-met-total"]')).toHaveText('1 / 81');
    await expectMarks(fresh, MARKS);
    await ctx.close();
  });

  test(`with the workbook's text the answers show at once; a browser with answers keeps them (${lang})`, async ({ page, browser }) => {
    await openWorkbook(page, lang);
    await mark(page, MARKS);
    const backup = await exportAll(page, lang, true);
    const file = JSON.parse(backup.text);
    expect(file.version).toBe(3);
    expect(file.scs.workbook.criteria).toHaveLength(153);
    expect(file.scs.answered_with).toBeUndefined();
    expect(backup.text).toContain(CRITERION_TEXT);

    // Nothing SCS here: taken whole, the results show without opening the workbook.
    const emptyCtx = await browser.newContext();
    const empty = await emptyCtx.newPage();
    await restore(empty, lang, backup);
    await expect(empty.locator('#import-scs-copy')).toHaveAttribute('data-with-text', 'true');
    await empty.locator('#import-apply').click();
    await expect(empty.locator('#import-done-scs')).toBeVisible();
    await go(empty, 'scs', lang);
    await expect(main(empty).locator('[data-testid="scs-result3"] [data-testid="scs-met-total"]')).toHaveText('1 / 81');
    await expectMarks(empty, MARKS);
    await emptyCtx.close();

    // A browser with answers of its own, a second tab on the ★3 page: ours are kept, the
    // others filled, and the other tab sees it.
    const ctx = await browser.newContext();
    const here = await ctx.newPage();
    await openWorkbook(here, lang);
    await mark(here, { '1-2-1-1': 'not-met', '7-1-1-1': 'met' });
    const other = await ctx.newPage();
    await other.goto('/#/scs/star3');
    await ready(other);
    await expect(other.locator('[id="scs-2-1-1-1-partly"]')).not.toBeChecked();

    await restore(here, lang, backup);
    // 1-2-1-1 is answered here: two of the file's three are taken.
    await expect(here.locator('#import-plan li[data-count="scs"]')).toHaveAttribute('data-new', '2');
    await here.locator('#import-apply').click();
    await expect(here.locator('#import-done-scs')).toContainText(lang === 'ja' ? '2 件を取り込み' : '2 taken');
    await expect(here.locator('#import-done-scs')).toContainText(lang === 'ja' ? '回答済みの 1 件' : '1 already answered here kept');
    await expect(other.locator('[id="scs-2-1-1-1-partly"]')).toBeChecked();
    await expect(other.locator('[id="scs-4-1-1-1-not-met"]')).toBeChecked();
    await expect(other.locator('[id="scs-1-2-1-1-not-met"]')).toBeChecked();
    await expectMarks(here, { '1-2-1-1': 'not-met', '2-1-1-1': 'partly', '4-1-1-1': 'not-met', '7-1-1-1': 'met' });
    await ctx.close();
  });
}
