// A partner answers a supply-chain request (the respondent's side): the request link
// shows who asks, why and what, as text only; bad request links each get their message and
// store nothing; the partner answers, previews exactly what will be sent (notes only when
// ticked) and makes a response link sealed to the requester's key; axe passes; nothing
// overflows at 360 px; no request leaves the app's own origin.
import { test, expect } from '@playwright/test';
import { watch, ready, expectNoAxeViolations, SC_PATTERN_55, toSmeScreen } from './helpers.js';
import { PORT } from './playwright.config.js';

const ORIGIN = `http://127.0.0.1:${PORT}/`;

/** The golden request of tests/supply.rs (also `Route::ASK_EXAMPLE`): both scopes, due 2026-03-31. */
const GOLDEN =
  'AaChoqOkpaanqKmqq6ytrq8EAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAPAoAEtaCpfD08aeT4wtTDzMNcw64j9T1xiQEjoqr_pgZTpg6gg5bGx55SwICh5YW1hZGFAZXhhbXBsZS5qcCnJAVPWXxVX-mcsWVF9BDBuiYt29DBXMGtPNDBEMAFZ1IoXUUgwbmDFWDEwuzCtMOUw6jDGMKNb_ntWMJJ4uoqNMFkwizBfMIEwAgAKjLt1KIygYsUwb1IlkBRTVItwMFcwfjBZMAI5ADNnCGcrMH4wZzBrMFRW3ntUME8wYDBVMEQwAs3OhmA';
/** `supply::MAX_RESPONSE_CHARS`: the longest response payload the requester's decoder reads. */
const MAX_RESPONSE_CHARS = 6000;

// ------------------------------------------------------------------ building request links

