// SCS readiness through a supply-chain request: the requester ticks "ask for SCS ★3
// readiness"; a partner with an SCS self-assessment in their browser sees exactly what will be
// sealed (★3 met of 81 per category, the edition; never the criteria text) and sends it; a
// partner without one is told the response says "not assessed" and is shown the way to #/scs;
// the requester's overview, printed summary and CSV show each partner's ★3 readiness next to the
// self-diagnosis. ja and en; axe; 360 px on the partner's page; nothing leaves the origin.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, answerSme } from './helpers.js';
import { BLANK, scsMain as main, pick } from './scs-helpers.js';

const WORDS = {
  ja: { notAssessed: '未評価', met: '★3 1/81 満たす', head: 'SCS ★3 満たす / 全体' },
  en: { notAssessed: 'not assessed', met: '★3 1/81 met', head: 'SCS ★3 met / all' },
};

async function switchTo(page, lang) {
  if (lang === 'en') {
    await page.locator('#lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

async function noOverflow(page, label) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

/** The partner answers from a fresh assessment (one self-diagnosis item) and returns to the request. */
async function answerAndSend(partner, organisation) {
  await partner.locator('#ask-new').click();
  await partner.locator('#ask-go-sme').click();
  await ready(partner);
  await answerSme(partner, 'sc.01', 'implemented');
  await partner.locator('#ask-return').click();
  await expect(partner.getByTestId('ask-view')).toBeVisible();
  await partner.locator('#ask-responder').fill(organisation);
  await partner.locator('#ask-send').click();
  await expect(partner.locator('#ask-link')).toHaveValue(/#\/reply\//);
  return partner.locator('#ask-link').inputValue();
}

for (const lang of ['ja', 'en']) {
  test(`a partner returns ★3 readiness sealed; one without an SCS assessment says "not assessed"; the overview shows both (${lang})`, async ({ browser }) => {
    const w = WORDS[lang];
    const buyerCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const withCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const withoutCtx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const buyer = await buyerCtx.newPage();
    const withScs = await withCtx.newPage();
    const without = await withoutCtx.newPage();
    const watches = [watch(buyer), watch(withScs), watch(without)];

    // The requester asks for ★3 readiness too.
    await buyer.goto('/#/partners');
    await ready(buyer);
    await switchTo(buyer, lang);
    await expect(buyer.locator('#req-scs-star4')).toBeDisabled();
    await buyer.locator('#req-reason').fill('SCS ★3 の準備状況を確認するため');
    await buyer.locator('#req-org').fill('株式会社発注元');
    await buyer.locator('#req-scs').check();
    await expect(buyer.locator('#req-scs-star4')).toBeEnabled();
    await buyer.locator('#req-make').click();
    await expect(buyer.getByTestId('request-link')).toContainText('#/ask/');
    const link = (await buyer.getByTestId('request-link').textContent()).trim();

    // A partner with an SCS self-assessment: the synthetic workbook, one ★3 criterion met.
    await withScs.goto('/#/scs');
    await ready(withScs);
    await pick(withScs, '#scs-file', 'scs-synthetic.xlsx', BLANK);
    await main(withScs).locator('[data-testid="scs-to-star3"]').click();
    await withScs.locator('[id="scs-1-2-1-1-met"]').check();
    await main(withScs).locator('[data-testid="scs-c-1-2-1-1"] summary').click();
    await withScs.locator('[id="scs-1-2-1-1-note"]').fill('私たちのメモ');
    await withScs.locator('[id="scs-1-2-1-1-note"]').blur();
    await expect(main(withScs).locator('[data-testid="scs-progress"]')).toContainText('1 / 81');
    const criterion = (await main(withScs).locator('[data-testid="scs-c-1-2-1-1"]').textContent()).trim();

    await withScs.goto(link);
    await ready(withScs);
    await switchTo(withScs, lang);
    const scs = withScs.getByTestId('ask-scs');
    await expect(scs.getByTestId('ask-scs-star3')).toHaveText('1/81');
    await expect(scs.getByTestId('ask-scs-edition')).toContainText('scs-');
    await expect(scs.getByTestId('ask-scs-categories').locator('li')).toHaveCount(7);
    await expect(scs.getByTestId('ask-scs-categories').locator('li[data-category="1"]')).toContainText('1/8');
    await expect(scs.getByTestId('ask-scs-star4')).toHaveCount(0);
    // Notes only when ticked; the criteria text never.
    await expect(scs).not.toContainText('私たちのメモ');
    await scs.locator('#ask-scs-notes').check();
    await expect(scs.getByTestId('ask-scs-notes-count')).toContainText('1');
    await scs.locator('#ask-scs-notes').uncheck();
    await expectNoAxeViolations(withScs, `#/ask with SCS readiness (${lang})`);
    const sealed = await answerAndSend(withScs, '株式会社SCS部品');
    expect(sealed).not.toContain(encodeURIComponent(criterion.slice(0, 8)));

    // A partner without one: "not assessed", the way to #/scs, and it may still be sent.
    await without.goto(link);
    await ready(without);
    await switchTo(without, lang);
    await expect(without.getByTestId('ask-scs-none')).toBeVisible();
    await expect(without.getByTestId('ask-scs').locator('a[href="#/scs"]')).toBeVisible();
    await expectNoAxeViolations(without, `#/ask without an SCS assessment (${lang})`);
    await noOverflow(without, '#/ask with SCS asked at 360 px');
    const notAssessed = await answerAndSend(without, '株式会社未評価');

    // The requester imports both: the overview and the printed summary show ★3 readiness.
    await buyer.locator('#import-text').fill(`${sealed}\n${notAssessed}`);
    await buyer.locator('#import-go').click();
    await expect(buyer.getByTestId('import-report').locator('li')).toHaveCount(2);
    const table = buyer.getByTestId('partners-table');
    await expect(table.locator('tr[data-partner="株式会社SCS部品"]').getByTestId('partner-scs')).toContainText(w.met);
    await expect(table.locator('tr[data-partner="株式会社SCS部品"]').getByTestId('partner-scs')).toContainText('scs-');
    await expect(table.locator('tr[data-partner="株式会社未評価"]').getByTestId('partner-scs')).toHaveText(w.notAssessed);
    const summary = buyer.getByTestId('supply-summary');
    await expect(summary.locator('tr[data-partner="株式会社SCS部品"]').getByTestId('summary-scs')).toContainText(w.met);
    // After a reload (the register kept in format 2) it is all still there.
    await buyer.reload();
    await ready(buyer);
    await expect(table.locator('tr[data-partner="株式会社SCS部品"]').getByTestId('partner-scs')).toContainText(w.met);
    expect(await buyer.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.supply')).format)).toBe(2);
    await expectNoAxeViolations(buyer, `#/partners with SCS readiness (${lang})`);

    // The CSV carries the columns.
    const [download] = await Promise.all([buyer.waitForEvent('download'), buyer.locator('#partners-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toContain(w.head);
    expect(csv.find((l) => l.startsWith('株式会社SCS部品'))).toContain('★3,1/81,');
    expect(csv.find((l) => l.startsWith('株式会社未評価'))).toContain(`★3,${w.notAssessed}`);

    for (const x of watches) x.assertClean(ORIGIN);
    await buyerCtx.close();
    await withCtx.close();
    await withoutCtx.close();
  });
}

test('the SCS self-assessment is found from the home page, the assessments page and the partners page', async ({ page }) => {
  const w = watch(page);
  await page.goto('/');
  await ready(page);
  await page.getByTestId('home-scs').click();
  await expect(page).toHaveURL(/#\/scs$/);
  await expect(main(page).locator('#scs-file')).toBeAttached();
  await page.goto('/#/assessments');
  await ready(page);
  await page.locator('#to-scs').click();
  await expect(page).toHaveURL(/#\/scs$/);
  await page.goto('/#/partners');
  await ready(page);
  await page.getByTestId('to-scs').click();
  await expect(page).toHaveURL(/#\/scs$/);
  w.assertClean(ORIGIN);
});
