// Share by link: a complete assessment is shared, opened in a fresh browser context
// (empty storage) with identical numbers, optionally sealed with a passphrase; bad links end in
// the error view with storage untouched and nothing executed; the payload leaves the address
// bar; no request the static server saw ever carried a fragment payload.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, LOG_FILE, watch, ready, expectNoAxeViolations, answerSme, toSmeScreen } from './helpers.js';

/** Picks `value` in the question whose model ID is `id`. */
/** Picks `value` in question `id` (on the SME path, on its screen). */
async function answer(page, id, value) {
  if (id.startsWith('sc.') || id.startsWith('sme.')) return answerSme(page, id, value);
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

const scId = (n) => `sc.${String(n).padStart(2, '0')}`;
const SC = ['implemented', 'partial', 'not_implemented', 'dont_know'];
const EXEC = ['implemented', 'partial', 'not_implemented', 'dont_know', 'not_applicable'];
const A2 = { 1: 3, 2: 3, 3: 5, 4: 3, 5: 10, 6: 4, 7: 5, 8: 2, 9: 3, 10: 2 };

/** Answers every section: articles, 25 items, policy flags, 7 actions, A-1, A-2, tiers. */
async function completeEverything(page) {
  await page.goto('/#/sme');
  await ready(page);
  for (let n = 1; n <= 5; n++) await answer(page, `sme.art${n}`, ['done', 'committed', 'not_yet'][n % 3]);
  for (let n = 1; n <= 25; n++) await answer(page, scId(n), SC[(n * 7) % 4]);
  for (let n = 1; n <= 7; n++) await answer(page, `sme.act${n}`, SC[n % 4]);
  await toSmeScreen(page, 'stage2');
  await page.locator('#policy-established').check();
  await page.goto('/#/executive');
  await ready(page);
  for (const p of [1, 2, 3]) for (const n of [1, 2, 3]) await answer(page, `v3.a1.p${p}-${n}`, EXEC[(p + n) % 5]);
  let k = 0;
  for (const [d, count] of Object.entries(A2)) {
    for (let i = 1; i <= count; i++) await answer(page, `v3.a2.${d}-${i}`, EXEC[k++ % 5]);
    await page.locator(`[id="v3.d${d}--tier-current"]`).selectOption(String(Number(d) % 5));
    await page.locator(`[id="v3.d${d}--tier-target"]`).selectOption(String(Math.min(4, (Number(d) % 5) + 2)));
  }
}

/** Every number the results view shows, as text. */
async function numbers(page) {
  const texts = (sel) => page.locator(sel).allInnerTexts();
  return {
    directions: await texts('[data-testid="direction-scores"] tbody tr'),
    gaps: await texts('[data-testid="gap-list"] > li .gap-figures'),
    gapOrder: await page.locator('[data-testid="gap-list"] > li').evaluateAll((els) => els.map((e) => e.dataset.direction)),
    csf11: await texts('#csf11 td'),
    csf20: await texts('#csf20 td'),
    scTotal: await page.getByTestId('key-sc-total').innerText(),
    band: await page.getByTestId('key-band').getAttribute('data-band'),
    star1: await page.getByTestId('key-star1').getAttribute('data-ready'),
    star2: await page.getByTestId('key-star2').getAttribute('data-ready'),
    actions: await page.getByTestId('actions-score').innerText(),
    unknowns: await texts('[data-testid="unknowns"] li'),
  };
}

async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Opens the share dialog on the results page and returns the plain link. */
async function openDialog(page) {
  await page.goto('/#/results');
  await ready(page);
  await page.locator('#share-open').click();
  await expect(page.locator('#share-dialog')).toBeVisible();
  return page.locator('#share-link').inputValue();
}

test.describe.configure({ mode: 'serial' });

let sharedLink = '';
let sealedLink = '';
let senderNumbers = null;

test('a complete assessment is shared by a short link with a QR code; the dialog passes axe', async ({ page, context }) => {
  const w = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ORIGIN).origin });
  await completeEverything(page);
  await page.goto('/#/results');
  await ready(page);
  senderNumbers = await numbers(page);
  expect(senderNumbers.directions).toHaveLength(10);
  expect(senderNumbers.band).not.toBeNull();

  const link = await openDialog(page);
  const url = new URL(link);
  expect(url.origin + url.pathname).toBe(ORIGIN);
  expect(url.hash).toMatch(/^#\/r\/[A-Za-z0-9_-]+$/);
  // The budget: a complete assessment without notes in at most 120 characters of fragment.
  expect(url.hash.length).toBeLessThanOrEqual(120);
  await expect(page.getByTestId('share-warning')).toBeVisible();
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await expect(page.getByTestId('share-qr').locator('path.qr-dark')).toHaveAttribute('d', /^M4 4h7v1h-7z/);
  await expectNoAxeViolations(page, 'share dialog');

  // Copy puts exactly the link on the clipboard.
  await page.locator('#share-copy').click();
  await expect(page.getByTestId('share-copy-status')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Name and notes are left out by default; the name switch makes the link longer.
  await page.locator('#share-include-name').check();
  const withName = await page.locator('#share-link').inputValue();
  expect(withName.length).toBeGreaterThanOrEqual(link.length);
  await page.locator('#share-include-name').uncheck();
  expect(await page.locator('#share-link').inputValue()).toBe(link);

  // Sealed with a passphrase: slower (PBKDF2, 600,000 iterations), longer, different.
  await page.locator('#share-protect').check();
  await expect(page.getByTestId('share-link-pending')).toBeVisible();
  await page.locator('#share-passphrase').fill('short');
  await expect(page.locator('#share-seal')).toBeDisabled();
  await page.locator('#share-passphrase').fill('correct horse battery');
  await page.locator('#share-seal').click();
  await expect(page.locator('#share-link')).toBeVisible({ timeout: 30_000 });
  sealedLink = await page.locator('#share-link').inputValue();
  expect(sealedLink).not.toBe(link);
  expect(new URL(sealedLink).hash.length).toBeLessThanOrEqual(120 + 70);
  await expectNoAxeViolations(page, 'share dialog (passphrase)');
  await page.locator('#share-close').click();
  await expect(page.locator('#share-dialog')).toBeHidden();
  sharedLink = link;
  w.assertClean(ORIGIN);
});