const b64 = {
  decode: (s) => Uint8Array.from(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
  encode: (b) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A text field as `supply::request` writes it (UTF-8 form: varint(len << 1), bytes). */
function text(s) {
  const bytes = [...Buffer.from(s, 'utf8')];
  let v = bytes.length << 1;
  const varint = [];
  while (v >= 0x80) {
    varint.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  varint.push(v);
  return [...varint, ...bytes];
}

/**
 * A request payload in the documented layout (src/supply/request.rs) with a valid checksum, so
 * what the app refuses is exactly the field under test. The key is the golden request's.
 */
function request({ version = 1, key = null, organisation = 'Example Corp', contact = '', reason = 'Annual supplier review', message = '' } = {}) {
  const golden = b64.decode(GOLDEN);
  const body = [
    version,
    ...Array(16).fill(1),
    ...(key ?? golden.slice(17, 17 + 65)),
    3,
    0,
    ...text(organisation),
    ...text(contact),
    ...text(reason),
    ...text(message),
  ];
  const c = crc32(body);
  return b64.encode([...body, c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}

async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

async function noOverflow(page, label) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

// ------------------------------------------------------------------ tests

test('the builder reproduces the app\'s checksum (the golden request\'s own CRC)', () => {
  const g = b64.decode(GOLDEN);
  const c = crc32(g.slice(0, -4));
  expect([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]).toEqual([...g.slice(-4)]);
});

for (const lang of ['ja', 'en']) {
  test(`the golden request shows who asks, why and what, as text (${lang})`, async ({ page }) => {
    const w = watch(page);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('shindan.v1.lang', '"en"'));
    await page.goto(`/#/ask/${GOLDEN}`);
    await ready(page);
    const before = await storage(page);
    await expect(page.getByTestId('ask-view')).toBeVisible();
    await expect(page.locator('main h1')).toHaveText(lang === 'ja' ? '取引先からの自己診断の依頼' : 'A request for your self-assessment');
    await expect(page.getByTestId('ask-org')).toHaveText('株式会社サンプル製作所');
    await expect(page.getByTestId('ask-contact')).toHaveText('調達部 山田 (yamada@example.jp)');
    // The reason keeps its line break.
    expect(await page.getByTestId('ask-reason').innerText()).toBe(
      '取引基本契約の見直しに伴い、委託先の情報セキュリティ対策を確認するため。\n費用負担は別途協議します。',
    );
    await expect(page.getByTestId('ask-message')).toHaveText('3月末までにご回答ください。');
    await expect(page.getByTestId('ask-due')).toHaveText(lang === 'ja' ? '2026年3月31日' : '31 Mar 2026');
    await expect(page.getByTestId('ask-scope')).toHaveAttribute('data-scope', 'both');
    await expect(page.getByTestId('ask-scope').locator('li')).toHaveCount(2);
    // Who and why come before what is asked.
    const order = await page.locator('main h2').allInnerTexts();
    expect(order[0]).toBe(lang === 'ja' ? '依頼元と依頼の理由' : 'Who asks and why');
    // Shindan's explanation that a reason is required is marked as Shindan's own.
    const reasonNote = page.locator('.ask-section p.own').first();
    await expect(reasonNote.getByTestId('own-mark')).toHaveCount(1);
    await expect(reasonNote).toContainText(lang === 'ja' ? '理由の記載が必須' : 'must say why it asks');
    // The payload left the address bar; the page stays usable.
    await expect(page).toHaveURL(/#\/ask$/);
    await expectNoAxeViolations(page, `#/ask (${lang})`);
    expect(await storage(page)).toEqual(before);
    w.assertClean(ORIGIN);
  });
}

test('markup in a request is shown as text, never run', async ({ page }) => {
  const w = watch(page);
  const link = request({
    organisation: '<img src=x onerror="window.__pwned=1">',
    reason: '<script>window.__pwned=2</script><b>why</b>',
    message: '<a href="javascript:window.__pwned=3">click</a>',
  });
  await page.goto(`/#/ask/${link}`);
  await ready(page);
  await expect(page.getByTestId('ask-org')).toHaveText('<img src=x onerror="window.__pwned=1">');
  await expect(page.getByTestId('ask-reason')).toHaveText('<script>window.__pwned=2</script><b>why</b>');
  await expect(page.getByTestId('ask-message')).toHaveText('<a href="javascript:window.__pwned=3">click</a>');
  await expect(page.locator('main img, main script, main b, [data-testid="ask-message"] a')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  w.assertClean(ORIGIN);
});

const BAD = [
  { name: 'a request without a reason', link: () => request({ reason: '' }), error: 'missing-reason', ja: '理由が書かれていません', en: 'does not say why it asks' },
  {
    name: 'a tampered request (one character changed)',
    link: () => GOLDEN.slice(0, 60) + (GOLDEN[60] === 'A' ? 'B' : 'A') + GOLDEN.slice(61),
    error: 'checksum',
    ja: 'リンクが壊れているか',
    en: 'damaged or cut off',
  },
  { name: 'a request from a newer version', link: () => request({ version: 3 }), error: 'newer-version', ja: '新しい形式', en: 'newer format' },
  { name: 'a request with an invalid key', link: () => request({ key: [5, ...Array(64).fill(7)] }), error: 'invalid-key', ja: '鍵が正しくありません', en: 'key in this request is not valid' },
  // A link cut off in a mail fails its checksum, like a changed one; only a stub is too short.
  { name: 'a truncated request', link: () => GOLDEN.slice(0, 40), error: 'checksum', ja: '途中で切れています', en: 'cut off' },
  { name: 'a request cut to a stub', link: () => GOLDEN.slice(0, 4), error: 'truncated', ja: '途中で切れています', en: 'cut off' },
];

for (const bad of BAD) {
  test(`${bad.name} shows its message and stores nothing`, async ({ page }) => {
    const w = watch(page);
    // Something stored already: the bad link must leave it as it was.
    await page.goto('/#/sme/stage2');
    await ready(page);
    await page.locator('fieldset[data-item="sc.01"] input[value="implemented"]').check();
    await expect.poll(async () => Object.keys(await storage(page)).some((k) => k.startsWith('shindan.v2.a.'))).toBe(true);
    const before = await storage(page);

    await page.goto(`/#/ask/${bad.link()}`);
    await ready(page);
    const err = page.getByTestId('ask-error');
    await expect(err).toHaveAttribute('data-error', bad.error);
    await expect(err.getByRole('alert')).toContainText(bad.ja);
    await expect(page).toHaveURL(/#\/ask$/);
    await expectNoAxeViolations(page, bad.name);
    await page.locator('#lang-switch').click();
    await expect(err.getByRole('alert')).toContainText(bad.en);
    await page.locator('#lang-switch').click();

    // Only where the user is (the screen, never the link's data) and nothing else changed.
    await expect.poll(async () => JSON.parse((await storage(page))['shindan.v2.ui'] ?? '{}').route).toBe('#/ask');
    const after = await storage(page);
    const { 'shindan.v2.ui': uiBefore, ...dataBefore } = before;
    const { 'shindan.v2.ui': uiAfter, ...dataAfter } = after;
    expect(dataAfter).toEqual(dataBefore);
    expect({ ...JSON.parse(uiAfter), route: null }).toEqual({ ...JSON.parse(uiBefore), route: null });
    w.assertClean(ORIGIN);
  });
}

test('a bad request in a fresh browser stores nothing but the language the app always keeps', async ({ page }) => {
  const w = watch(page);
  await page.goto(`/#/ask/${request({ reason: '' })}`);
  await ready(page);
  await expect(page.getByTestId('ask-error')).toHaveAttribute('data-error', 'missing-reason');
  expect(await storage(page)).toEqual({ 'shindan.v1.lang': '"ja"' });
  w.assertClean(ORIGIN);
});

test('the partner answers, previews exactly what is sent and sends back a sealed link', async ({ page }) => {
  const w = watch(page);
  await page.goto(`/#/ask/${GOLDEN}`);
  await ready(page);
  await expect(page.getByTestId('ask-view')).toBeVisible();

  // A new assessment for this request, answered on the SME and executive pages.
  await page.locator('#ask-new').click();
  await page.locator('#ask-go-sme').click();
  await ready(page);
  // The self-diagnosis is stage 2's screen of the path, the band the result's.
  await toSmeScreen(page, 'stage2');
  for (const [i, v] of SC_PATTERN_55.entries()) {
    await page.locator(`fieldset[data-item="sc.${String(i + 1).padStart(2, '0')}"] input[value="${v}"]`).check();
  }
  await expect(page.getByTestId('sc-total-so-far')).toHaveText('55 / 100');
  await toSmeScreen(page, 'result');
  const band = await page.getByTestId('sc-band').getAttribute('data-band');
  await page.goto('/#/executive');
  await ready(page);
  await page.locator('fieldset[data-item="v3.a2.1-1"] input[value="implemented"]').check();
  await page.locator('#v3\\.d2--note').fill('社外秘のメモ');
  await page.locator('#v3\\.d2--note').blur();

  // Back to the request: remembered for this tab although the address no longer holds it.
  // (Back through each screen of the SME path visited on the way.)
  for (let i = 0; i < 6 && !/#\/ask$/.test(page.url()); i++) await page.goBack();
  await expect(page).toHaveURL(/#\/ask$/);
  await expect(page.getByTestId('ask-org')).toHaveText('株式会社サンプル製作所');

  const preview = page.getByTestId('ask-preview');
  await expect(page.getByTestId('preview-total')).toHaveAttribute('data-total', '55');
  await expect(page.getByTestId('preview-total')).toContainText('55 / 100');
  await expect(page.getByTestId('preview-band')).toHaveAttribute('data-band', band);
  await expect(page.getByTestId('preview-star1')).toHaveAttribute('data-ready', 'false');
  await expect(page.locator('[data-testid="preview-parts"] [data-part="self-check"]')).toHaveAttribute('data-count', '25');
  await expect(page.locator('[data-testid="preview-parts"] [data-part="a2"]')).toHaveAttribute('data-count', '1');
  // Notes: off by default, in the preview only when ticked.
  await expect(page.locator('#ask-include-notes')).not.toBeChecked();
  await expect(page.getByTestId('preview-notes')).toHaveAttribute('data-count', '0');
  await expect(preview).not.toContainText('社外秘のメモ');
  await page.locator('#ask-include-notes').check();
  await expect(page.getByTestId('preview-notes')).toHaveAttribute('data-count', '1');
  await page.locator('#ask-include-notes').uncheck();
  await expect(page.getByTestId('preview-notes')).toHaveAttribute('data-count', '0');

  // The organisation's name is required before anything can be sent.
  await expect(page.locator('#ask-send')).toBeDisabled();
  await expect(page.getByTestId('ask-send-status')).toContainText('組織名を入力');
  await page.locator('#ask-responder').fill('株式会社テスト部品');
  await expect(page.getByTestId('preview-org')).toHaveText('株式会社テスト部品');
  await page.locator('#ask-send').click();

  const linkInput = page.locator('#ask-link');
  await expect(linkInput).toHaveValue(new RegExp(`^${ORIGIN.replace(/[.]/g, '\\.')}#/reply/[A-Za-z0-9_-]+$`));
  const link = await linkInput.inputValue();
  const payload = link.split('#/reply/')[1];
  expect(payload.length).toBeLessThanOrEqual(MAX_RESPONSE_CHARS);
  // A response (version 1) to this very request (its id), with a one-time key of its own.
  const bytes = b64.decode(payload);
  expect(bytes[0]).toBe(1);
  expect([...bytes.slice(1, 17)]).toEqual([...b64.decode(GOLDEN).slice(1, 17)]);
  expect(bytes[17]).toBe(4);
  expect([...bytes.slice(17, 82)]).not.toEqual([...b64.decode(GOLDEN).slice(17, 82)]);
  // The notes are not in it: ticking them makes a different (longer) link.
  await page.locator('#ask-include-notes').check();
  await expect(page.getByTestId('ask-output')).toHaveCount(0);
  await expect(page.getByTestId('ask-send-status')).toContainText('もう一度リンクを作って');
  await page.locator('#ask-send').click();
  await expect(linkInput).toHaveValue(/#\/reply\//);
  expect((await linkInput.inputValue()).length).toBeGreaterThan(link.length);
  await page.locator('#ask-include-notes').uncheck();
  await page.locator('#ask-send').click();
  await expect(linkInput).toHaveValue(/#\/reply\//);
  // A fresh one-time key per response: never the same link twice.
  expect(await linkInput.inputValue()).not.toBe(link);

  // The file holds the link.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ask-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^shindan-response-\d{4}-\d{2}-\d{2}\.txt$/);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await download.path(), 'utf8')).toBe(`${await linkInput.inputValue()}\n`);

  await expectNoAxeViolations(page, '#/ask with a response link');
  await page.setViewportSize({ width: 360, height: 800 });
  await noOverflow(page, '#/ask at 360 px');

  // The request is kept only with the responder profile (the way back to it, after a reload
  // too); the response is never kept; the answers are the partner's own.
  const all = await storage(page);
  const { 'shindan.v1.responder': profile, ...others } = all;
  expect(JSON.parse(profile).asked).toBe(GOLDEN);
  expect(JSON.stringify(others)).not.toContain(GOLDEN.slice(0, 40));
  const stored = JSON.stringify(all);
  expect(stored).not.toContain(payload.slice(0, 40));
  expect(stored).toContain('社外秘のメモ');
  // Nothing but the app's own static files was requested.
  expect(w.requests.every((u) => !u.includes('#'))).toBe(true);
  w.assertClean(ORIGIN);
});

test('long unbroken request texts wrap at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const w = watch(page);
  await page.goto(`/#/ask/${request({ organisation: 'W'.repeat(100), contact: 'x'.repeat(200), reason: 'R'.repeat(500), message: 'M'.repeat(1000) })}`);
  await ready(page);
  await expect(page.getByTestId('ask-org')).toHaveText('W'.repeat(100));
  await noOverflow(page, 'a request with long texts');
  w.assertClean(ORIGIN);
});
