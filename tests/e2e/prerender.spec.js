// First paint without the wasm: the home page, #/sme and #/executive are in the HTML the
// server sends, in Japanese and in English (rendered from the app at build time by Yew's server
// renderer, src/ssr.rs), one of them is shown before the app starts (src/web/prerender-pick.js:
// the address's, in the stored language), it is the app's own markup, any other address shows
// only the header (never another page), and the app takes over without moving anything. "Before the app starts" is made certain by holding back the wasm (page.route), not by
// timing; layout shifts are read from the browser's own 'layout-shift' entries.
import { test, expect } from '@playwright/test';
import { ORIGIN, ROUTES, watch, ready } from './helpers.js';

const SUB = 'nested/sub/path/';
// `cut`: the questionnaires are pre-rendered to their first screenfuls (src/ssr.rs,
// `captures`): the pre-render is the app's page up to a question, with no footer; the app then adds
// the rest below it.
const PAGES = [
  { route: '#/', id: 'home', cut: false },
  { route: '#/sme', id: 'sme', cut: true },
  { route: '#/executive', id: 'executive', cut: true },
];
const SIZES = { laptop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };
const LANGS = ['ja', 'en'];
// Any kana or kanji: Japanese text (an English page shows none, but its brand "Shindan 診断").
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Stores `lang` as the chosen language before each document of `page` starts (a fresh visit in
 *  that language: storage holds nothing of the app but the language). */
async function storeLang(page, lang) {
  if (lang === 'en') await page.addInitScript(() => localStorage.setItem('shindan.v1.lang', '"en"'));
}