for (const lang of ['ja', 'en']) {
  test(`the link opens read-only in a fresh context with identical numbers, then leaves the address bar (${lang})`, async ({ browser }) => {
    expect(sharedLink).not.toBe('');
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('shindan.v1.lang', '"en"'));
    await page.goto(sharedLink);
    await ready(page);
    await expect(page.getByTestId('shared-view')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('shared-notice')).toBeVisible();
    // It says how to see it again after a reload (the data is not kept anywhere).
    await expect(page.getByTestId('shared-notice')).toContainText(lang === 'ja' ? '開き直して' : 'open the link you received again');
    await expect(page.getByTestId('shared-edition')).toContainText('Ver3.0');
    await expect(page.getByTestId('shared-edition')).not.toContainText('model_rev');
    // The data left the address bar; a non-data route stays.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/r');
    if (lang === 'ja') expect(await numbers(page)).toEqual(senderNumbers);
    // Nothing of the result was stored by opening it.
    const stored = JSON.stringify(await storage(page));
    expect(stored).not.toContain('v3.a2.');
    expect(stored).not.toContain('sc.01');
    await expectNoAxeViolations(page, `shared view (${lang})`);
    // Switching the language keeps the result (it is in memory, not in the address).
    await page.locator('#lang-switch').click();
    await expect(page.getByTestId('shared-view')).toBeVisible();
    w.assertClean(ORIGIN);
    await ctx.close();
  });
}

test('"Save to my assessments" adds the shared result as a new assessment and keeps the existing one', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/sme');
  await ready(page);
  await answer(page, 'sc.01', 'implemented');
  await expect.poll(async () => JSON.stringify(await storage(page))).toContain('sc.01');
  const before = await storage(page);
  await page.goto(sharedLink);
  await expect(page.getByTestId('shared-view')).toBeVisible();
  await page.locator('#shared-save').click();
  await expect(page.getByTestId('shared-save-status')).not.toBeEmpty();
  await expect(page.locator('#shared-save')).toBeDisabled();
  await expect
    .poll(async () => Object.keys(await storage(page)).filter((k) => !(k in before)).length)
    .toBeGreaterThan(0);
  const after = await storage(page);
  // Every key that existed is still there; the earlier assessment's answers are still stored.
  for (const k of Object.keys(before)) expect(Object.keys(after)).toContain(k);
  const records = Object.values(after).filter((v) => v && v.includes('sc.01'));
  expect(records.length).toBeGreaterThanOrEqual(2);
  w.assertClean(ORIGIN);
});

