// Privacy: a full journey — answer, save, share, open the shared link elsewhere,
// export — with every request recorded: all same-origin static files, none carrying answer data
// or the fragment; and XSS payloads through the remaining free-text fields and a backup import.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready } from './helpers.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

const ORG = '株式会社ジャーニー検証';

async function answer(page, id, value) {
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

/** Every request of a context, with method, URL and body. */
function recordAll(context) {
  const seen = [];
  context.on('request', (r) => seen.push({ method: r.method(), url: r.url(), body: r.postData() }));
  return seen;
}

test('answer, save, share, open the link in a fresh browser, export: only static same-origin GETs, no answer data, no fragment', async ({ browser }) => {
  const senderCtx = await browser.newContext();
  const sent = recordAll(senderCtx);
  const page = await senderCtx.newPage();
  const w = watch(page);
  await page.goto('/#/sme');
  await ready(page);
  await page.locator('#meta-name').fill(ORG);
  await page.locator('#meta-name').blur();
  // 次へ: stage 2, with the 25 self-diagnosis items, is the next screen.
  await page.getByTestId('step-nav').locator('a.next').click();
  await expect(page).toHaveURL(/#\/sme\/stage2$/);
  for (let n = 1; n <= 25; n++) await answer(page, `sc.${String(n).padStart(2, '0')}`, n % 3 ? 'implemented' : 'partial');
  await page.goto('/#/executive');
  await ready(page);
  await answer(page, 'v3.a2.1-1', 'partial');
  await page.locator('#v3\\.d1--note').fill('秘密のメモ: VPN 装置が古い');
  await page.locator('#v3\\.d1--note').blur();
  await page.reload(); // saved?
  await ready(page);
  await expect(page.locator('#v3\\.d1--note')).toHaveValue('秘密のメモ: VPN 装置が古い');

  await page.goto('/#/results');
  await ready(page);
  const total = await page.getByTestId('key-sc-total').innerText();
  await page.locator('#share-open').click();
  const link = await page.locator('#share-link').inputValue();
  const payload = link.split('#/r/')[1];
  expect(payload.length).toBeGreaterThan(5);
  await page.locator('#share-close').click();

  // Export a backup file.
  await page.goto('/#/assessments');
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-all').click()]);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(backup).toContain(ORG);
  w.assertClean(ORIGIN);

  // The recipient: a fresh browser context with empty storage.
  const recipientCtx = await browser.newContext();
  const received = recordAll(recipientCtx);
  const other = await recipientCtx.newPage();
  await other.goto(link);
  await expect(other.getByTestId('key-sc-total')).toHaveText(total);
  await expect(other).not.toHaveURL(new RegExp(payload.slice(0, 12)));

  for (const r of [...sent, ...received]) {
    expect(r.url.startsWith(ORIGIN), r.url).toBeTruthy();
    expect(r.method, r.url).toBe('GET');
    expect(r.body, r.url).toBeNull();
    expect(r.url, 'no fragment is ever part of a request').not.toContain('#');
    expect(new URL(r.url).search, 'no query string carries data').toBe('');
    for (const secret of [ORG, encodeURIComponent(ORG), payload, 'VPN']) {
      expect(r.url.includes(secret), `${r.url} carries ${secret}`).toBeFalsy();
    }
  }
  expect(sent.length).toBeGreaterThan(0);
  expect(received.length).toBeGreaterThan(0);
  await senderCtx.close();
  await recipientCtx.close();
});

test('XSS payloads in the action plan, incident records, a rename and an imported backup are shown as text', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const w = watch(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  const sample = XSS_PAYLOADS.slice(0, 8);
  const joined = sample.join(' ');

  // Action plan: an own entry's action and owner.
  await page.goto('/#/plan');
  await ready(page);
  await page.locator('#plan-add').click();
  await page.locator('[id="plan-own.1-action"]').fill(joined);
  await page.locator('[id="plan-own.1-action"]').blur();
  await page.locator('[id="plan-own.1-owner"]').fill(sample[1]);
  await page.locator('[id="plan-own.1-owner"]').blur();

  // Incident record: the title and a long-text field.
  await page.goto('/#/incidents');
  await ready(page);
  await page.locator('#incident-new').click();
  const rec = page.locator('.incident-record');
  const id = await rec.getAttribute('data-record');
  await page.locator(`[id="${id}--title"]`).fill(sample[0]);
  await page.locator(`[id="${id}--ic.x.first_response"]`).fill(joined);
  await expect(rec.locator('h2')).toHaveText(sample[0]);

  // Rename the assessment to a payload.
  await page.goto('/#/assessments');
  await ready(page);
  const row = page.locator('#assessment-list tbody tr').first();
  await row.locator('.act-rename').click();
  await page.locator('#rename-input').fill(sample[2]);
  await page.locator('#rename-save').click();
  await expect(row.locator('.assessment-name')).toHaveText(sample[2]);

  // Import a backup whose names and notes are payloads.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-all').click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const rec0 = file.assessments[0];
  file.assessments = XSS_PAYLOADS.slice(0, 5).map((p, i) => ({
    ...rec0,
    id: `xss-${i}`,
    assessment: { ...rec0.assessment, name: p, assessor: p, notes: { 'v3.d1': p } },
  }));
  const path = testInfo.outputPath('xss-backup.json');
  writeFileSync(path, JSON.stringify(file));
  await page.locator('#import-file').setInputFiles(path);
  await page.locator('#import-apply').click();
  await expect(page.locator('#import-done')).toBeVisible();
  await expect(page.locator('#assessment-list .assessment-name')).toHaveCount(6);
  const names = await page.locator('#assessment-list .assessment-name').allInnerTexts();
  for (const p of XSS_PAYLOADS.slice(0, 5)) expect(names, 'imported names are shown as text').toContain(p);

  // Everything again after a reload, on the pages that print these texts.
  for (const route of ['#/plan', '#/incidents', '#/assessments', '#/report', '#/report/detail']) {
    await page.goto(`/${route}`);
    await ready(page);
  }
  const injected = await page.evaluate(() => document.querySelectorAll('main script, main iframe, main object, main embed, main img[src="x"], main [onerror], main [onload], main [onfocus], main [ontoggle]').length);
  expect(injected).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  w.assertClean(ORIGIN);
});