/** Loads `url` as a new document (a goto that changes only the fragment would not reload). */
async function open(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Records, from the first frame on, every <main> heading shown (pre-rendered or the app's). */
const recordHeadings = () => {
  window.__headings = [];
  new MutationObserver(() => {
    for (const h of document.querySelectorAll('main h1')) {
      const seen = `${h.closest('main').hasAttribute('data-prerender') ? 'pre' : 'app'}:${h.textContent}`;
      if (window.__headings.at(-1) !== seen) window.__headings.push(seen);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

// The service worker would answer the wasm request itself after the first visit; these tests
// hold that request back, so they run without one (offline.spec.js covers the worker; the last
// test here checks the pre-render offline through it).
test.describe(() => {
  test.use({ serviceWorkers: 'block' });

  /** Holds every request for the wasm until `release()`; `blocked: true` fails them instead. */
  async function holdWasm(page, { blocked = false } = {}) {
    let release;
    const gate = new Promise((r) => (release = r));
    await page.route('**/*_bg.wasm', async (route) => {
      if (blocked) return route.abort();
      await gate;
      await route.continue();
    });
    return release;
  }

  /** The visible page's header, main and footer, without the pre-render's own attributes. With
   *  `keep` (the number of questions a cut pre-render shows), <main> is cut as the build cut it:
   *  after that question, everything that follows it in document order. */
  const shownMarkup = (page, keep = null) =>
    page.evaluate(
      (keep) =>
        ['header.site-header', 'main', 'footer.site-footer'].map((sel) => {
          const e = document.querySelector(sel);
          if (!e) return null;
          const c = e.cloneNode(true);
          // Yew's hydration marks (comments around each component), which hydration removes.
          const marks = document.createTreeWalker(c, NodeFilter.SHOW_COMMENT);
          const comments = [];
          while (marks.nextNode()) comments.push(marks.currentNode);
          for (const m of comments) m.remove();
          if (keep != null && sel === 'main') {
            let n = c.querySelectorAll('fieldset[data-item]')[keep - 1];
            for (; n && n !== c; n = n.parentNode) while (n.nextSibling) n.nextSibling.remove();
          }
          // The pre-render's own marks, and a page's "busy" while it is rendered in slices (the
          // executive check's first screenful is busy; the app's page is whole by now).
          for (const n of [c, ...c.querySelectorAll('[inert], [data-prerender], [aria-busy]')]) {
            n.removeAttribute('inert');
            n.removeAttribute('data-prerender');
            n.removeAttribute('aria-busy');
          }
          return c.outerHTML;
        }),
      keep,
    );
  /** The number of questions the shown <main> has. */
  const mainSize = (page) => page.locator('main fieldset[data-item]').count();

  test('the server sends each pre-rendered screen in index.html, at / and under a sub-path', async ({ request }) => {
    for (const base of [ORIGIN, `${ORIGIN}${SUB}`]) {
      const res = await request.get(base);
      expect(res.status()).toBe(200);
      const html = await res.text();
      // Data blocks: never run, parsed only by the picker when it shows one.
      const template = (id) =>
        new RegExp(`<script type="text/html" id="prerender-${id}" data-lang="(ja|en)"[^>]*>([\\s\\S]*?)</script>`).exec(html);
      for (const { id, cut } of PAGES) {
        const t = template(id);
        expect(t, `template prerender-${id} at ${base}`).not.toBeNull();
        // A page rendered for hydration holds Yew's marks (comments around each component).
        t[2] = t[2].replace(/<!--[\s\S]*?-->/g, '');
        expect(t[1]).toBe('ja');
        // Header with the navigation, the page's heading and text, in Japanese.
        expect(t[2]).toMatch(/^<header class="site-header" data-prerender="">[\s\S]*<nav [^>]*aria-label="主なセクション"/);
        expect(t[2]).toMatch(/<main id="main" data-prerender=""[^>]*>[\s\S]*<h1>[^<]*[\u3040-\u30ff\u4e00-\u9fff][^<]*<\/h1>[\s\S]*<p class="lead">[^<]+<\/p>/);
        if (cut) {
          // Down to a question, never to the page's end: some questions, no footer.
          expect(t[2]).toMatch(/<fieldset[^>]* data-item="[^"]+"/);
          expect(t[2]).not.toContain('<footer');
          expect(t[2].length, `${id}: the first screenful, not the whole questionnaire`).toBeLessThan(30_000);
        } else {
          expect(t[2]).toContain('<footer class="site-footer" data-prerender="">');
        }
      }
      // The same pages in English, for a fresh visit whose stored language is English: the same
      // address, the same cut, English text and title.
      for (const { id, cut } of PAGES) {
        const ja = template(id);
        const t = template(`${id}-en`);
        expect(t, `template prerender-${id}-en at ${base}`).not.toBeNull();
        expect(t[1]).toBe('en');
        const attrs = (m) => m[0].slice(0, m[0].indexOf('>'));
        expect(attrs(t)).toContain(' data-hydrate');
        expect(/ data-path="([^"]*)"/.exec(attrs(t))[1]).toBe(/ data-path="([^"]*)"/.exec(attrs(ja))[1]);
        expect(/ data-title="([^"]*)"/.exec(attrs(t))[1]).not.toMatch(/[\u3040-\u30ff]/);
        const body = t[2].replace(/<!--[\s\S]*?-->/g, '');
        expect(body).toMatch(/^<header class="site-header" data-prerender="">[\s\S]*<nav [^>]*aria-label="Main sections"/);
        expect(body).toMatch(/<main id="main" data-prerender=""[^>]*>[\s\S]*<h1>[A-Za-z][^<\u3040-\u30ff]*<\/h1>/);
        expect(body.match(/ data-item="/g)?.length ?? 0, `${id}-en: the same first screenful`).toBe(ja[2].match(/ data-item="/g)?.length ?? 0);
        expect(body.includes('<footer'), `${id}-en footer`).toBe(!cut);
      }
      for (const [id, lang] of [['shell', 'ja'], ['shell-en', 'en']]) {
        const t = template(id);
        expect(t, `template prerender-${id}`).not.toBeNull();
        expect(t[1]).toBe(lang);
        expect(t[2]).toMatch(/^<header class="site-header" data-prerender="">[\s\S]*<\/header>$/);
        expect(t[2]).not.toContain('aria-current');
      }
    }
  });

  test('without JavaScript only the notice shows (the templates are never rendered)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/#/sme');
    await expect(page.locator('noscript')).toHaveCount(1);
    await expect(page.locator('header, main, footer')).toHaveCount(0);
    expect((await page.locator('body').innerText()).trim()).toContain('JavaScript');
    await context.close();
  });

  for (const lang of LANGS) for (const { route, cut } of PAGES) {
    for (const base of lang === 'ja' ? ['', SUB] : ['']) {
      test(`${route}${base ? ' under a sub-path' : ''} (${lang}): the pre-render shows without the wasm and is what the app renders`, async ({ page }) => {
        const w = watch(page);
        await storeLang(page, lang);
        const release = await holdWasm(page);
        await page.goto(`/${base}${route}`);
        // Before the wasm: the pre-render, and it is this page, in the stored language.
        await expect(page.locator('main[data-prerender] h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        if (lang === 'en') await expect(page.locator('main[data-prerender] h1')).not.toHaveText(JAPANESE);
        await expect(page.locator('header[data-prerender]')).toBeVisible();
        // header, main, footer, notice; a cut questionnaire ends within <main>
        expect(await page.locator('[data-prerender]').count()).toBe(cut ? 2 : 4);
        // It takes no click or typing the app would then drop: every control is inert (the
        // language switch, a questionnaire's answers and fields), the text and the links are not.
        const controls = await page.evaluate(() => {
          const all = [...document.querySelectorAll('[data-prerender] :is(button, input, select, textarea, details)')];
          return { all: all.length, live: all.filter((c) => !c.closest('[inert]')).map((c) => c.outerHTML.slice(0, 80)) };
        });
        expect(controls.all).toBeGreaterThan(0);
        expect(controls.live).toEqual([]);
        expect(await page.locator('main[data-prerender] h1').evaluate((h) => h.closest('[inert]'))).toBeNull();
        expect(await page.locator('[data-prerender] a[href^="#/"]').first().evaluate((a) => a.closest('[inert]'))).toBeNull();
        const before = await shownMarkup(page);
        const keep = cut ? await mainSize(page) : null;
        const titleBefore = await page.title();
        release();
        await ready(page);
        await expect(page.locator('[data-prerender]')).toHaveCount(0);
        await expect(page.locator('script[type="text/html"]')).toHaveCount(0);
        // The same markup, element for element: header (with the current page), main, footer;
        // for a cut questionnaire, the app's <main> cut after the same element.
        const after = await shownMarkup(page, keep);
        expect(before[0], `${route} header`).toBe(after[0]);
        expect(before[1], `${route} main`).toBe(after[1]);
        if (cut) expect(before[2], `${route}: no footer before the app`).toBeNull();
        else expect(before[2], `${route} footer`).toBe(after[2]);
        expect(titleBefore).toBe(await page.title());
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        w.assertClean(ORIGIN);
      });
    }
  }

  // The first screen's pages are rendered for hydration (src/ssr.rs), in each language: on a
  // fresh visit (nothing stored, or only the language) the app keeps the very nodes painted
  // first. Marked before the wasm runs, found after: the same objects. The questionnaires'
  // pre-renders are their first screenfuls: the app adds the rest (#/sme: the step navigation,
  // the footer; #/executive: the last A-1 questions, A-2 a few 指示 per task, the footer) below
  // them in following tasks.
  const HYDRATED = {
    '#/': ['header.site-header', 'header .brand', 'nav a[href="#/sme"]', 'main', 'main h1', 'main p.lead', 'footer.site-footer'],
    '#/sme': ['header.site-header', 'header .brand', 'nav a[href="#/sme"]', 'main', 'main h1', 'main p.lead', 'main fieldset[data-item]:nth-of-type(1)', '#meta-name',
      'fieldset[data-item="sme.art1"] input'],
    '#/executive': ['header.site-header', 'header .brand', 'nav a[href="#/executive"]', 'main', 'main h1', 'main p.lead', '#meta-name',
      '#exec-progress-bar', 'fieldset[data-item="v3.a1.p1-1"]', 'fieldset[data-item="v3.a1.p3-1"]', 'fieldset[data-item="v3.a1.p3-1"] input'],
  };
  for (const lang of LANGS) for (const [route, PAINTED] of Object.entries(HYDRATED)) for (const [size, viewport] of Object.entries(SIZES)) {
    test(`a fresh visit to ${route} in ${lang} keeps the nodes painted first: the app hydrates them (${size})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const w = watch(page);
      await storeLang(page, lang);
      const release = await holdWasm(page);
      await page.goto(`/${route}`);
      await expect(page.locator('main[data-prerender] h1')).toBeVisible();
      // The stored language from the first paint: the document's language, its title, the text.
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (lang === 'en') {
        await expect(page.locator('main[data-prerender] h1')).not.toHaveText(JAPANESE);
        expect(await page.title()).toMatch(/^[^\u3040-\u30ff]+ \| Shindan/);
        expect(await page.locator('main[data-prerender]').innerText()).not.toMatch(/[\u3040-\u30ff]/);
      } else {
        await expect(page.locator('main[data-prerender] h1')).toHaveText(JAPANESE);
      }
      const title = await page.title();
      const marked = await page.evaluate((sels) => {
        window.__painted = sels.map((s) => document.querySelector(s));
        return window.__painted.filter(Boolean).length;
      }, PAINTED);
      expect(marked).toBe(PAINTED.length);
      release();
      await ready(page);
      const kept = await page.evaluate((sels) => sels.map((s, i) => document.querySelector(s) === window.__painted[i]), PAINTED);
      expect(kept).toEqual(PAINTED.map(() => true));
      expect(await page.title()).toBe(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Live: the pre-render's marks are gone and the kept controls answer.
      await expect(page.locator('[inert], [data-prerender], script[type="text/html"]')).toHaveCount(0);
      // The whole page is there: the footer (and on #/sme the step navigation) follow.
      await expect(page.locator('footer.site-footer')).toBeVisible();
      if (route === '#/sme') {
        await expect(page.locator('[data-testid=step-nav]')).toBeVisible();
        // A kept radio answers.
        const radio = page.locator('fieldset[data-item="sme.art1"] input').first();
        await radio.check();
        await expect(radio).toBeChecked();
        expect(await page.evaluate(() => document.querySelector('fieldset[data-item="sme.art1"] input') === window.__painted[8])).toBe(true);
      }
      if (route === '#/executive') {
        // Every question (9 of A-1, 40 of A-2 under the ten 指示) and the way to the results.
        await expect(page.locator('main section.direction')).toHaveCount(10);
        await expect(page.locator('main fieldset[data-item]')).toHaveCount(49);
        await expect(page.locator('main p.next-step a[href="#/results"]')).toBeVisible();
        // A kept radio answers, and the progress (kept too) counts it.
        await page.locator('fieldset[data-item="v3.a1.p3-1"] input').first().check();
        expect(await page.evaluate(() => document.querySelector('fieldset[data-item="v3.a1.p3-1"] input') === window.__painted[10])).toBe(true);
        await expect(page.locator('#exec-progress')).toContainText('1 / 49');
      }
      // The language switch answers, and the kept heading takes the other language.
      const other = lang === 'ja' ? 'en' : 'ja';
      await page.locator('#lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      if (other === 'en') await expect(page.locator('main h1')).not.toHaveText(/[\u3040-\u30ff]/);
      else await expect(page.locator('main h1')).toHaveText(JAPANESE);
      expect(await page.evaluate(() => document.querySelector('main h1') === window.__painted[4])).toBe(true);
      w.assertClean(ORIGIN);
    });
  }

  // Something that changes the painted nodes before the app starts (a browser extension adding
  // a node, another script rewriting text) would make a hydration disagree with them, which
  // stops the app: the first screen sees the change and renders the page anew instead.
  for (const route of Object.keys(HYDRATED)) {
    test(`painted nodes changed before the app starts on ${route}: the app renders anew and works`, async ({ page }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const release = await holdWasm(page);
      await page.goto(`/${route}`);
      await expect(page.locator('main[data-prerender] h1')).toBeVisible();
      await page.evaluate(() => {
        const extra = document.createElement('div');
        extra.id = 'injected';
        document.querySelector('main').prepend(extra);
        window.__h1 = document.querySelector('main h1');
      });
      release();
      await ready(page);
      expect(await page.evaluate(() => document.querySelector('main h1') === window.__h1)).toBe(false);
      await expect(page.locator('#injected')).toHaveCount(0);
      await page.locator('#lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(errors).toEqual([]);
    });
  }

  for (const lang of LANGS) {
    test(`a returning user's page is rendered anew in ${lang}, not hydrated (the marks above can fail)`, async ({ page }) => {
      await storeLang(page, lang);
      await page.goto('/#/sme');
      await ready(page);
      await page.locator('fieldset[data-item="sme.art1"] input').first().check();
      await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('shindan.') && k !== 'shindan.v1.lang'));
      const release = await holdWasm(page);
      await open(page, '/#/executive');
      // Stored answers: the header alone is shown (in the stored language), and the app renders
      // the page in its place.
      await expect(page.locator('header[data-prerender]')).toBeVisible();
      await expect(page.locator('main')).toHaveCount(0);
      await expect(page.locator('body')).not.toHaveAttribute('data-hydrate', /.*/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('header[data-prerender] nav#site-nav')).toHaveAttribute('aria-label', lang === 'en' ? 'Main sections' : '主なセクション');
      await page.evaluate(() => (window.__brand = document.querySelector('header .brand')));
      release();
      await ready(page);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await page.evaluate(() => document.querySelector('header .brand') === window.__brand)).toBe(false);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });

    test(`every other address shows the header alone until the app starts, never another page (${lang})`, async ({ page }) => {
      const others = ROUTES.filter((r) => !PAGES.some((p) => p.route === r));
      others.push('#/sme/stage2', '#/nowhere', '#/SME', '#/sme%3F', '#main');
      await storeLang(page, lang);
      await page.addInitScript(recordHeadings);
      const release = await holdWasm(page, { blocked: true });
      for (const route of others) {
        await open(page, `/${route}`);
        await expect(page.locator('header[data-prerender]')).toBeVisible();
        await expect(page.locator('main, footer')).toHaveCount(0);
        await expect(page.locator('header[data-prerender] [aria-current]')).toHaveCount(0);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await page.title()).toBe('診断 Shindan');
        expect(await page.evaluate(() => window.__headings), route).toEqual([]);
      }
      // With the wasm: the only heading ever shown is the app's own.
      await page.unroute('**/*_bg.wasm');
      release();
      for (const route of others.filter((r) => r.startsWith('#/'))) {
        await open(page, `/${route}`);
        await ready(page);
        const h1 = await page.locator('main h1').first().textContent();
        expect(await page.evaluate(() => window.__headings), route).toEqual([`app:${h1}`]);
      }
      // And each first-screen page shows its own content first, in the stored language, never
      // another's (the pre-render, then the app's, with the same heading).
      for (const { route } of PAGES) {
        await open(page, `/${route}`);
        await ready(page);
        const h1 = await page.locator('main h1').first().textContent();
        if (lang === 'en') expect(h1).not.toMatch(JAPANESE);
        const headings = await page.evaluate(() => window.__headings);
        expect(headings.map((h) => h.replace(/^(pre|app):/, '')), route).toEqual(headings.map(() => h1));
      }
    });
  }

  test('a returning user sees the header alone: a reopened app goes to the saved screen, answers are restored', async ({ page }) => {
    await page.goto('/#/sme');
    await ready(page);
    await page.locator('fieldset[data-item="sme.art1"] input[value="done"]').check();
    await page.goto('/#/results');
    await ready(page);
    await expect(page.locator('main h1')).not.toHaveText('');
    const results = await page.locator('main h1').first().textContent();
    // Reopened with no fragment: the app returns to #/results; the home page must not flash.
    await page.addInitScript(recordHeadings);
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('header[data-prerender]')).toBeVisible();
    await expect(page.locator('main')).toHaveCount(0);
    release();
    await ready(page);
    await expect(page).toHaveURL(/#\/results$/);
    expect(await page.evaluate(() => window.__headings)).toEqual([`app:${results}`]);
    // #/sme with a stored answer: the header alone too (the fresh pre-render has no answer).
    const release2 = await holdWasm(page);
    await open(page, '/#/sme');
    await expect(page.locator('header[data-prerender]')).toBeVisible();
    await expect(page.locator('main')).toHaveCount(0);
    release2();
    await ready(page);
    await expect(page.locator('fieldset[data-item="sme.art1"] input[value="done"]')).toBeChecked();
  });

  test('English stored with answers shows the English header alone, the one the app renders', async ({ page }) => {
    await page.goto('/#/sme');
    await ready(page);
    await page.locator('fieldset[data-item="sme.art1"] input').first().check();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('shindan.') && k !== 'shindan.v1.lang'));
    await page.evaluate(() => localStorage.setItem('shindan.v1.lang', '"en"'));
    const release = await holdWasm(page);
    await open(page, '/#/');
    await expect(page.locator('header[data-prerender]')).toBeVisible();
    await expect(page.locator('main')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const before = (await shownMarkup(page))[0];
    release();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.locator('main h1').textContent()).not.toMatch(JAPANESE);
    expect(before).toBe((await shownMarkup(page))[0]);
  });

  test('a link followed before the app starts shows that page, then the app opens it', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.getByTestId('home-sme')).toBeVisible();
    const home = await page.locator('main[data-prerender] h1').textContent();
    await page.getByTestId('home-sme').click();
    await expect(page).toHaveURL(/#\/sme$/);
    await expect(page.locator('main[data-prerender] fieldset[data-item="sme.art1"]')).toHaveCount(1);
    await expect(page.getByTestId('home-sme')).toHaveCount(0);
    await expect(page.locator('[data-prerender]')).toHaveCount(2); // header, main (cut)
    const sme = await page.locator('main[data-prerender] h1').textContent();
    expect(sme).not.toBe(home);
    expect(await page.title()).toContain(sme);
    // A page without a pre-render: the header alone.
    await page.locator('header[data-prerender] a[href="#/results"]').click();
    await expect(page.locator('main')).toHaveCount(0);
    await page.locator('header[data-prerender] a[href="#/sme"]').click();
    await expect(page.locator('main[data-prerender] h1')).toHaveText(sme);
    release();
    await ready(page);
    await expect(page.locator('main h1')).toHaveText(sme);
    // Once the app runs, a change of address is the app's alone.
    await page.evaluate(() => (location.hash = '#/'));
    await expect(page.locator('main h1')).toHaveText(home);
    await expect(page.locator('[data-prerender]')).toHaveCount(0);
  });

  // Two measures of "nothing moves". The browser's own layout-shift entries see the live app
  // move its elements after it started; but they compare an element with ITSELF between frames,
  // and the take-over replaces every node (Yew empties <body> and renders anew), so they cannot
  // see a take-over that lands differently. That is what the geometry measure is for: every
  // element of the header, main and footer, by its place in the tree, with its box in the
  // viewport, before the wasm (the pre-render) and after (the app): the lists must be equal.

  /** Records every layout shift of the document from navigation on (window.__shifts). */
  const recordShifts = () => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push([e.value, e.hadRecentInput, e.sources.map((s) => s.node?.nodeName ?? '?').join(',')]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  };
  /** The shifts recorded so far, once two more frames have been rendered (an entry is reported
   *  with the frame that moved something). */
  const shifts = (page) =>
    page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(window.__shifts), 0)))),
    );

  /** Every element under `selectors` as [path, tag, x, y, width, height], in viewport
   *  coordinates (or the document's, `doc`: for a page the app scrolls to a step). */
  const geometry = (page, selectors = ['header.site-header', 'main', 'footer.site-footer'], doc = false) =>
    page.evaluate(
      ([selectors, doc]) => {
        const out = [];
        const walk = (e, path) => {
          const r = e.getBoundingClientRect();
          // An element not laid out (the phone's menu button on a wide screen) has no place to
          // move from: its zero box stays zero at any scroll position.
          const placed = doc && e.getClientRects().length > 0;
          out.push([path, e.tagName, r.x + (placed ? scrollX : 0), r.y + (placed ? scrollY : 0), r.width, r.height]);
          // A closed <details> shows only its summary (the rest is not laid out).
          [...e.children].forEach((c, i) => (e.tagName !== 'DETAILS' || e.open || c.tagName === 'SUMMARY') && walk(c, `${path}/${i}`));
        };
        for (const sel of selectors) {
          const root = document.querySelector(sel);
          if (root) walk(root, sel);
        }
        return out;
      },
      [selectors, doc],
    );

  /** The same elements in the same places. Text the app renders as several text nodes is one
   *  node once parsed from HTML, and shaping may differ by a fraction of a pixel (1/64 px seen):
   *  half a pixel is allowed, well under anything visible. */
  function expectSameBoxes(after, before, label, { cut = false } = {}) {
    // A cut pre-render: its elements are the first of the app's, in document order; the app's
    // others (the later questions, the footer) come after all of them.
    // The ancestors of the last element the pre-render has hold what the app adds: they grow in
    // height only.
    let grows = () => false;
    if (cut) {
      expect(after.length, `${label}: the app adds what the pre-render left out`).toBeGreaterThan(before.length);
      after = after.slice(0, before.length);
      const last = before.at(-1)[0];
      grows = (path) => last.startsWith(`${path}/`);
    }
    expect(after.map((e) => `${e[0]} ${e[1]}`), `${label}: the same elements`).toEqual(before.map((e) => `${e[0]} ${e[1]}`));
    const moved = after
      .map((e, i) => [e[0], Math.max(...(grows(e[0]) ? [2, 3, 4] : [2, 3, 4, 5]).map((k) => Math.abs(e[k] - before[i][k])))])
      .filter(([, d]) => d > 0.5);
    expect(moved, `${label}: elements moved or resized by more than 0.5 px`).toEqual([]);
  }

  /** Records, frame by frame (requestAnimationFrame runs right before each rendering), which
   *  <main> the page would show: none, the pre-render's or the app's (window.__frames). */
  const recordFrames = () => {
    window.__frames = [];
    const frame = () => {
      const m = document.querySelector('main');
      const state = !m ? 'none' : m.hasAttribute('data-prerender') ? 'pre' : 'app';
      if (window.__frames.at(-1) !== state) window.__frames.push(state);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };

  /** The page has painted (first contentful paint recorded). */
  const painted = (page) => page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

  for (const lang of LANGS) for (const [size, viewport] of Object.entries(SIZES)) {
    for (const { route, cut } of PAGES) {
      test(`nothing moves when the app takes over ${route} in ${lang} (${size})`, async ({ page }) => {
        await storeLang(page, lang);
        await page.addInitScript(recordShifts);
        await page.addInitScript(recordFrames);
        await page.setViewportSize(viewport);
        const release = await holdWasm(page);
        await page.goto(`/${route}`);
        // The pre-render has painted before the app exists.
        await painted(page);
        await expect(page.locator('main[data-prerender] h1')).toBeVisible();
        const before = await geometry(page);
        expect(before.length).toBeGreaterThan(20);
        release();
        await ready(page);
        await page.waitForLoadState('networkidle');
        expectSameBoxes(await geometry(page), before, route, { cut });
        expect(await shifts(page), `layout shifts on ${route}`).toEqual([]);
        // No frame between the pre-render and the app without the page (a blank flash).
        const frames = await page.evaluate(() => window.__frames);
        expect(frames.slice(frames.indexOf('pre')), `frames on ${route}`).toEqual(['pre', 'app']);
      });
    }
  }

  test('the take-over keeps the reading position in a scrolled questionnaire', async ({ page }) => {
    await page.addInitScript(recordShifts);
    await page.setViewportSize(SIZES.phone);
    const release = await holdWasm(page);
    await page.goto('/#/sme');
    await painted(page);
    // The last question of the pre-render (its first screenfuls), as far as a reader can go.
    await page.locator('main[data-prerender] fieldset[data-item]').last().scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(1000);
    const before = await geometry(page);
    release();
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => scrollY)).toBe(y);
    expectSameBoxes(await geometry(page), before, '#/sme scrolled', { cut: true });
    expect(await shifts(page)).toEqual([]);
  });

  test('deep links, English and a returning user: the header alone, then the app, the header unmoved', async ({ page }) => {
    await page.addInitScript(recordShifts);
    const shared = ROUTES.find((r) => r.startsWith('#/r/'));
    // The last case: English with the answers stored (a returning user: a fresh English visit gets
    // its page, above), at the home page, whose header marks no page current. English with a page
    // marked current is not unmoved: the shell marks no page, and the app's bold current item is
    // wider in Latin letters (≈ 9 px for "Results"), which moves the items after it; Japanese
    // labels keep their width in bold.
    for (const route of ['#/results', '#/guidelines/meti', '#/partners', '#/sme/stage2', shared, 'returning', 'en']) {
      if (route === 'returning') {
        // Answers stored and #/results saved as the last screen; reopened with no fragment.
        await page.goto('/#/sme/stage2');
        await ready(page);
        await page.locator('fieldset[data-item="sc.01"] input[value="implemented"]').check();
        await page.goto('/#/results');
        await ready(page);
      }
      if (route === 'en') await page.evaluate(() => localStorage.setItem('shindan.v1.lang', '"en"'));
      const release = await holdWasm(page);
      await open(page, route === 'returning' ? '/' : route === 'en' ? '/#/' : `/${route}`);
      await painted(page);
      await expect(page.locator('header[data-prerender]')).toBeVisible();
      await expect(page.locator('main')).toHaveCount(0);
      const before = await geometry(page, ['header.site-header'], true);
      release();
      await ready(page);
      await page.waitForLoadState('networkidle');
      expectSameBoxes(await geometry(page, ['header.site-header'], true), before, `${route} header`);
      expect(await shifts(page), `layout shifts on ${route}`).toEqual([]);
      await page.unroute('**/*_bg.wasm');
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('canary: the measures see a moved element and a frame without the page', async ({ page }) => {
    await page.addInitScript(recordShifts);
    await page.addInitScript(recordFrames);
    await page.goto('/#/');
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect(await shifts(page)).toEqual([]);
    const before = await geometry(page);
    expectSameBoxes(await geometry(page), before, 'unchanged');
    // A longer introduction: the same elements, everything under it lower.
    await page.evaluate(() => (document.querySelector('main .lead').textContent += ' もう一行。'.repeat(40)));
    expect((await shifts(page)).length).toBeGreaterThan(0);
    const after = await geometry(page);
    expect(() => expectSameBoxes(after, before, 'canary')).toThrow(/moved or resized/);
    // <main> out of the page for two frames.
    await page.evaluate(
      () =>
        new Promise((r) => {
          const m = document.querySelector('main');
          const next = m.nextSibling;
          m.remove();
          requestAnimationFrame(() => requestAnimationFrame(() => r(next.before(m))));
        }),
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.slice(frames.indexOf('app'))).toEqual(['app', 'none', 'app']);
  });
});

test('offline, through the service worker, the pre-render still shows first', async ({ page, context }) => {
  await page.goto('/#/sme');
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.addInitScript(recordHeadings);
  await context.setOffline(true);
  await open(page, '/#/executive');
  await ready(page);
  const h1 = await page.locator('main h1').textContent();
  expect(await page.evaluate(() => window.__headings)).toEqual([`pre:${h1}`, `app:${h1}`]);
  await context.setOffline(false);
});