test('the sealed link opens only with the right passphrase', async ({ browser }) => {
  expect(sealedLink).not.toBe('');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(sealedLink);
  await ready(page);
  await expect(page.getByTestId('shared-locked')).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/r');
  await expectNoAxeViolations(page, 'sealed link, passphrase form');
  await page.locator('#shared-passphrase').fill('wrong horse battery');
  await page.locator('#shared-unlock').click();
  await expect(page.getByTestId('shared-unlock-status')).toHaveAttribute('data-failed', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('shared-view')).toHaveCount(0);
  await page.locator('#shared-passphrase').fill('correct horse battery');
  await page.locator('#shared-unlock').click();
  await expect(page.getByTestId('shared-view')).toBeVisible({ timeout: 30_000 });
  expect(await numbers(page)).toEqual(senderNumbers);
  w.assertClean(ORIGIN);
  await ctx.close();
});

/** The storage keys a fresh visit to `hash` leaves behind. */
async function freshKeys(browser, url, error) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  await ready(page);
  if (error) await expect(page.getByTestId('shared-error'), url).toHaveAttribute('data-error', error);
  const keys = Object.keys(await storage(page)).sort();
  const pwned = await page.evaluate(() => window.__pwned);
  await ctx.close();
  return { keys, pwned };
}

test('bad links show the error view, leave storage untouched and execute nothing', async ({ page, browser }) => {
  const w = watch(page);
  await page.goto('/#/');
  await ready(page);
  const before = await storage(page);
  const good = new URL(sharedLink).hash.slice('#/r/'.length);
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const bad = [
    ['truncated', good.slice(0, good.length - 3), 'checksum'],
    ['truncated to nothing', 'AQ', 'truncated'],
    ['altered by one character', flip(good, 10), 'checksum'],
    ['wrong checksum', flip(good, good.length - 2), 'checksum'],
    ['unknown version', 'CQEA6YvT3A', 'unknown-version'],
    ['garbage', 'not a result!', 'not-base64'],
    ['huge', 'A'.repeat(5000), 'too-long'],
    ['script-like', '<img src=x onerror=window.__pwned=1>', 'not-base64'],
    ['script-like (encoded)', '%3Csvg%20onload%3Dwindow.__pwned%3D1%3E', 'not-base64'],
  ];
  for (const [label, payload, error] of bad) {
    await page.goto(`/#/r/${payload}`);
    await expect(page.getByTestId('shared-error'), label).toHaveAttribute('data-error', error);
    await expect(page.locator('main h1')).not.toBeEmpty();
    expect(await page.evaluate(() => window.__pwned), label).toBeUndefined();
    expect(await storage(page), label).toEqual(before);
    await expect.poll(() => page.evaluate(() => location.hash), label).toBe('#/r');
  }
  await expectNoAxeViolations(page, 'shared-link error view');
  // The app keeps working.
  await page.locator('nav a[href="#/sme"]').click();
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"]')).toBeVisible();
  w.assertClean(ORIGIN);

  // A fresh load of a bad link writes nothing a plain visit does not.
  const plain = await freshKeys(browser, '/#/');
  for (const [label, payload, error] of bad.slice(2, 9)) {
    const r = await freshKeys(browser, `/#/r/${payload}`, error);
    expect(r.keys, label).toEqual(plain.keys);
    expect(r.pwned, label).toBeUndefined();
  }
});

test('the static server never saw a fragment payload', async () => {
  expect(sharedLink).not.toBe('');
  const log = readFileSync(LOG_FILE, 'utf8');
  const payloads = [sharedLink, sealedLink].map((l) => new URL(l).hash.slice('#/r/'.length));
  for (const p of payloads) {
    expect(p.length).toBeGreaterThan(10);
    expect(log).not.toContain(p);
    expect(log).not.toContain(p.slice(0, 16));
  }
  expect(log).not.toContain('#');
  expect(log).not.toContain('/r/');
});
