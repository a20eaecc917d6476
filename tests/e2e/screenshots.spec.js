// The README's two screenshots, taken from the running app so they stay current: the SME
// results on a phone and the executive results on a laptop (Japanese, first screen). Every run
// takes them (into the test output); `bash .ci/screenshots.sh` (UPDATE_SCREENSHOTS=1) writes
// them to tests/e2e/screenshots/ for the README.
import { test, expect } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { ORIGIN, watch, ready, answerSme } from './helpers.js';

const OUT = new URL('./screenshots/', import.meta.url);
const answer = (page, id, value) => page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();

async function keep(page, info, name) {
  const png = await page.screenshot({ animations: 'disabled' });
  writeFileSync(info.outputPath(name), png);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(new URL(name, OUT), png);
  }
  expect(png.length).toBeGreaterThan(10_000);
}

test('README screenshot: SME results on a phone', async ({ page }, info) => {
  const w = watch(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/sme');
  await ready(page);
  await page.locator('#meta-name').fill('株式会社サンプル製作所');
  for (let n = 1; n <= 5; n++) await answerSme(page, `sme.art${n}`, n <= 3 ? 'done' : 'committed');
  const kinds = ['implemented', 'implemented', 'partial', 'not_implemented', 'implemented', 'dont_know'];
  // The self-diagnosis is stage 2's screen (answerSme goes there through the step list).
  for (let n = 1; n <= 25; n++) await answerSme(page, `sc.${String(n).padStart(2, '0')}`, kinds[n % kinds.length]);
  await page.goto('/#/results');
  await ready(page);
  await expect(page.getByTestId('key-sc-total')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await keep(page, info, 'sme-results-phone.png');
  w.assertClean(ORIGIN);
});

test('README screenshot: executive results on a laptop', async ({ page }, info) => {
  const w = watch(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/executive');
  await ready(page);
  const kinds = ['implemented', 'partial', 'implemented', 'not_implemented', 'dont_know'];
  const a2 = [3, 3, 5, 3, 10, 4, 5, 2, 3, 2];
  let k = 0;
  for (const [d, count] of a2.entries()) {
    for (let i = 1; i <= count; i++) await answer(page, `v3.a2.${d + 1}-${i}`, kinds[k++ % kinds.length]);
  }
  for (const p of [1, 2, 3]) for (const n of [1, 2, 3]) await answer(page, `v3.a1.p${p}-${n}`, kinds[(p + n) % kinds.length]);
  await page.goto('/#/results');
  await ready(page);
  await expect(page.getByTestId('key-exec-overall')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await keep(page, info, 'exec-results-laptop.png');
  w.assertClean(ORIGIN);
});
