// The SCS ★3/★4 self-assessment (#/scs…) on Shindan's synthetic workbook
// (crates/scs/tests/fixtures, invented text, the documented layout): open it, answer, see n / 81
// per category, reload, export into the copy chosen again, re-open the export (here and in a
// fresh browser) with the same answers; a refused file changes nothing; the reader is fetched
// only by the SCS pages (the worker), never by the first screen; axe and 360 px on the pages.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ORIGIN, watch, ready, expectNoAxeViolations } from './helpers.js';
import { FIXTURES, BLANK, scsMain as main, openScs, pick } from './scs-helpers.js';

/** "met / total" of category `c` (0: the whole level) of level `level` on #/scs. */
const met = (page, level, c) =>
  c
    ? main(page).locator(`[data-testid="scs-result${level}"] [data-testid="scs-cat${c}"] [data-testid="scs-met"]`)
    : main(page).locator(`[data-testid="scs-result${level}"] [data-testid="scs-met-total"]`);

async function answer(page) {
  await main(page).locator('[data-testid="scs-to-star3"]').click();
  await expect(main(page).locator('[data-testid="scs-assess3"]')).toBeVisible();
  await page.locator('[id="scs-1-2-1-1-met"]').check();
  await page.locator('[id="scs-2-1-1-1-partly"]').check();
  await page.locator('[id="scs-4-1-1-1-not-met"]').check();
  const c = main(page).locator('[data-testid="scs-c-1-2-1-1"]');
  await c.locator('summary').click();
  // Formula-looking text stays text in the workbook.
  await page.locator('[id="scs-1-2-1-1-note"]').fill('=SUM(A1) 規程 v2');
  await page.locator('[id="scs-1-2-1-1-evidence"]').fill('規程集 3.2');
  await page.locator('[id="scs-1-2-1-1-evidence"]').blur();
  await expect(c).toHaveAttribute('data-mark', 'met');
  await expect(main(page).locator('[data-testid="scs-progress"]')).toContainText('3 / 81');
}

async function expectAnswered(page) {
  await expect(met(page, 3, 0)).toHaveText('1 / 81');
  await expect(met(page, 3, 1)).toHaveText('1 / 8');
  await expect(met(page, 3, 2)).toHaveText('0 / 4');
  await expect(met(page, 3, 4)).toHaveText('0 / 48');
  await expect(met(page, 3, 7)).toHaveText('0 / 1');
  await expect(main(page).locator('[data-testid="scs-result3"] [data-testid="scs-cat2"] .scs-gaps')).toContainText('2-1-1-1 △');
  await expect(met(page, 4, 0)).toHaveText('0 / 72');
}

