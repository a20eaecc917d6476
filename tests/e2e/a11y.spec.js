// Accessibility and small screens: a keyboard-only journey through the SME
// self-diagnosis, and no horizontal overflow at 360 px and 1280 px on the main pages.
import { test, expect } from '@playwright/test';
import { ready } from './helpers.js';

/** Presses Tab until the focused element matches `predicate` (evaluated in the page). */
async function tabUntil(page, predicate, arg, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`never reached the element after ${max} Tab presses`);
}

const focusedRadioOf = (name) => {
  const el = document.activeElement;
  return el instanceof HTMLInputElement && el.type === 'radio' && el.name === name;
};

test('keyboard only: the 25-item self-diagnosis can be completed with Tab, arrows and Space, and the result reached with Enter', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  // 次へ by keyboard: stage 2's screen holds the self-diagnosis.
  await tabUntil(page, () => document.activeElement?.getAttribute('rel') === 'next');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/sme\/stage2$/);
  await expect(page.locator('#stage2-title')).toBeFocused();
  for (let n = 1; n <= 25; n++) {
    const id = `sc.${String(n).padStart(2, '0')}`;
    await tabUntil(page, focusedRadioOf, id);
    if (n % 2 === 1) {
      await page.keyboard.press('Space'); // first option: 実施している (4)
    } else {
      await page.keyboard.press('ArrowRight'); // second option: 一部実施している (2)
    }
    const checked = await page.locator(`fieldset[data-item="${id}"] input:checked`).getAttribute('value');
    expect(checked, id).toBe(n % 2 === 1 ? 'implemented' : 'partial');
  }
  // 13 × 4 + 12 × 2 = 76: complete, in the 70–99 band.
  await expect(page.getByTestId('score-after-items')).toContainText('76 / 100');
  // The result's screen by keyboard, from the link right after the last item.
  await tabUntil(page, () => document.activeElement?.getAttribute('href') === '#/sme/result');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/sme\/result$/);
  await expect(page.locator('#sme-summary-title')).toBeFocused();
  await expect(page.getByTestId('sc-total')).toHaveText('76 / 100');
  await expect(page.getByTestId('sc-band')).toHaveAttribute('data-band', 'sc.band.70');
  // Reach the results page by keyboard.
  await tabUntil(page, () => document.activeElement?.getAttribute('href') === '#/results');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByTestId('key-sc-total')).toContainText('76 / 100');
});

const PAGES = [
  '#/',
  '#/guidelines',
  '#/guidelines/meti',
  '#/guidelines/meti/5',
  '#/guidelines/history',
  '#/guidelines/csf',
  '#/guidelines/sme',
  '#/sme',
  '#/sme/stage2',
  '#/sme/stage3',
  '#/sme/result',
  '#/executive',
  '#/results',
  '#/assessments',
  '#/partners',
  '#/privacy',
];

for (const width of [360, 1280]) {
  test(`no horizontal overflow at ${width} px on the main pages`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    // A filled assessment so the results page shows its charts and tables.
    await page.goto('/#/executive');
    await ready(page);
    for (const d of [1, 2, 3]) {
      await page.locator(`fieldset[data-item="v3.a2.${d}-1"] input[value="partial"]`).check();
      await page.locator(`[id="v3.d${d}--tier-current"]`).selectOption('1');
      await page.locator(`[id="v3.d${d}--tier-target"]`).selectOption('3');
    }
    for (const route of PAGES) {
      await page.goto(`/${route}`);
      await ready(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      await testInfo.attach(`${route} at ${width}px`, {
        body: await page.screenshot({ fullPage: false }),
        contentType: 'image/png',
      });
      expect(scroll, `${route} at ${width}px: scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
    }
  });
}

test('the results still fit at 200 % zoom (640 px CSS width at device scale 2)', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  for (const route of ['#/sme', '#/executive', '#/results', '#/guidelines/csf']) {
    await page.goto(`/${route}`);
    await ready(page);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over, route).toBeLessThanOrEqual(0);
  }
  await ctx.close();
});

test('touch targets: every radio choice and button is at least 24 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const route of ['#/sme', '#/sme/stage2']) {
    await page.goto(`/${route}`);
    await ready(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('label.choice, button, .nav a, .stepper a, .step-nav a')]
        .map((e) => ({ text: e.textContent.trim().slice(0, 30), h: e.getBoundingClientRect().height }))
        .filter((r) => r.h > 0 && r.h < 24),
    );
    expect(small, route).toEqual([]);
  }
});
