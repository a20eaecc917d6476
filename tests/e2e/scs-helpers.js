// What the SCS specs share: Shindan's synthetic workbook (crates/scs/tests/fixtures, invented
// text in the documented layout), how a file is chosen on the SCS pages, and the live page's
// <main> (not the pre-render's).
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { ready } from './helpers.js';

export const FIXTURES = new URL('../../crates/scs/tests/fixtures/', import.meta.url);
/** The synthetic workbook, unanswered. */
export const BLANK = readFileSync(new URL('synthetic.xlsx', FIXTURES));
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The app's <main>, not the pre-rendered one. */
export const scsMain = (page) => page.locator('main:not([data-prerender])');

/** Opens #/scs, in English when `lang` is 'en' (switched on the page). */
export async function openScs(page, lang) {
  await page.goto('/#/scs');
  await ready(page);
  if (lang === 'en') {
    await page.locator('#lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

/** Chooses `buffer` as an .xlsx named `name` in the file input `input` (`#scs-file`, …). */
export async function pick(page, input, name, buffer) {
  await page.locator(input).setInputFiles({ name, mimeType: XLSX, buffer });
}