for (const lang of ['ja', 'en']) {
  test(`open the synthetic workbook, answer, n / 81 per category, reload, export and re-open (${lang})`, async ({ page, browser }) => {
    const w = watch(page);
    await openScs(page, lang);
    await pick(page, '#scs-file', 'scs-synthetic.xlsx', BLANK);
    await expect(main(page).locator('[data-testid="scs-opened"]')).toBeVisible();
    const sha = createHash('sha256').update(BLANK).digest('hex');
    await expect(main(page).locator('[data-testid="scs-sha"]')).toHaveText(sha);
    await expect(main(page).locator('[data-testid="scs-synthetic"]')).toBeVisible();
    await expect(met(page, 3, 0)).toHaveText('0 / 81');
    await expect(met(page, 3, 4)).toHaveText('0 / 48');
    // The reader ran in its worker: fetched now, by the SCS page.
    expect(w.requests.some((u) => /shindan-scs-worker-[0-9a-f]+_bg\.wasm$/.test(u))).toBe(true);

    await answer(page);
    // IPA's text as read, with its cell.
    await expect(main(page).locator('[data-testid="scs-c-1-2-1-1"] figcaption')).toContainText('M6');
    // Filters: not yet answered, △, ✖.
    const shown = main(page).locator('.scs-criterion');
    await page.locator('#scs-filter-unanswered').check();
    await expect(shown).toHaveCount(78);
    await page.locator('#scs-filter-partly').check();
    await expect(shown).toHaveCount(1);
    await page.locator('#scs-filter-not-met').check();
    await expect(shown).toHaveCount(1);
    await expect(shown.first()).toHaveAttribute('data-testid', 'scs-c-4-1-1-1');

    await page.goto('/#/scs');
    await ready(page);
    await expectAnswered(page);
    await page.reload();
    await ready(page);
    await expectAnswered(page);

    // A file that is not the workbook: refused with the reader's message, nothing changed.
    await pick(page, '#scs-file', 'not-a-workbook.xlsx', Buffer.from('hello, not a zip'));
    await expect(main(page).locator('[data-testid="scs-refused"]')).toHaveAttribute('data-code', /.+/);
    await expectAnswered(page);

    // Export into the copy chosen again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pick(page, '#scs-export-file', 'scs-synthetic.xlsx', BLANK),
    ]);
    expect(download.suggestedFilename()).toBe('scs-synthetic-answered.xlsx');
    const exported = readFileSync(await download.path());
    await expect(main(page).locator('[data-testid="scs-exported"]')).toContainText('scs-synthetic-answered.xlsx');

    // The CSV: one row per criterion (81 + 72), with its mark and texts.
    const [csv] = await Promise.all([page.waitForEvent('download'), main(page).locator('[data-testid="scs-csv"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/^shindan-scs-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(1 + 153);
    expect(rows.find((r) => r.startsWith('1-2-1-1,'))).toContain(',○,=SUM(A1) 規程 v2,規程集 3.2,,M6,');
    expect(rows.find((r) => r.startsWith('2-1-1-1,'))).toContain(',△,');

    // Re-opened here: same official text, the same answers, nothing to offer.
    await pick(page, '#scs-file', 'scs-synthetic-answered.xlsx', exported);
    await expect(main(page).locator('[data-testid="scs-opened"]')).toBeVisible();
    await expect(main(page).locator('[data-testid="scs-offer"]')).toHaveCount(0);
    await expectAnswered(page);

    // Re-opened in a fresh browser: the answers come from the file.
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    const w2 = watch(other);
    await openScs(other, lang);
    await pick(other, '#scs-file', 'scs-synthetic-answered.xlsx', exported);
    await expect(main(other).locator('[data-testid="scs-opened"]')).toBeVisible();
    await expectAnswered(other);
    await other.goto('/#/scs/star3');
    await ready(other);
    await expect(other.locator('[id="scs-1-2-1-1-note"]')).toHaveValue('=SUM(A1) 規程 v2');
    await expect(other.locator('[id="scs-1-2-1-1-evidence"]')).toHaveValue('規程集 3.2');
    await expect(other.locator('[id="scs-4-1-1-1-not-met"]')).toBeChecked();
    w2.assertClean(ORIGIN);
    await ctx.close();

    // The one-page summary.
    await page.goto('/#/scs/summary');
    await ready(page);
    await expect(main(page).locator('[data-testid="scs-overall"]')).toContainText('1 / 81');
    w.assertClean(ORIGIN);
  });
}

test('the first screen never fetches the SCS worker; a later copy with other answers is offered, not taken', async ({ page }) => {
  const w = watch(page);
  await page.goto('/');
  await ready(page);
  await page.goto('/#/sme');
  await ready(page);
  expect(w.requests.filter((u) => u.includes('scs-worker'))).toEqual([]);
  await page.goto('/#/scs');
  await ready(page);
  expect(w.requests.filter((u) => u.includes('scs-worker'))).toEqual([]);
  const answered = readFileSync(new URL('synthetic-answered.xlsx', FIXTURES));
  await pick(page, '#scs-file', 'blank.xlsx', BLANK);
  await expect(met(page, 3, 0)).toHaveText('0 / 81');
  await pick(page, '#scs-file', 'answered.xlsx', answered);
  await expect(main(page).locator('[data-testid="scs-offer"]')).toBeVisible();
  await expect(met(page, 3, 0)).toHaveText('0 / 81');
  await main(page).locator('[data-testid="scs-take"]').click();
  await expect(met(page, 3, 0)).toHaveText('24 / 81');
  // Forgetting asks twice, then removes the workbook and the answers (also after a reload).
  await main(page).locator('.scs-forget summary').click();
  await main(page).locator('[data-testid="scs-forget"]').click();
  await expect(main(page).locator('[data-testid="scs-workbook"]')).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(main(page).locator('[data-testid="scs-workbook"]')).toHaveCount(0);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.scs')).workbook)).toBeNull();
  w.assertClean(ORIGIN);
});

for (const width of [360, 1280]) {
  test(`the SCS pages with a workbook pass axe and do not overflow at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await openScs(page, 'ja');
    await pick(page, '#scs-file', 'scs-synthetic.xlsx', BLANK);
    await expect(met(page, 3, 0)).toHaveText('0 / 81');
    for (const route of ['#/scs', '#/scs/star3', '#/scs/star4', '#/scs/summary']) {
      await page.goto(`/${route}`);
      await ready(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${route} at ${width}px`).toBeLessThanOrEqual(client);
      if (width === 360) await expectNoAxeViolations(page, route);
    }
  });
}

