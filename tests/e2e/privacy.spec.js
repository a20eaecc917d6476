// Privacy page: "delete all my data" asks in the page (no browser dialog), can be
// cancelled, then removes every shindan.* localStorage key and nothing else, and says so.
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations } from './helpers.js';

const SEED = {
  'shindan.v1.lang': '"ja"',
  'shindan.test.seeded': '{"format":1}',
  'shindan.quarantine.1700000000000': 'not json',
  'shindan.v9.future-thing': 'x',
  'someone-else.setting': 'keep me',
  shindan: 'no dot: not ours, keep',
};

const storedKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).sort());

for (const [lang, done, btn] of [
  ['ja', '削除しました', 'すべてのデータを削除'],
  ['en', 'No Shindan data is left in this browser', 'Delete all my data'],
]) {
  test(`delete all my data clears every shindan.* key and says so (${lang})`, async ({ page }) => {
    const w = watch(page);
    await page.goto('/#/privacy');
    await ready(page);
    await page.evaluate((seed) => {
      for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
    }, { ...SEED, 'shindan.v1.lang': `"${lang}"` });
    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.evaluate(() => {
      window.__cleared = 0;
      window.addEventListener('shindan:data-cleared', () => window.__cleared++);
    });

    // Cancelling deletes nothing and gives focus back.
    const before = await storedKeys(page);
    expect(before).toEqual(expect.arrayContaining(Object.keys(SEED)));
    await page.getByRole('button', { name: btn }).click();
    await expect(page.locator('#delete-question')).toBeVisible();
    await expect(page.locator('#delete-cancel')).toBeFocused();
    await expectNoAxeViolations(page, `privacy, confirming (${lang})`);
    await page.locator('#delete-cancel').click();
    await expect(page.locator('#delete-question')).toHaveCount(0);
    await expect(page.locator('#delete-all')).toBeFocused();
    expect(await storedKeys(page)).toEqual(before);

    // Confirming deletes exactly the shindan.* keys.
    const ours = before.filter((k) => k.startsWith('shindan.'));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    await page.locator('#delete-all').click();
    await page.locator('#delete-confirm').click();
    await expect(page.locator('#delete-status')).toContainText(done);
    await expect(page.locator('#delete-status')).toContainText(String(ours.length));
    expect(await storedKeys(page)).toEqual(before.filter((k) => !k.startsWith('shindan.')));
    expect(await storedKeys(page)).toEqual(['shindan', 'someone-else.setting']);
    expect(await page.evaluate(() => localStorage.getItem('someone-else.setting'))).toBe('keep me');
    expect(await page.evaluate(() => window.__cleared)).toBe(1);
    await expectNoAxeViolations(page, `privacy, deleted (${lang})`);

    // Deleting again is harmless and reports zero.
    await page.locator('#delete-all').click();
    await page.locator('#delete-confirm').click();
    await expect(page.locator('#delete-status')).toContainText(`${done}`);
    await expect(page.locator('#delete-status')).toHaveText(/0\s*$/);
    w.assertClean(ORIGIN);
  });
}

test('the privacy page explains storage, network, links and deletion in both languages', async ({ page }) => {
  await page.goto('/#/privacy');
  await ready(page);
  const main = page.locator('main');
  await expect(main.locator('h2')).toHaveCount(4);
  await expect(main).toContainText('localStorage');
  await expect(main).toContainText('shindan.');
  await expect(main).toContainText('CSP');
  await page.locator('#lang-switch').click();
  await expect(main.locator('h2')).toHaveText([
    'What is stored, and where',
    'Network',
    'Links',
    'Deleting your data',
  ]);
  await expect(main).toContainText('fragment');
});
