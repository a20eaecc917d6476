// The supply-chain register in the backup file (backup format 2): the requester's
// request keys and partners' results and the partner's responder id are exported, survive
// "delete all my data" and a restore, and a response sealed to a request made before the
// restore opens after it. A damaged register refuses the file and changes nothing; a version-1
// file still imports.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, makeRequest, respond, expectNoAxeViolations } from './helpers.js';

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8');

const stored = (page, key) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), key);

const dump = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

async function exportAll(page) {
  await page.goto('/#/assessments');
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-all').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

async function deleteEverything(page) {
  await page.goto('/#/privacy');
  await ready(page);
  await page.locator('#delete-all').click();
  await page.locator('#delete-confirm').click();
  await expect(page.locator('#delete-status')).toHaveClass(/done/);
  expect(await dump(page)).toEqual({});
}

/** Picks a backup file on #/assessments and waits for the plan. */
async function pick(page, name, text) {
  await page.goto('/#/assessments');
  await ready(page);
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('request keys survive a backup, delete and restore: a response sealed before opens after', async ({ browser }) => {
  const buyerCtx = await browser.newContext();
  const partnerCtx = await browser.newContext();
  const buyer = await buyerCtx.newPage();
  const partner = await partnerCtx.newPage();
  const wb = watch(buyer);
  const wp = watch(partner);

  // The requester makes a request; the page says the key is in the backup file.
  const link = await makeRequest(buyer, '株式会社発注元');
  await expect(buyer.locator('p.note', { hasText: 'バックアップファイル' })).toContainText('鍵と同じように安全に保管');
  await expect.poll(async () => (await stored(buyer, 'shindan.v1.supply'))?.requests?.length).toBe(1);
  const before = await stored(buyer, 'shindan.v1.supply');

  // The partner answers now; the requester opens the response only after the restore.
  const response = await respond(partner, link, '株式会社テスト部品');

  // The backup of everything holds the register, the key included, as stored.
  const backup = await exportAll(buyer);
  const file = JSON.parse(backup.text);
  expect(file.version).toBe(2);
  expect(file.supply).toEqual(before);
  expect(JSON.parse(file.supply.requests[0].private_key).d).toBeTruthy();
  await expect(buyer.locator('#backup-keys-warning')).toContainText('誰でも回答を開けるため');

  await deleteEverything(buyer);

  // Restore: the plan counts the request (new here), then the key is back byte for byte.
  await pick(buyer, backup.name, backup.text);
  await expect(buyer.locator('#import-plan li[data-count="requests"]')).toHaveAttribute('data-new', '1');
  await expect(buyer.locator('#import-plan li[data-count="requests"]')).toContainText('1');
  await expect(buyer.locator('#import-plan li[data-count="partners"]')).toHaveAttribute('data-new', '0');
  await expectNoAxeViolations(buyer, 'the import plan of a file with a register');
  await buyer.locator('#import-apply').click();
  await expect(buyer.locator('#import-done-supply')).toContainText('1');
  await expect.poll(() => stored(buyer, 'shindan.v1.supply')).toEqual(before);

  // The response sealed before the restore opens with the restored key.
  await buyer.goto('/#/partners');
  await ready(buyer);
  await expect(buyer.getByTestId('request-list')).toContainText('株式会社発注元');
  await buyer.locator('#import-text').fill(response);
  await buyer.locator('#import-go').click();
  const report = buyer.getByTestId('import-report');
  await expect(report.locator('li[data-line="1"]')).toContainText('株式会社テスト部品');
  await expect(report.locator('li.warn')).toHaveCount(0);
  const row = buyer.getByTestId('partners-table').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-testid=partner-total]')).toHaveText('55');

  // Restoring the same file again adds nothing and loses nothing (the partner stays).
  await expect.poll(async () => (await stored(buyer, 'shindan.v1.supply'))?.partners?.length).toBe(1);
  const withPartner = await stored(buyer, 'shindan.v1.supply');
  await pick(buyer, backup.name, backup.text);
  await expect(buyer.locator('#import-plan li[data-count="requests"]')).toHaveAttribute('data-new', '0');
  await buyer.locator('#import-apply').click();
  await expect(buyer.locator('#import-done')).toBeVisible();
  expect(await stored(buyer, 'shindan.v1.supply')).toEqual(withPartner);

  // The partner's side: its responder id travels in its backup and comes back after a delete,
  // so its next response is the same partner's at the requester.
  await expect.poll(async () => (await stored(partner, 'shindan.v1.responder'))?.id).toBeTruthy();
  const responder = await stored(partner, 'shindan.v1.responder');
  const partnerBackup = await exportAll(partner);
  // The backup carries the id, not the request being answered (that stays in this browser).
  expect(responder.asked).toBeTruthy();
  expect(JSON.parse(partnerBackup.text).responder).toEqual({ format: 1, id: responder.id });
  await deleteEverything(partner);
  await pick(partner, partnerBackup.name, partnerBackup.text);
  await partner.locator('#import-apply').click();
  await expect(partner.locator('#import-done')).toBeVisible();
  await expect.poll(() => stored(partner, 'shindan.v1.responder')).toEqual({ format: 1, id: responder.id });
  const again = await respond(partner, link, '株式会社テスト部品');
  await buyer.goto('/#/partners');
  await ready(buyer);
  await buyer.locator('#import-text').fill(again);
  await buyer.locator('#import-go').click();
  await expect(buyer.getByTestId('import-report').locator('li')).toContainText(/最新の結果として更新|now the current result/);
  await expect(buyer.getByTestId('partners-table').locator('tbody tr')).toHaveCount(1);

  wb.assertClean(ORIGIN);
  wp.assertClean(ORIGIN);
  await buyerCtx.close();
  await partnerCtx.close();
});

test('a damaged register refuses the whole file; a version-1 file still imports', async ({ page }) => {
  await makeRequest(page, '株式会社発注元');
  await expect.poll(async () => (await stored(page, 'shindan.v1.supply'))?.requests?.length).toBe(1);
  const backup = await exportAll(page);
  const snapshot = await dump(page);

  // A key that does not belong to its request: the file is refused with its own message.
  const file = JSON.parse(backup.text);
  const jwk = JSON.parse(file.supply.requests[0].private_key);
  jwk.d = jwk.d.startsWith('A') ? 'B' + jwk.d.slice(1) : 'A' + jwk.d.slice(1);
  jwk.x = jwk.y;
  file.supply.requests[0].private_key = JSON.stringify(jwk);
  await pick(page, 'damaged.json', JSON.stringify(file));
  await expect(page.locator('#import-error')).toHaveAttribute('data-reason', 'Supply');
  await expect(page.locator('#import-error')).toContainText('取引先の記録');
  await expect(page.locator('#import-plan')).toHaveCount(0);
  expect(await dump(page)).toEqual(snapshot);

  // A version-1 file (assessments only) imports as before: no register lines in the plan.
  await pick(page, 'v1.json', fixture('backup-v1.json'));
  await expect(page.locator('#import-plan li[data-count="new"]')).toContainText('2');
  await expect(page.locator('#import-plan li[data-count="requests"]')).toHaveCount(0);
  await page.locator('#import-apply').click();
  await expect(page.locator('#import-done')).toContainText('2');
  await expect.poll(async () => Object.keys(await dump(page)).filter((k) => k.startsWith('shindan.v2.a.')).length).toBe(2);
  expect(await dump(page).then((d) => d['shindan.v1.supply'])).toEqual(snapshot['shindan.v1.supply']);
});
