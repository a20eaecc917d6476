// The requester's side of the supply-chain view (#/partners): a request link made
// with its reason and a fresh key kept in the store, a bulk import of 200 result links with a
// per-line report, a damaged line and a duplicate reported, the overview with totals and CSV,
// a bulk import of 200 end-to-end sealed responses (a tampered one and one sealed to another key
// refused on their own lines), the SCS level helper, axe in ja and en, no sideways scroll on a
// phone.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, makeRequest, respond } from './helpers.js';

const BULK = readFileSync(new URL('../fixtures/supply/plain-200.txt', import.meta.url), 'utf8')
  // The fixture names a placeholder host; the app reads only the fragment.
  .trim()
  .split('\n');

async function register(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v1.supply') || 'null'));
}

test('a request link carries the reason; its key stays in this browser only', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/partners');
  await ready(page);
  await page.locator('#req-reason').fill('取引基本契約の見直しに伴う委託先の対策確認のため');
  await page.locator('#req-org').fill('株式会社発注元');
  await page.locator('#req-scope-both').check();
  await page.locator('#req-due').fill('2027-03-31');
  await page.locator('#req-kind').selectOption('contractor');
  await page.locator('#req-tier').selectOption('2');
  await page.locator('#req-make').click();
  const link = page.getByTestId('request-link');
  await expect(link).toContainText('#/ask/');
  const url = await link.textContent();
  expect(url.startsWith(ORIGIN)).toBe(true);
  // The register holds the request with its private key (JWK); the link does not.
  await expect.poll(async () => (await register(page))?.requests?.length).toBe(1);
  const reg = await register(page);
  expect(reg.requests[0].private_key).toContain('"d"');
  // The type and tier noted for the addressee are kept with the request (they seed the partner).
  expect(reg.requests[0]).toMatchObject({ kind: 'contractor', tier: 2 });
  expect(url).not.toContain(JSON.parse(reg.requests[0].private_key).d);
  await expect(page.getByTestId('request-list')).toContainText('株式会社発注元');
  // The key exists only here: the page offers a backup at once, and the file holds the key.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#req-backup').click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup.supply.requests[0].private_key).toBe(reg.requests[0].private_key);
  w.assertClean(ORIGIN);
});

test('a request without a reason is refused with a message and stores nothing', async ({ page }) => {
  await page.goto('/#/partners');
  await ready(page);
  await page.locator('#req-org').fill('株式会社発注元');
  await page.locator('#req-make').click();
  await expect(page.locator('#req-state .warn')).toBeVisible();
  await expect(page.getByTestId('request-link')).toHaveCount(0);
  expect(await register(page)).toBeNull();
});

test('200 result links import at once, each reported; damaged and repeated lines say so', async ({ page }) => {
  await page.goto('/#/partners');
  await ready(page);
  const damaged = BULK[0].slice(0, -3) + 'AAA';
  const text = [...BULK, '', damaged, BULK[1], 'これはリンクではありません'].join('\n');
  await page.locator('#import-text').fill(text);
  await page.locator('#import-go').click();
  const report = page.getByTestId('import-report');
  await expect(report.locator('li')).toHaveCount(203);
  await expect(report.locator('li.warn')).toHaveCount(2);
  await expect(report.locator('li[data-line="203"]')).toContainText(/取り込み済み|already imported/);
  await expect(report.locator('li[data-line="1"]')).toContainText('取引先001');
  const rows = page.getByTestId('partners-table').locator('tbody tr');
  // 100 rows a page: the second page holds the other 100.
  await expect(rows).toHaveCount(100);
  await expect(page.locator('#partners-caption')).toContainText('(200 / 200)');
  await expect(page.locator('#partners-range')).toHaveText('1〜100件目（全200件）');
  await expect(page.locator('#partners-prev')).toBeDisabled();
  await page.locator('#partners-next').click();
  await expect(page.locator('#partners-range')).toHaveText('101〜200件目（全200件）');
  await expect(rows.first()).toHaveAttribute('data-partner', '取引先101');
  await expect(page.locator('#partners-next')).toBeDisabled();
  await expect.poll(async () => (await register(page))?.partners?.length).toBe(200);
  // Search and sort work on the overview (and go back to the first page).
  await page.locator('#partners-search').fill('取引先15');
  await expect(rows).toHaveCount(10);
  await expect(page.locator('#partners-range')).toHaveCount(0);
  await page.locator('#partners-search').fill('');
  await page.locator('#partners-next').click();
  await page.locator('#partners-sort').selectOption('total');
  await expect(page.locator('#partners-range')).toHaveText('1〜100件目（全200件）');
  await expect(rows).toHaveCount(100);
  // CSV of every partner.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#partners-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  // The header row names the partner column 取引先 too: count the rows below it.
  expect(csv.split('\r\n').slice(1).filter((l) => l.includes('取引先')).length).toBe(200);
});

