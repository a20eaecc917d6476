// The SME path as screens: each stage, the initiatives and the result on a screen of
// their own, 次へ / 戻る and the browser's back button moving between them by address, an item
// reachable by its number, the progress in view; the basic policy printed alone; the menu with
// #/partners, fitting a 360 px phone; no focus ring on load; separators and colons per language.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, toSmeScreen, answerSme } from './helpers.js';

const T = {
  ja: { next: '次へ', back: '戻る', draft: '情報セキュリティ基本方針（案）', decided: '情報セキュリティ基本方針', partners: '取引先', assessments: '保存した診断' },
  en: { next: 'Next', back: 'Back', draft: 'Information security basic policy (draft)', decided: 'Information security basic policy', partners: 'Partners', assessments: 'My assessments' },
};

const VIEWPORTS = { phone: { width: 360, height: 740 }, laptop: { width: 1280, height: 800 } };

async function open(page, hash, lang) {
  await page.addInitScript((l) => {
    if (l === 'en') localStorage.setItem('shindan.v1.lang', '"en"');
  }, lang);
  await page.goto(`/${hash}`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const screen = (page) => page.locator('main .sme-path');

for (const lang of ['ja', 'en']) {
  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    test(`one stage per screen; 次へ / 戻る and the back button move by address; results and items have their own (${lang}, ${vp})`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize(size);
      await open(page, '#/sme', lang);
      // The first screen holds stage 1 alone: its 5 articles, no other stage's question.
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage1');
      await expect(page.locator('main [data-testid="stage"]')).toHaveCount(1);
      await expect(page.locator('main [data-testid="stage"]')).toHaveAttribute('data-stage', '1');
      await expect(page.locator('fieldset[data-item^="sme.art"]')).toHaveCount(5);
      await expect(page.locator('fieldset[data-item^="sc."], fieldset[data-item^="sme.act"]')).toHaveCount(0);
      await expect(page.locator('#sme-summary')).toHaveCount(0);
      // The page is a few screens tall, not the whole path (22,846 px on a phone before).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(vp === 'phone' ? 9000 : 5000);
      // The progress is in view at the top of the screen and at its end.
      const progress = page.getByTestId('sme-progress');
      await expect(progress).toBeInViewport();
      await expect(page.getByTestId('sme-progress-count')).toHaveText('0 / 25');
      // The current step is marked in the step list.
      await expect(page.locator('[data-testid="sme-stepper"] a[aria-current="step"]')).toHaveAttribute('href', '#/sme/stage1');

      // 次へ: the address changes, stage 2 shows alone, its heading has the focus.
      const nav = page.getByTestId('step-nav');
      await nav.locator('a.next').click();
      await expect(page).toHaveURL(/#\/sme\/stage2$/);
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage2');
      await expect(page.locator('main [data-testid="stage"]')).toHaveAttribute('data-stage', '2');
      await expect(page.locator('fieldset[data-item^="sc."]')).toHaveCount(25);
      await expect(page.locator('fieldset[data-item^="sme.art"]')).toHaveCount(0);
      await expect(page.locator('#stage2-title')).toBeFocused();
      await expect(progress).toBeInViewport();
      await expect(nav.locator('a.next')).toContainText(T[lang].next);
      await expect(nav.locator('a.prev')).toContainText(T[lang].back);
      // An answer here counts at once in the progress kept in view.
      await page.locator('fieldset[data-item="sc.01"] input[value="implemented"]').check();
      await expect(page.getByTestId('sme-progress-count')).toHaveText('1 / 25');

      // 戻る returns to stage 1 by address; the browser's back and forward buttons too.
      await nav.locator('a.prev').click();
      await expect(page).toHaveURL(/#\/sme\/stage1$/);
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage1');
      await page.goBack();
      await expect(page).toHaveURL(/#\/sme\/stage2$/);
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage2');
      await page.goBack();
      await expect(page).toHaveURL(/#\/sme$/);
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage1');
      await page.goForward();
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage2');

      // 次へ through stages 3 and 4 and the initiatives to the results, each its own screen.
      for (const s of ['stage3', 'stage4', 'initiatives', 'result']) {
        await nav.locator('a.next').click();
        await expect(page).toHaveURL(new RegExp(`#/sme/${s}$`));
        await expect(screen(page)).toHaveAttribute('data-screen', s);
      }
      await expect(nav.locator('a.next')).toHaveCount(0);
      await expect(page.locator('#sme-summary')).toBeVisible();
      await expect(page.locator('fieldset[data-item]')).toHaveCount(0);
      await expect(page.locator('#sme-summary-title')).toBeFocused();
      // 「結果を見る」 of the progress bar goes to the same screen.
      await expect(progress.locator('a.button')).toHaveAttribute('href', '#/sme/result');

      // An item by its number: the address, or the jump field on stage 2.
      await page.evaluate(() => (location.hash = '#/sme/item/18'));
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage2');
      await expect(page.locator('fieldset[data-item="sc.18"] input').first()).toBeFocused();
      await expect(page.locator('fieldset[data-item="sc.18"]')).toBeInViewport();
      await page.locator('#item-jump-no').fill('7');
      await page.locator('#item-jump-no').press('Enter');
      await expect(page).toHaveURL(/#\/sme\/item\/7$/);
      await expect(page.locator('fieldset[data-item="sc.07"] input').first()).toBeFocused();
      // The chosen answer takes the focus when there is one; arrow keys change it from there.
      await page.evaluate(() => (location.hash = '#/sme/item/1'));
      await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeFocused();
      // Out of range: nothing moves.
      await page.locator('#item-jump-no').fill('26');
      await page.locator('#item-jump-no').press('Enter');
      await expect(page).toHaveURL(/#\/sme\/item\/1$/);
      // A reload keeps the screen and the answer.
      await page.reload();
      await ready(page);
      await expect(screen(page)).toHaveAttribute('data-screen', 'stage2');
      await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
      await expectNoAxeViolations(page, `SME stage 2 (${lang}, ${vp})`);
      w.assertClean(ORIGIN);
    });
  }

  test(`the basic policy prints alone on at most 2 A4 pages, its heading follows 経営者が決定した (${lang})`, async ({ page }, info) => {
    const w = watch(page);
    await open(page, '#/sme/policy', lang);
    await expect(page.locator('#policy-title')).toHaveText(T[lang].draft);
    // The button's print dialog is not opened under test: what it prints is what page.pdf shows.
    await page.evaluate(() => {
      window.print = () => {
        window.__printed = (window.__printed || 0) + 1;
      };
    });
    const pdfOf = async (name) => {
      await page.getByRole('button', { name: lang === 'ja' ? '印刷する' : 'Print' }).click();
      await expect.poll(() => page.evaluate(() => window.__printed)).toBeGreaterThan(0);
      await expect(page.locator('body')).toHaveClass(/\bprint-policy\b/);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
      const file = info.outputPath(name);
      writeFileSync(file, pdf);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      return { pages, text, flat: text.replace(/\s+/g, '') };
    };
    const draft = await pdfOf(`policy-draft-${lang}.pdf`);
    expect(draft.pages, draft.text).toBeLessThanOrEqual(2);
    expect(draft.flat).toContain(T[lang].draft.replace(/\s+/g, ''));
    // The policy alone: no question, no navigation, no other stage; blanks as lines to write on.
    for (const s of ['No.1', lang === 'ja' ? '第1段階' : 'Stage 1', lang === 'ja' ? '次へ' : 'Next', 'mm/dd/yyyy', 'yyyy']) {
      expect(draft.flat, `"${s}" in the policy's print`).not.toContain(s.replace(/\s+/g, ''));
    }
    expect(draft.flat).toContain(lang === 'ja' ? '＿＿＿＿年＿＿月＿＿日' : '____/__/__');

    // Decided by the executive, with a date: the heading drops (案) / (draft), the date prints.
    await page.locator('#policy-established').check();
    await expect(page.locator('#policy-title')).toHaveText(T[lang].decided);
    await page.locator('#policy-date').fill('2026-04-01');
    await page.locator('#policy-date').dispatchEvent('change');
    const decided = await pdfOf(`policy-decided-${lang}.pdf`);
    expect(decided.pages, decided.text).toBeLessThanOrEqual(2);
    expect(decided.flat).toContain(T[lang].decided.replace(/\s+/g, ''));
    expect(decided.flat).not.toContain(T[lang].draft.replace(/\s+/g, ''));
    expect(decided.flat).toContain('2026');
    // After printing the page is the page again.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('body')).not.toHaveClass(/\bprint-policy\b/);
    w.assertClean(ORIGIN);
  });

  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    test(`the menu: #/partners reachable and highlighted there; on a phone it fits 360 px (${lang}, ${vp})`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize(size);
      await open(page, '#/sme', lang);
      const nav = page.locator('header nav');
      const items = nav.locator('a');
      await expect(items).toHaveCount(6);
      const toggle = page.locator('#menu-toggle');
      if (vp === 'phone') {
        // One button opens the menu; closed, the header is one row.
        await expect(items.first()).toBeHidden();
        expect((await page.locator('header.site-header').boundingBox()).height).toBeLessThan(80);
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expectNoAxeViolations(page, `the open menu at 360 px (${lang})`);
      } else {
        await expect(toggle).toBeHidden();
      }
      // Every item on screen; no sideways scrolling of the page or the menu.
      for (let i = 0; i < 6; i++) await expect(items.nth(i)).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      const menu = await nav.locator('ul').evaluate((ul) => [ul.scrollWidth, ul.clientWidth]);
      expect(menu[0]).toBeLessThanOrEqual(menu[1]);
      await nav.getByRole('link', { name: T[lang].partners }).click();
      await expect(page).toHaveURL(/#\/partners$/);
      await ready(page);
      if (vp === 'phone') {
        // Chosen: the menu closes; opened again, it marks where the user is.
        await expect(items.first()).toBeHidden();
        await toggle.click();
      }
      await expect(nav.locator('a[aria-current="page"]')).toHaveText(T[lang].partners);
      await expect(nav.getByRole('link', { name: T[lang].assessments })).not.toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page, `partners (${lang}, ${vp})`);
      w.assertClean(ORIGIN);
    });
  }

  test(`no focus ring on load; an in-app navigation focuses the heading without one (${lang})`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.laptop);
    for (const hash of ['#/', '#/sme', '#/sme/stage2', '#/results']) {
      await open(page, hash, lang);
      const ring = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? e.outerHTML.slice(0, 80) : null;
      });
      expect(ring, `focus ring on load of ${hash}`).toBeNull();
    }
    // Navigating in the app still moves the focus to the new page's heading, for screen readers.
    await page.locator('header nav a[href="#/sme"]').click();
    await expect(page.locator('main h1')).toBeFocused();
    const outline = await page.locator('main h1').evaluate((h) => getComputedStyle(h).outlineStyle);
    expect(outline).toBe('none');
  });

  test(`words on the SME path: colons per language, no dangling separator, counts with their total (${lang})`, async ({ page }) => {
    await open(page, '#/sme/stage3', lang);
    const h2 = await page.locator('#stage3-title').textContent();
    if (lang === 'en') {
      expect(h2).toMatch(/^Stage 3: /);
      expect(h2).not.toContain('：');
    } else {
      expect(h2).toMatch(/^第3段階：/);
    }
    // A section with no corresponding initiative ends with its name, not a dash.
    for (const li of await page.getByTestId('stage-sections').locator('li').allInnerTexts()) {
      expect(li.trim()).not.toMatch(/[—–:：]$/);
    }
    await answerSme(page, 'sc.01', 'implemented');
    await toSmeScreen(page, 'result');
    const actions = (await page.getByTestId('actions-score').innerText()).trim();
    expect(actions).not.toMatch(/[:：]\s*[–—-]/);
    expect(actions).toMatch(/0 \/ 7/);
    if (lang === 'en') {
      // Every screen of the path in English: no full-width colon, one term for 5か条.
      for (const s of ['stage1', 'stage2', 'stage3', 'stage4', 'initiatives', 'result']) {
        await toSmeScreen(page, s);
        const text = (await page.locator('header').innerText()) + (await page.locator('main').innerText());
        expect(text, s).not.toContain('：');
        expect(text, s).not.toMatch(/5 articles/i);
      }
    }
    // A part not started is one line: its dash leads to the link that starts it, and a shared
    // result (no link to follow) ends with the words.
    await page.goto('/#/results');
    await ready(page);
    const notStarted = page.getByTestId('key-exec-not-started');
    await expect(notStarted.locator('a')).toHaveCount(1);
    expect((await notStarted.innerText()).trim()).toMatch(/ — \S/);
    await page.locator('#share-open').click();
    const link = await page.locator('#share-link').inputValue();
    await page.locator('#share-close').click();
    await page.goto(link);
    await expect(page.getByTestId('shared-view')).toBeVisible();
    await expect(notStarted).toBeVisible();
    await expect(notStarted.locator('a')).toHaveCount(0);
    expect((await notStarted.innerText()).trim()).not.toMatch(/[—–-]$/);

    await page.goto('/#/');
    await ready(page);
    if (lang === 'en') expect(await page.locator('main').innerText()).toContain('5 To-dos');
  });
}
