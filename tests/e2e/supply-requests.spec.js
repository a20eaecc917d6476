// Requests a requester can manage, and the partner's way back: after a reload each
// request shows whom it went to, when it was made, its due date, its key fingerprint (the one
// the partner is shown), the responses received and its link to copy again; the partner goes
// from the questionnaire back to the request without the browser's back button, also after a
// reload; the partners CSV speaks the user's language and carries the due date; a partner's
// weakest items are the same in the overview, its details and the printed summary.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, SC_PATTERN_55, answerSme, toSmeScreen } from './helpers.js';

const DUE = '2030-12-25';
const WORDS = {
  ja: { due: '2030年12月25日', overdue: '回答期限切れ（まだ回答なし）', waiting: 'まだ回答なし', answered: '回答あり（1件）', csvHead: '取引先,依頼先,種別,階層,状況', received: '回答あり' },
  en: { due: '25 Dec 2030', overdue: 'Overdue (not answered yet)', waiting: 'Not answered yet', answered: 'Answered (1)', csvHead: 'Partner,Sent to,Type,Tier,Status', received: 'Received' },
};

async function noOverflow(page, label) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

async function switchTo(page, lang) {
  if (lang === 'en') {
    await page.locator('#lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

for (const lang of ['ja', 'en']) {
  test(`a request after a reload: copy again, fingerprint, answered; the partner's way back; the CSV (${lang})`, async ({ browser }) => {
    const buyerCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await buyerCtx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ORIGIN).origin });
    const partnerCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const buyer = await buyerCtx.newPage();
    const partner = await partnerCtx.newPage();
    const wb = watch(buyer);
    const wp = watch(partner);
    const w = WORDS[lang];

    // The requester makes a request with a due date and whom it goes to.
    await buyer.goto('/#/partners');
    await ready(buyer);
    await switchTo(buyer, lang);
    await buyer.locator('#req-reason').fill('委託先の情報セキュリティ対策を確認するため');
    await buyer.locator('#req-org').fill('株式会社発注元');
    await buyer.locator('#req-due').fill(DUE);
    await buyer.locator('#req-sent-to').fill('株式会社テスト部品');
    await buyer.locator('#req-make').click();
    await expect(buyer.getByTestId('request-link')).toContainText('#/ask/');
    const link = (await buyer.getByTestId('request-link').textContent()).trim();

    // After a reload the list still holds everything about it.
    await buyer.reload();
    await ready(buyer);
    const item = buyer.getByTestId('request-list').locator('li');
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('request-sent-to')).toHaveText('株式会社テスト部品');
    await expect(item.getByTestId('request-due')).toHaveText(w.due);
    await expect(item).not.toContainText(/（任意）|\(optional\)/);
    await expect(item.getByTestId('request-made')).toHaveText(/\S/);
    await expect(item).toHaveAttribute('data-state', 'waiting');
    await expect(item.getByTestId('request-state')).toHaveText(w.waiting);
    await expect(item.getByTestId('request-list-link')).toHaveText(link);
    const fingerprint = (await item.getByTestId('request-fingerprint').textContent()).trim();
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    // Copy again: exactly the original link on the clipboard.
    await buyer.evaluate(() => navigator.clipboard.writeText(''));
    await item.getByTestId('request-copy').click();
    await expect(item.getByTestId('request-copy-status')).not.toHaveText('');
    expect(await buyer.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectNoAxeViolations(buyer, `#/partners with a request (${lang})`);

    // The partner opens the link: the same fingerprint.
    await partner.goto(link);
    await ready(partner);
    await switchTo(partner, lang);
    await expect(partner.getByTestId('ask-fingerprint')).toHaveText(fingerprint);
    // One note on notes, true for an SME-only request.
    await expect(partner.getByTestId('ask-notes-note')).toHaveCount(1);
    await expect(partner.locator('.ask-page')).not.toContainText(/選んだときだけ|only if you tick/);
    await partner.locator('#ask-new').click();
    await partner.locator('#ask-go-sme').click();
    await ready(partner);
    // On the questionnaire: who asked and the way back.
    await expect(partner.getByTestId('ask-return')).toBeVisible();
    await expect(partner.getByTestId('ask-return-org')).toHaveText('株式会社発注元');
    for (const [i, v] of SC_PATTERN_55.entries()) {
      await answerSme(partner, `sc.${String(i + 1).padStart(2, '0')}`, v);
    }
    await toSmeScreen(partner, 'result');
    await expect(partner.getByTestId('sc-total')).toHaveText('55 / 100');
    // A reload on the questionnaire keeps the way back.
    await partner.reload();
    await ready(partner);
    await expect(partner.getByTestId('ask-return')).toBeVisible();
    await expectNoAxeViolations(partner, `#/sme answering a request (${lang})`);
    await partner.locator('#ask-return').click();
    await expect(partner).toHaveURL(/#\/ask$/);
    await expect(partner.getByTestId('ask-view')).toBeVisible();
    await expect(partner.getByTestId('ask-org')).toHaveText('株式会社発注元');
    await expect(partner.getByTestId('ask-fingerprint')).toHaveText(fingerprint);
    await partner.locator('#ask-responder').fill('株式会社テスト部品');
    await partner.locator('#ask-send').click();
    await expect(partner.locator('#ask-link')).toHaveValue(/#\/reply\//);
    const response = await partner.locator('#ask-link').inputValue();

    // The requester imports it: the request shows it was answered, also after a reload.
    await buyer.locator('#import-text').fill(response);
    await buyer.locator('#import-go').click();
    await expect(buyer.getByTestId('import-report').locator('li')).toHaveCount(1);
    await expect(item).toHaveAttribute('data-state', 'answered');
    await buyer.reload();
    await ready(buyer);
    await expect(item).toHaveAttribute('data-state', 'answered');
    await expect(item.getByTestId('request-state')).toHaveText(w.answered);

    // One partner, one list of weakest items: the overview row, its details, the summary.
    const row = buyer.getByTestId('partners-table').locator('tbody tr');
    await expect(row).toHaveCount(1);
    const weak = await row.getByTestId('partner-weak').getAttribute('data-items');
    // SC_PATTERN_55: not implemented 16–20, then partial 11–15 (five at most).
    expect(weak).toBe('sc.16 sc.17 sc.18 sc.19 sc.20');
    await row.locator('th button').click();
    const detailWeak = await buyer.getByTestId('partner-detail-weak').locator('li').evaluateAll((l) => l.map((e) => e.dataset.item).join(' '));
    expect(detailWeak).toBe(weak);
    const summary = buyer.getByTestId('supply-summary');
    await expect(summary.getByTestId('summary-requester')).toContainText('株式会社発注元');
    const listed = summary.getByTestId('summary-partners').locator('tbody tr');
    await expect(listed).toHaveCount(1);
    await expect(listed.locator('td[data-items]')).toHaveAttribute('data-items', weak);
    await expect(listed).toContainText('55');
    await expect(listed.locator('td[data-status]')).toHaveText(w.received);

    // The CSV: the user's words, named after the register, with the due date.
    const [download] = await Promise.all([buyer.waitForEvent('download'), buyer.locator('#partners-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^shindan-partners-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].startsWith(w.csvHead)).toBe(true);
    expect(lines[1]).toContain(DUE);
    expect(lines[1]).toContain('株式会社発注元');
    expect(lines[1]).toContain('No.16');
    for (const code of ['supplier', 'contractor', 'received', 'requested', 'sc.band', 'sc.1', 'sc.0', ',d1,', 'weakest', ',e2e,']) {
      expect(csv, `no internal code ${code}`).not.toContain(code);
    }

    wb.assertClean(ORIGIN);
    wp.assertClean(ORIGIN);
    await buyerCtx.close();
    await partnerCtx.close();
  });

  test(`the request list at 360 px: fields wrap, the link copies again (${lang})`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ORIGIN).origin });
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto('/#/partners');
    await ready(page);
    await switchTo(page, lang);
    await page.locator('#req-reason').fill('委託先の情報セキュリティ対策を確認するため');
    await page.locator('#req-org').fill('株式会社発注元');
    await page.locator('#req-due').fill(DUE);
    await page.locator('#req-sent-to').fill('W'.repeat(100));
    await page.locator('#req-make').click();
    await expect(page.getByTestId('request-link')).toContainText('#/ask/');
    const link = (await page.getByTestId('request-link').textContent()).trim();
    await page.reload();
    await ready(page);
    const item = page.getByTestId('request-list').locator('li');
    await expect(item.getByTestId('request-due')).toHaveText(WORDS[lang].due);
    await item.getByTestId('request-copy').scrollIntoViewIfNeeded();
    await noOverflow(page, `the request list at 360 px (${lang})`);
    await item.getByTestId('request-copy').click();
    await expect(item.getByTestId('request-copy-status')).not.toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // A second request, due in the past and unanswered: listed first (newest first), overdue.
    await page.locator('#req-reason').fill('確認のため');
    await page.locator('#req-org').fill('株式会社発注元');
    await page.locator('#req-due').fill('2020-01-31');
    await page.locator('#req-make').click();
    await expect(page.getByTestId('request-list').locator('li')).toHaveCount(2);
    const first = page.getByTestId('request-list').locator('li').first();
    await expect(first).toHaveAttribute('data-state', 'overdue');
    await expect(first.getByTestId('request-state')).toHaveText(WORDS[lang].overdue);
    await expect(page.getByTestId('request-list').locator('li').nth(1)).toHaveAttribute('data-state', 'waiting');
    await noOverflow(page, `two requests at 360 px (${lang})`);
    w.assertClean(ORIGIN);
    await ctx.close();
  });
}

test('a partner done with a request closes the way back; it stays closed after a reload', async ({ browser }) => {
  const buyerCtx = await browser.newContext();
  const buyer = await buyerCtx.newPage();
  await buyer.goto('/#/partners');
  await ready(buyer);
  await buyer.locator('#req-reason').fill('確認のため');
  await buyer.locator('#req-org').fill('株式会社発注元');
  await buyer.locator('#req-make').click();
  await expect(buyer.getByTestId('request-link')).toContainText('#/ask/');
  const link = (await buyer.getByTestId('request-link').textContent()).trim();
  await buyerCtx.close();

  const page = await browser.newPage();
  const w = watch(page);
  await page.goto(link);
  await ready(page);
  await page.locator('#ask-go-sme').click();
  await ready(page);
  await expect(page.getByTestId('ask-return')).toBeVisible();
  // Only on the pages a request sends the partner to.
  await page.goto('/#/guidelines');
  await ready(page);
  await expect(page.getByTestId('ask-return')).toHaveCount(0);
  await page.goto('/#/sme');
  await ready(page);
  await page.locator('#ask-return-forget').click();
  await expect(page.getByTestId('ask-return')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.responder') || '{}').asked ?? null)).toBe(null);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('ask-return')).toHaveCount(0);
  w.assertClean(ORIGIN);
  await page.close();
});