// 200 responses sealed natively with fixed keys to a fixed requester key, pinned by
// tests/supply.rs (the_committed_sealed_bulk_fixture_is_what_the_native_sealer_writes), which
// also writes the register to seed (the request with its private key as JWK) and each partner's
// total, band and ★/★★ computed from its answers, not through the import.
const SEALED = readFileSync(new URL('../fixtures/supply/sealed-200.txt', import.meta.url), 'utf8').trim().split('\n');
const SEALED_FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/supply/sealed-200.json', import.meta.url), 'utf8'));

test('200 sealed responses import at once: 200 end-to-end partners scored as computed natively; a tampered line and one sealed to another key are refused alone', async ({ page }) => {
  const w = watch(page);
  await page.addInitScript((register) => {
    // Once per test: the app's own writes must survive reloads.
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('shindan.v1.supply', register);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(SEALED_FIXTURE.register));
  await page.goto('/#/partners');
  await ready(page);
  await expect(page.getByTestId('request-list')).toContainText('株式会社一括発注元');
  // The tampered response on line 101, the one sealed to another key on line 152.
  const text = [...SEALED.slice(0, 100), SEALED_FIXTURE.tampered, ...SEALED.slice(100, 150), SEALED_FIXTURE.other_key, ...SEALED.slice(150)];
  expect(text).toHaveLength(202);
  await page.locator('#import-text').fill(text.join('\n'));
  await page.locator('#import-go').click();
  const report = page.getByTestId('import-report');
  await expect(report.locator('li')).toHaveCount(202, { timeout: 60_000 });
  const refused = /鍵で開けませんでした/;
  await expect(report.locator('li.warn')).toHaveCount(2);
  await expect(report.locator('li[data-line="101"]')).toHaveClass(/warn/);
  await expect(report.locator('li[data-line="101"]')).toContainText(refused);
  await expect(report.locator('li[data-line="152"]')).toHaveClass(/warn/);
  await expect(report.locator('li[data-line="152"]')).toContainText(refused);
  // Every other line: a new partner, end to end (no "not encrypted" mark), in paste order.
  await expect(report.locator('li:not(.warn)').filter({ hasText: '新しい取引先として追加' })).toHaveCount(200);
  await expect(report.locator('li').filter({ hasText: '暗号化されていない' })).toHaveCount(0);
  const lineOf = (k) => (k < 100 ? k + 1 : k < 150 ? k + 2 : k + 3);
  for (const k of [0, 99, 100, 149, 150, 199]) {
    await expect(report.locator(`li[data-line="${lineOf(k)}"]`)).toContainText(SEALED_FIXTURE.expected[k].organisation);
  }
  // The overview: 200 partners (100 a page) and no waiting request left.
  const rows = page.getByTestId('partners-table').locator('tbody tr');
  await expect(rows).toHaveCount(100);
  await expect(page.locator('#partners-caption')).toContainText('(200 / 200)');
  // Partners' totals, bands and ★/★★ as tests/supply.rs computed them from the answers: the
  // first and last, one of each band, one with no band (items left unanswered), ★★ without ★.
  const picks = new Map();
  for (const e of SEALED_FIXTURE.expected) {
    const k = e.band ?? 'none';
    if (!picks.has(k)) picks.set(k, e);
  }
  picks.set('first', SEALED_FIXTURE.expected[0]);
  picks.set('last', SEALED_FIXTURE.expected[199]);
  picks.set('★★ only', SEALED_FIXTURE.expected.find((e) => e.star_two && !e.star_one));
  expect(picks.size).toBeGreaterThanOrEqual(7);
  for (const e of picks.values()) {
    await page.locator('#partners-search').fill(e.organisation);
    await expect(rows).toHaveCount(1);
    const row = page.locator(`tr[data-partner="${e.organisation}"]`);
    await expect(row).toHaveCount(1);
    // A total with items unanswered is provisional and says so with a *.
    await expect(row.getByTestId('partner-total')).toHaveText(`${e.total}${e.complete ? '' : '*'}`);
    if (e.band) await expect(row.locator('td[data-band]')).toHaveAttribute('data-band', e.band);
    else await expect(row.locator('td[data-band]')).toHaveCount(0);
    const star = (ok) => (ok ? '準備済み' : '未達');
    await expect(row).toContainText(`★ ${star(e.star_one)} / ★★ ${star(e.star_two)}`);
  }
  // Stored: 200 partners, every current result end to end, the request and its key kept.
  await expect.poll(async () => (await register(page))?.partners?.length).toBe(200);
  const reg = await register(page);
  expect(reg.partners.every((p) => p.current.e2e === true)).toBe(true);
  expect(reg.requests[0].private_key).toBe(SEALED_FIXTURE.register.requests[0].private_key);
  // And after a reload, the same overview.
  await page.reload();
  await ready(page);
  await expect(page.locator('#partners-caption')).toContainText('(200 / 200)');
  await expect(rows).toHaveCount(100);
  w.assertClean(ORIGIN);
});

test('the SCS helper asks for ★4 when any answer is yes, ★3 otherwise', async ({ page }) => {
  await page.goto('/#/partners');
  await ready(page);
  const level = page.getByTestId('scs-level');
  await expect(level).toHaveAttribute('data-level', '3');
  // 「ひとまず★3」 as its source words it, shown as Shindan's (the wording is known only from a
  // secondary source), with where it comes from.
  await expect(level).toContainText('ひとまず★3');
  await expect(level.getByTestId('own-mark')).toBeVisible();
  await expect(page.getByTestId('scs-wording-source')).toContainText('東京都');
  await page.locator('#scs-q3').check();
  await expect(level.getByTestId('own-mark')).toHaveCount(0);
  await expect(page.getByTestId('scs-wording-source')).toHaveCount(0);
  await expect(level).toHaveAttribute('data-level', '4');
  // What the level means is Shindan's summary, marked so, with its sources named.
  await expect(page.getByTestId('scs-means').getByTestId('own-mark')).toBeVisible();
  await expect(page.getByTestId('scs-means')).toContainText('★4');
  await expect(page.locator('section[aria-labelledby=scs-title] .source')).toContainText('経済産業省');
  await page.locator('#scs-q3').uncheck();
  await expect(level).toHaveAttribute('data-level', '3');
});

for (const lang of ['ja', 'en']) {
  test(`the partners page passes axe with partners listed and fits a 360 px phone (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/#/partners');
    await ready(page);
    if (lang === 'en') await page.locator('#lang-switch').click();
    // 101 partners: the table's first page and the page buttons.
    await page.locator('#import-text').fill(BULK.slice(0, 101).join('\n'));
    await page.locator('#import-go').click();
    await expect(page.getByTestId('partners-table').locator('tbody tr')).toHaveCount(100);
    await expect(page.locator('#partners-next')).toBeVisible();
    // The answers per partner too (drawn on demand).
    await page.locator('#heat-grid-toggle').click();
    await expect(page.getByTestId('heat-grid')).toBeVisible();
    await expectNoAxeViolations(page, `#/partners (${lang})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// The whole round trip in two browsers that share nothing: the requester makes a request, the
// partner opens it, answers and sends back a sealed link, the requester pastes it and sees the
// partner with the right total and band. A changed character and a response sealed to another
// requester's key each get their message.
test('requester and partner in two browsers: request, answer, sealed response, overview', async ({ browser }) => {
  const buyerCtx = await browser.newContext();
  const partnerCtx = await browser.newContext();
  const otherCtx = await browser.newContext();
  const buyer = await buyerCtx.newPage();
  const partner = await partnerCtx.newPage();
  const other = await otherCtx.newPage();
  const wb = watch(buyer);
  const wp = watch(partner);

  const requestLink = await makeRequest(buyer, '株式会社発注元');
  const otherLink = await makeRequest(other, '別の発注元');

  // The partner's side: helpers.js's respond, which also notes the band its SME page showed.
  const respondSeen = async (page, link, org) => {
    const seen = {};
    const out = await respond(page, link, org, seen);
    return { link: out, band: seen.band };
  };
  const { link: response, band } = await respondSeen(partner, requestLink, '株式会社テスト部品');
  // The same partner answering the other requester: sealed to that requester's key.
  const { link: toOther } = await respondSeen(partner, otherLink, '株式会社テスト部品');

  // A changed character in the sealed part.
  const payload = response.split('#/reply/')[1];
  const i = 100;
  const flipped = payload[i] === 'A' ? 'B' : 'A';
  const tampered = response.replace(payload, payload.slice(0, i) + flipped + payload.slice(i + 1));

  await buyer.goto('/#/partners');
  await ready(buyer);
  await buyer.locator('#import-text').fill([response, tampered, toOther].join('\n'));
  await buyer.locator('#import-go').click();
  const report = buyer.getByTestId('import-report');
  await expect(report.locator('li')).toHaveCount(3);
  await expect(report.locator('li[data-line="1"]')).toContainText('株式会社テスト部品');
  await expect(report.locator('li[data-line="2"]')).toHaveClass(/warn/);
  await expect(report.locator('li[data-line="3"]')).toContainText(/別の依頼元|another requester/);
  const row = buyer.getByTestId('partners-table').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-testid=partner-total]')).toHaveText('55');
  await expect(row).toHaveAttribute('data-partner', '株式会社テスト部品');
  // The band shown is the band the partner saw on its own SME page.
  expect(band).toBeTruthy();
  await expect(row.locator('td[data-band]')).toHaveAttribute('data-band', band);
  // Importing the same response again changes nothing.
  await buyer.locator('#import-text').fill(response);
  await buyer.locator('#import-go').click();
  await expect(buyer.getByTestId('import-report').locator('li')).toContainText(/取り込み済み|already imported/);
  await expect(row).toHaveCount(1);

  // After a reload the partner answers again: its stored responder id makes the new response
  // the same partner's current result (the older one goes to its history), not a new partner.
  await partner.reload();
  await ready(partner);
  const { link: again } = await respondSeen(partner, requestLink, '株式会社テスト部品');
  await buyer.locator('#import-text').fill(again);
  await buyer.locator('#import-go').click();
  await expect(buyer.getByTestId('import-report').locator('li')).toContainText(/最新の結果として更新|now the current result/);
  await expect(row).toHaveCount(1);
  // Its details list both results received, the newer one current, both end-to-end.
  await row.locator('th button').click();
  const history = buyer.getByTestId('partner-history').locator('tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toHaveAttribute('data-current', 'true');
  await expect(history.locator('[data-testid=history-total]')).toHaveText(['55', '55']);
  await expect(buyer.getByTestId('partner-history')).not.toContainText(/暗号化されていない|not end-to-end/);

  wb.assertClean(ORIGIN);
  wp.assertClean(ORIGIN);
  await buyerCtx.close();
  await partnerCtx.close();
  await otherCtx.close();
});

// The fixture's partner i answers item n with kind (i + n) % 4 (implemented, partial, not
// implemented, don't know: IPA's 4 / 2 / 0 / −1 points). Over 25 items that is six full cycles
// (30 points) plus item 25's kind (i + 1) % 4 — computed here, not read from the app.
const POINTS = [4, 2, 0, -1];
const totalOf = (i) => 30 + POINTS[(i + 1) % 4];

test('the summary answers first; filters, details, type and tier, removal; files import with their names', async ({ page }) => {
  await page.goto('/#/partners');
  await ready(page);
  await expect(page.getByTestId('summary-empty')).toBeVisible();
  // Five partners from a response file, plus a line that is not a link.
  const file = BULK.slice(0, 5).join('\r\n') + '\r\nこれはリンクではありません';
  await page.locator('#import-files').setInputFiles({ name: 'responses.txt', mimeType: 'text/plain', buffer: Buffer.from(file) });
  const report = page.getByTestId('import-report');
  await expect(report.locator('li')).toHaveCount(6);
  await expect(report.locator('li[data-line="6"]')).toContainText('responses.txt 6行目');
  await expect(report.locator('li[data-line="6"]')).toHaveAttribute('data-error', 'not-a-link');
  await expect(page.getByTestId('import-counts')).toContainText('6行を読みました：新しい取引先 5');
  // A file far too large to be a response file is not read, and says so; nothing else changes.
  await page.locator('#import-files').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(9 * 1024 * 1024, 0x41) });
  await expect(page.getByTestId('import-unread').locator('li')).toHaveAttribute('data-why', 'too-big');
  await expect(page.getByTestId('import-unread')).toContainText('huge.txt');
  const rows = page.getByTestId('partners-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (let i = 1; i <= 5; i++) {
    await expect(rows.nth(i - 1).getByTestId('partner-total')).toHaveText(String(totalOf(i)));
  }

  // The summary: five answered, none waiting, the lowest total first.
  const summary = page.getByTestId('supply-summary');
  await expect(summary.getByTestId('fig-answered').locator('dd')).toHaveText('5');
  await expect(summary.getByTestId('fig-requested').locator('dd')).toHaveText('0');
  const lowest = [1, 2, 3, 4, 5].sort((a, b) => totalOf(a) - totalOf(b) || a - b)[0];
  await expect(summary.locator('[data-why=lowest]')).toContainText(`取引先00${lowest} ${totalOf(lowest)}`);
  await expect(summary.locator('[data-why=plain]')).toContainText('取引先001');
  // Weak = not implemented or don't know. Partners 1..5 on item n: residues n+1..n+5 mod 4,
  // so residue (n+1) % 4 counts twice; 3 of 5 are weak where it is 2 or 3 (n % 4 = 1 or 2).
  const weakItems = [];
  for (let n = 1; n <= 25; n++) if (n % 4 === 1 || n % 4 === 2) weakItems.push(`sc.${String(n).padStart(2, '0')}`);
  await expect(summary.getByTestId('summary-weak').locator('li')).toHaveCount(5);
  const listed = await summary.getByTestId('summary-weak').locator('li').evaluateAll((l) => l.map((e) => e.dataset.item));
  expect(listed).toEqual(weakItems.slice(0, 5));
  await expect(summary.getByTestId('summary-weak').locator('li').first()).toContainText('60%');
  // The heat map agrees: the weakest item first, 60 %, and a row per partner in the grid.
  const heat = page.getByTestId('heat-items').locator('tbody tr');
  await expect(heat).toHaveCount(25);
  await expect(heat.first()).toHaveAttribute('data-item', 'sc.01');
  await expect(heat.first().locator('td[data-weak]')).toHaveAttribute('data-weak', '60');
  await expect(heat.last().locator('td[data-weak]')).toHaveAttribute('data-weak', '40');
  // Shindan's short item names are marked once per list or table, not on every row.
  await expect(page.getByTestId('heat-items').getByTestId('own-mark')).toHaveCount(1);
  await expect(summary.getByTestId('own-block').filter({ has: page.getByTestId('summary-weak') }).getByTestId('own-mark')).toHaveCount(1);
  await expect(page.getByTestId('heat-grid')).toHaveCount(0);
  await page.locator('#heat-grid-toggle').click();
  await expect(page.locator('#heat-grid-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('heat-grid').locator('tbody tr')).toHaveCount(5);
  // The distribution counts every complete total once.
  const bands = await page.getByTestId('dist-bands').locator('td.num').allTextContents();
  expect(bands.map(Number).reduce((a, b) => a + b, 0)).toBe(5);

  // A partner's details: set its type and tier; the overview, filter and register follow.
  await rows.nth(2).locator('th button').click();
  const detail = page.getByTestId('partner-detail');
  await expect(detail.locator('h3')).toBeFocused();
  await expect(detail.getByTestId('partner-history').locator('tbody tr')).toHaveCount(1);
  await detail.locator('#detail-kind').selectOption('contractor');
  await detail.locator('#detail-tier').selectOption('2');
  await expect(rows.nth(2).locator('td').first()).toHaveText('委託先・2次');
  await expect.poll(async () => (await register(page)).partners[2]).toMatchObject({ kind: 'contractor', tier: 2 });
  await page.locator('#partners-kind').selectOption('contractor');
  await expect(rows).toHaveCount(1);
  await page.locator('#partners-kind').selectOption('');
  await page.locator('#partners-status').selectOption('overdue');
  await expect(rows).toHaveCount(0);
  await page.locator('#partners-status').selectOption('received');
  await expect(rows).toHaveCount(5);
  await page.locator('#partners-sort').selectOption('total');
  await page.locator('#partners-desc').check();
  await expect(rows.first().getByTestId('partner-total')).toHaveText(String(Math.max(...[1, 2, 3, 4, 5].map(totalOf))));

  // Removing asks first; then the partner and its results are gone.
  await rows.first().locator('th button').click();
  const name = await page.getByTestId('partner-detail').locator('h3').textContent();
  await page.locator('#partner-remove').click();
  await expect(page.getByTestId('partner-detail').locator('[role=alert]')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await page.locator('#partner-remove').click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('partners-table')).not.toContainText(name);
  await expect.poll(async () => (await register(page)).partners.length).toBe(4);
});

for (const lang of ['ja', 'en']) {
  test(`printing the partners page prints the one-page summary only, 200 partners (${lang})`, async ({ page }) => {
    // A request made here: the summary names who asks.
    await makeRequest(page, '株式会社発注元');
    if (lang === 'en') await page.locator('#lang-switch').click();
    await page.locator('#import-text').fill(BULK.join('\n'));
    await page.locator('#import-go').click();
    await expect(page.getByTestId('partners-table').locator('tbody tr')).toHaveCount(100);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('supply-summary')).toBeVisible();
    await expect(page.locator('#req-reason')).toBeHidden();
    await expect(page.getByTestId('partners-table')).toBeHidden();
    await expect(page.getByTestId('supply-summary').getByTestId('fig-answered').locator('dd')).toHaveText('200');
    // It names the requester and lists the partners most in need (the waiting request first),
    // with how many more the list and the CSV hold.
    await expect(page.getByTestId('summary-requester')).toBeVisible();
    await expect(page.getByTestId('summary-requester')).toContainText('株式会社発注元');
    const listed = page.getByTestId('summary-partners').locator('tbody tr');
    await expect(listed).toHaveCount(5);
    await expect(listed.first().locator('td[data-status]')).toHaveAttribute('data-status', 'requested');
    await expect(page.getByTestId('summary-more')).toBeVisible();
    await expect(page.getByTestId('summary-more')).toContainText('196');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages).toBe(1);
  });
}
