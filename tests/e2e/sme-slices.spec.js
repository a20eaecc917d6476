// Stage 2 of the SME path is rendered in slices on every render (a returning user's, a
// navigation's): its first screenful first, the 25 self-diagnosis items a few per task after it,
// `aria-busy` until whole. A link to an item deep in the list still lands on that item, and the
// page ends whole, its total right all along.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, answerSme } from './helpers.js';

const VIEWPORTS = { phone: { width: 360, height: 740 }, laptop: { width: 1280, height: 800 } };

// Records, from before the app runs, the first moment stage 2 shows self-diagnosis items while
// still busy: how many items it held then and what the progress said. A MutationObserver's
// callback runs in the task that changed the DOM, so this sees the first slice as rendered.
function recordFirstSlice() {
  window.__firstSlice = null;
  new MutationObserver((_, obs) => {
    const busy = document.querySelector('main:not([data-prerender]) .sme-path[data-screen="stage2"][aria-busy="true"]');
    if (!busy) return;
    const items = busy.querySelectorAll('fieldset[data-item^="sc."]').length;
    if (!items) return;
    window.__firstSlice = {
      items,
      count: busy.querySelector('[data-testid="sme-progress-count"]')?.textContent,
      nav: busy.querySelectorAll('[data-testid="step-nav"]').length,
    };
    obs.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

for (const lang of ['ja', 'en']) {
  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    test(`a returning visit to an item deep in stage 2 lands on it; the page comes in slices and ends whole (${lang}, ${vp})`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize(size);
      await page.addInitScript((l) => {
        if (l === 'en' && !localStorage.getItem('shindan.v1.lang')) localStorage.setItem('shindan.v1.lang', '"en"');
      }, lang);
      await page.goto('/#/sme');
      await ready(page);
      // Two answers stored: the reload below is a returning user's visit (no pre-render).
      await answerSme(page, 'sc.01', 'implemented');
      await answerSme(page, 'sc.22', 'partial');
      await expect(page.getByTestId('sme-progress-count')).toHaveText('2 / 25');
      await page.evaluate(() => (location.hash = '#/sme/item/22'));
      await page.addInitScript(recordFirstSlice);
      await page.reload();
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      // It came in slices: busy first with only some items, the total already right and no
      // step links yet.
      const first = await page.evaluate(() => window.__firstSlice);
      expect(first, 'stage 2 was never seen busy with items').not.toBeNull();
      expect(first.items).toBeGreaterThan(0);
      expect(first.items).toBeLessThan(25);
      expect(first.count).toBe('2 / 25');
      expect(first.nav).toBe(0);

      // The item the address names has the focus (its chosen answer) and is in view.
      const item = page.locator('fieldset[data-item="sc.22"]');
      await expect(item.locator('input[value="partial"]')).toBeFocused();
      await expect(item).toBeInViewport();

      // Whole: every item, the total after them, section 3(3), the step links.
      const screen = page.locator('main .sme-path[data-screen="stage2"]');
      await expect(screen).not.toHaveAttribute('aria-busy', /.*/);
      await expect(page.locator('fieldset[data-item^="sc."]')).toHaveCount(25);
      await expect(page.getByTestId('score-after-items')).toBeVisible();
      await expect(page.locator('#sec-3-3')).toHaveCount(1);
      await expect(page.getByTestId('step-nav')).toHaveCount(1);
      await expect(page.getByTestId('sme-progress-count')).toHaveText('2 / 25');
      // 4 (implemented) + 2 (partial): the total the store gives, shown after the items.
      await expect(page.getByTestId('sc-total-so-far')).toHaveText(/^6 \/ 100 \(.* 2 \/ 25\)$/);
      // The answers stored are shown on the items that arrived later, too.
      await expect(item.locator('input[value="partial"]')).toBeChecked();
      // The focus stayed on the item while the rest arrived.
      await expect(item.locator('input[value="partial"]')).toBeFocused();

      // The jump field on the whole page still goes to an item at once.
      await page.locator('#item-jump-no').fill('3');
      await page.locator('#item-jump-no').press('Enter');
      await expect(page).toHaveURL(/#\/sme\/item\/3$/);
      await expect(page.locator('fieldset[data-item="sc.03"] input').first()).toBeFocused();
      w.assertClean(ORIGIN);
    });
  }

  test(`a step after the items (#/sme/measures) is reached once it arrives (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await page.addInitScript((l) => {
      if (l === 'en') localStorage.setItem('shindan.v1.lang', '"en"');
    }, lang);
    await page.goto('/#/sme/measures');
    await ready(page);
    await expect(page.locator('#sec-3-3')).toBeInViewport();
    await expect(page.locator('#sec-3-3-title')).toBeFocused();
    await expect(page.locator('fieldset[data-item^="sc."]')).toHaveCount(25);
    w.assertClean(ORIGIN);
  });
}