test('offline after one visit: the SCS worker comes from the precache and reads the workbook', async ({ page, context }) => {
  const w = watch(page);
  await page.goto('/#/');
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    for (const n of names) {
      const keys = await (await caches.open(n)).keys();
      if (keys.some((r) => /shindan-scs-worker-[0-9a-f]+_bg\.wasm$/.test(r.url))) return true;
    }
    return false;
  });
  await context.setOffline(true);
  await page.goto('/#/scs');
  await ready(page);
  await pick(page, '#scs-file', 'scs-synthetic.xlsx', BLANK);
  await expect(met(page, 3, 0)).toHaveText('0 / 81');
  await context.setOffline(false);
  w.assertClean(ORIGIN);
});

test('two tabs: a mark given in one shows in the other, and both tabs\' marks are kept', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openScs(a, 'ja');
  await pick(a, '#scs-file', 'scs-synthetic.xlsx', BLANK);
  await expect(met(a, 3, 0)).toHaveText('0 / 81');
  await b.goto('/#/scs');
  await ready(b);
  await expect(met(b, 3, 0)).toHaveText('0 / 81');
  await a.goto('/#/scs/star3');
  await ready(a);
  await a.locator('[id="scs-1-2-1-1-met"]').check();
  // The other tab follows without a reload.
  await expect(met(b, 3, 1)).toHaveText('1 / 8');
  await b.goto('/#/scs/star3');
  await ready(b);
  await b.locator('[id="scs-7-1-1-1-met"]').check();
  await expect(a.locator('[data-testid="scs-c-7-1-1-1"]')).toHaveAttribute('data-mark', 'met');
  await a.goto('/#/scs');
  await ready(a);
  await expect(met(a, 3, 0)).toHaveText('2 / 81');
});

test('a stored SCS assessment of a newer format stays read-only; an unreadable one is set aside byte for byte', async ({ page }) => {
  await page.goto('/#/');
  await ready(page);
  const newer = '{"format":9,"workbook":null,"answers":{},"later":true}';
  await page.evaluate((v) => localStorage.setItem('shindan.v1.scs', v), newer);
  await page.goto('/#/scs');
  await ready(page);
  await expect(main(page).locator('[data-testid="scs-read-only"]')).toBeVisible();
  await expect(page.locator('#scs-file')).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem('shindan.v1.scs'))).toBe(newer);

  await page.evaluate(() => localStorage.setItem('shindan.v1.scs', '{"format":1,"workbook":'));
  await page.reload();
  await ready(page);
  await expect(main(page).locator('.warn', { hasText: 'shindan.quarantine.' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('shindan.quarantine.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toContain('{"format":1,"workbook":');
  // The page works on: a workbook opens and is stored.
  await pick(page, '#scs-file', 'scs-synthetic.xlsx', BLANK);
  await expect(met(page, 3, 0)).toHaveText('0 / 81');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.scs') || 'null')?.workbook?.edition)).toBe('scs-2026-03-27');
});
