// The app shell: every route renders, in both languages, with no foreign request, no console
// error and no axe violation; the language switch persists; unknown routes get a friendly page;
// the build works under a sub-path.
import { test, expect } from '@playwright/test';
import { ORIGIN, ROUTES, watch, ready, expectNoAxeViolations } from './helpers.js';

// The loop below visits ROUTES (from Route::ALL_EXAMPLES); this checks the app against it: every
// page its header and footer link to is in the list, so no page the user can reach is left out.
test('every page the header and footer link to is in the route list', async ({ page }) => {
  await page.goto('/#/');
  await ready(page);
  const hrefs = await page.locator('header a[href^="#/"], footer a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length, 'brand, five sections, privacy').toBeGreaterThanOrEqual(7);
  for (const href of hrefs) expect(ROUTES, href).toContain(href);
});

for (const lang of ['ja', 'en']) {
  for (const scheme of ['light', 'dark']) {
    for (const route of ROUTES) {
      test(`${route} renders cleanly and passes axe (${lang}, ${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const w = watch(page);
        if (lang === 'en') {
          await page.addInitScript(() => localStorage.setItem('shindan.v1.lang', '"en"'));
        }
        await page.goto(`/${route}`);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('main h1')).not.toBeEmpty();
        await expect(page.locator('main code.path'), 'a known page, not the not-found page').toHaveCount(0);
        await expectNoAxeViolations(page, `${route} (${lang}, ${scheme})`);
        w.assertClean(ORIGIN);
      });
    }
  }
}

test('the language switch changes the UI, <html lang>, and survives a reload', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('nav')).toContainText('ガイドライン');
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('nav')).toContainText('Guidelines');
  await expect(page.locator('#lang-switch')).toHaveText('日本語');
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('nav')).toContainText('Executive assessment');
  await page.locator('#lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  w.assertClean(ORIGIN);
});

test('Japanese is the default whatever the browser language', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto('/#/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await ctx.close();
});

test('navigation links reach each section and mark the current one', async ({ page }) => {
  await page.goto('/#/');
  await ready(page);
  // The header's menu (the SME path has step lists of its own): six sections, #/partners last.
  const links = page.locator('header nav a');
  await expect(links).toHaveCount(6);
  await expect(links.nth(5)).toHaveAttribute('href', '#/partners');
  for (let i = 0; i < 6; i++) {
    await links.nth(i).click();
    await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('header nav a[aria-current="page"]')).toHaveCount(1);
    await expect(page.locator('main h1')).toBeFocused();
  }
});

test('an unknown route shows a friendly not-found page, as text', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/no/such/page');
  await ready(page);
  await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
  await expect(page.locator('main code.path')).toHaveText('/no/such/page');
  await page.goto('/#/<img src=x onerror=window.__pwned=1>');
  await ready(page);
  await expect(page.locator('main code.path')).toContainText('<img');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await page.getByRole('link', { name: 'トップページへ戻る' }).click();
  await expect(page).toHaveURL(/#\/$/);
  w.assertClean(ORIGIN);
});

test('the build works under a sub-path', async ({ page }) => {
  const w = watch(page);
  await page.goto('/nested/sub/path/#/guidelines');
  await ready(page);
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText('ガイドライン');
  for (const u of w.requests) expect(u.startsWith(`${ORIGIN}nested/sub/path/`), u).toBeTruthy();
  w.assertClean(ORIGIN);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/#/');
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/$/);
});
