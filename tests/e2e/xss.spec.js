// XSS: hostile text in every free-text field is stored and shown as text; nothing runs.
// The CSP would block most of these even if they reached the DOM, so the test also proves they
// never reach it as markup: the exact text is displayed, no element was injected, and no CSP
// violation (the trace of an injection attempt) is reported.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, toSmeScreen } from './helpers.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
}

async function injected(page) {
  return page.evaluate(() => document.querySelectorAll('main script, main iframe, main object, main embed, main img[src="x"], main [onerror], main [onload], main [onfocus], main [ontoggle], main [onbegin], main marquee, main video').length);
}

test('every free-text field shows hostile input as text, across reloads and pages', async ({ page }) => {
  test.setTimeout(300_000);
  const w = watch(page);
  await recordViolations(page);
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    await page.goto('/#/executive');
    await ready(page);
    await page.locator('#meta-name').fill(payload);
    await page.locator('#meta-assessor').fill(payload);
    await page.locator('#v3\\.d1--note').fill(payload);
    await page.locator('#v3\\.d1--note').blur();
    await page.locator('fieldset[data-item="v3.a2.1-1"] input[value="partial"]').check();

    await page.goto('/#/sme/policy');
    await ready(page);
    await page.locator('#policy-rep').fill(payload);
    await page.locator('#policy-rep').blur();
    await page.locator('#policy-2').fill(payload);
    // The signature on screen and the one printed.
    await expect(page.locator('.policy-sign')).toHaveCount(2);
    for (const sign of await page.locator('.policy-sign').all()) await expect(sign).toContainText(payload);

    await page.reload();
    await ready(page);
    await expect(page.locator('#policy-2')).toHaveValue(payload);
    await toSmeScreen(page, 'stage1');
    await expect(page.locator('#meta-name')).toHaveValue(payload);

    await page.goto('/#/results');
    await ready(page);
    await expect(page.getByTestId('results-who')).toContainText(payload);
    expect(await injected(page), `payload ${i} injected markup`).toBe(0);
    expect(await page.evaluate(() => window.__pwned), `payload ${i}`).toBeUndefined();
    expect(await page.evaluate(() => window.__violations), `payload ${i} CSP violations`).toEqual([]);
  }
  w.assertClean(ORIGIN);
});

test('hostile fragments (routes) are shown as text on the not-found page', async ({ page }) => {
  const w = watch(page);
  await recordViolations(page);
  for (const payload of XSS_PAYLOADS) {
    await page.goto(`/#/${encodeURIComponent(payload)}`);
    await ready(page);
    await expect(page.locator('main code.path')).toHaveText(`/${payload}`.slice(0, 120));
    expect(await injected(page)).toBe(0);
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  w.assertClean(ORIGIN);
});

// The two tests above pass when nothing is injected. This one shows what the app does when
// script does try to reach its page: its Trusted Types policy refuses both an HTML string and an
// inline event handler before either exists, and reports each (the violation list the tests
// above expect to stay empty is not deaf). The probe for injected elements does count one.
test('script forced into the page is refused by the app\'s Trusted Types and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/#/results');
  await ready(page);
  const payload = XSS_PAYLOADS.find((p) => p.startsWith('<img src=x onerror='));
  const refused = await page.evaluate((p) => {
    const main = document.querySelector('main');
    const attempt = (f) => {
      try {
        f();
        return 'accepted';
      } catch (e) {
        return e.name;
      }
    };
    const img = document.createElement('img');
    return [
      attempt(() => main.insertAdjacentHTML('beforeend', p)),
      attempt(() => img.setAttribute('onerror', 'window.__pwned=1')),
    ];
  }, payload);
  expect(refused, 'HTML string, inline handler').toEqual(['TypeError', 'TypeError']);
  await expect
    .poll(() => page.evaluate(() => window.__violations))
    .toEqual(['require-trusted-types-for', 'require-trusted-types-for']);
  expect(await injected(page), 'nothing was parsed').toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'x';
    document.querySelector('main').append(img);
  });
  expect(await injected(page), 'an element that does get in is counted').toBe(1);
});
