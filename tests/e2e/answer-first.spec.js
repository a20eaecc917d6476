// The answer first: after the 25 items the SME owner sees the total, the band, ★/★★ with their
// tasks and the first action within the first screen of the results (positions measured, in
// Japanese and English, on a laptop and a 360 px phone); progress stays visible while answering
// at every scroll position; each step of the path has its own address; assessments not started
// are one line; one 指示 score reads the same everywhere.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, SC_PATTERN_55, answerSme } from './helpers.js';

const scId = (n) => `sc.${String(n).padStart(2, '0')}`;
/** Picks `value` in question `id` (on the SME path, on its screen). */
const answer = (page, id, value) =>
  id.startsWith('sc.') || id.startsWith('sme.')
    ? answerSme(page, id, value)
    : page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();

// The shared 55-point pattern (helpers.js): the 50–69 band.
const PATTERN = SC_PATTERN_55;

const SIZES = { laptop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

/** Whether the element's box lies wholly inside the first screen (scroll position 0). */
async function inFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const lang of ['ja', 'en']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`SME results lead with total, band, ★/★★ and the first action in the first screen (${lang}, ${size})`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize(viewport);
      await page.goto('/#/sme');
      await ready(page);
      if (lang === 'en') {
        await page.locator('#lang-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      for (let n = 1; n <= 5; n++) await answer(page, `sme.art${n}`, n <= 3 ? 'done' : 'committed');
      for (let n = 1; n <= 25; n++) await answer(page, scId(n), PATTERN[n - 1]);
      // The score right after the last item.
      await expect(page.getByTestId('score-after-items')).toContainText('55 / 100');

      await page.goto('/#/results');
      await ready(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const total = page.getByTestId('key-sc-total');
      await expect(total).toContainText('55');
      await expect(page.getByTestId('key-band')).toHaveAttribute('data-band', 'sc.band.50');
      await expect(page.getByTestId('key-band')).toHaveText(lang === 'ja' ? '対策が不十分' : 'Measures are insufficient');
      await expect(page.getByTestId('key-how')).toContainText(lang === 'ja' ? '4点' : '4');
      await expect(page.getByTestId('key-star1')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByTestId('key-star2')).toHaveAttribute('data-ready', 'false');
      const firstAction = page.locator('[data-testid="key-actions"] li').first();
      await expect(firstAction).toContainText('No.16');
      for (const [name, loc] of [
        ['total', total],
        ['band', page.getByTestId('key-band')],
        ['★', page.getByTestId('key-star1')],
        ['★★', page.getByTestId('key-star2').locator('strong')],
        ['first action', firstAction],
      ]) {
        expect(await inFirstScreen(page, loc), `${name} within the first ${viewport.width}×${viewport.height} screen`).toBe(true);
      }
      // ★★'s missing steps are tasks that lead to where they are done.
      const task = page.getByTestId('task-policy-established').locator('a');
      await expect(task).toHaveAttribute('href', '#/sme/policy');
      // The executive check was not started: one line, not an empty section.
      await expect(page.getByTestId('key-exec-not-started')).toBeVisible();
      await expect(page.locator('#exec-results')).toHaveCount(0);
      await task.click();
      await expect(page).toHaveURL(/#\/sme\/policy$/);
      await expect(page.locator('#sec-3-1')).toBeInViewport();
      w.assertClean(ORIGIN);
    });
  }

  test(`progress stays visible at every scroll position while answering (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.setViewportSize(SIZES.phone);
    for (const route of ['#/sme/stage2', '#/executive']) {
      await page.goto(`/${route}`);
      await ready(page);
      if (lang === 'en' && route === '#/sme/stage2') {
        await page.locator('#lang-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      const bar = page.locator(route === '#/sme/stage2' ? '[data-testid="sme-progress"]' : '[data-testid="exec-progress-bar"]');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (const f of [0, 0.25, 0.5, 0.75, 1]) {
        await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * f));
        await expect(bar).toBeInViewport();
      }
      if (route === '#/sme/stage2') {
        await answer(page, scId(12), 'implemented');
        await expect(page.getByTestId('sme-progress-count')).toHaveText('1 / 25');
      }
    }
    w.assertClean(ORIGIN);
  });
}

test('each step of the SME path has its own address, with 次へ / 戻る between them', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/sme/stage2');
  await ready(page);
  await expect(page.locator('#stage2')).toBeInViewport();
  await page.locator('[data-testid="step-nav"] a.next').click();
  await expect(page).toHaveURL(/#\/sme\/stage3$/);
  await expect(page.locator('#stage3')).toBeInViewport();
  await expect(page.locator('#stage2')).toHaveCount(0);
  await page.locator('[data-testid="step-nav"] a.prev').click();
  await expect(page).toHaveURL(/#\/sme\/stage2$/);
  // A step inside a screen: that screen, scrolled to the step.
  await page.goto('/#/sme/self-check');
  await expect(page.locator('#sec-3-2')).toBeInViewport();
  await expect(page.locator('#sec-3-2-title')).toBeFocused();
  w.assertClean(ORIGIN);
});

test('the results show one 指示 table; the same score reads the same on the results and the reports', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/executive');
  await ready(page);
  // 指示6: 10 of 16 points = 62.5 %, shown as 63 everywhere.
  for (const [i, v] of ['implemented', 'implemented', 'partial', 'not_implemented'].entries()) await answer(page, `v3.a2.6-${i + 1}`, v);
  await answer(page, 'v3.a2.1-1', 'implemented');
  await page.goto('/#/results');
  await ready(page);
  const onResults = await page.locator('[data-testid=direction-scores] tr[data-direction="6"] td[data-col=score]').innerText();
  expect(onResults).toContain('63');
  await expect(page.locator('#exec-radar table')).toHaveCount(0);
  await expect(page.locator('[data-testid="key-weakest"] li[data-direction="6"]')).toContainText('63%');
  await expect(page.getByTestId('key-sme-not-started')).toBeVisible();
  await expect(page.getByTestId('board-summary')).toHaveAttribute('href', '#/report');
  await page.goto('/#/report');
  await ready(page);
  await expect(page.locator('[data-testid=report-directions] tr[data-direction="6"] td[data-col=score]')).toHaveText(onResults);
  await page.goto('/#/report/detail');
  await ready(page);
  await expect(page.locator('.report-card[data-direction="6"]')).toContainText('63%');
  w.assertClean(ORIGIN);
});

test('the home page says which path fits whom, how long it takes, and what SECURITY ACTION is', async ({ page }) => {
  const w = watch(page);
  await page.goto('/');
  await ready(page);
  await expect(page.getByTestId('home-sme')).toContainText('★★');
  await expect(page.getByTestId('home-sme')).toContainText('分');
  await expect(page.getByTestId('home-exec')).toContainText('CISO');
  await expect(page.getByTestId('home-consultants')).toBeVisible();
  await expect(page.getByTestId('home-sa')).toContainText('自ら宣言');
  await expect(page.locator('main')).not.toContainText('数分で');
  // A compact header on a phone.
  await page.setViewportSize(SIZES.phone);
  const h = await page.locator('header.site-header').boundingBox();
  expect(h.height).toBeLessThan(130);
  w.assertClean(ORIGIN);
});
