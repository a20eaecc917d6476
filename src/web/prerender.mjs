// Build-time pre-render, called by src/web/post_build.mjs on the staged build.
//
// The first screen must paint before the wasm arrives, and it must be what the app itself
// renders, so it is taken from the app: Debian's Chromium (tests/e2e/chromium.mjs, through the
// Playwright the e2e suite already installs) loads the staged build with fresh storage, and the
// markup of <body> is captured the moment the app reports its first render (the shell's
// `shindan-rendered` event, sent in the same task as Yew emptied <body> and rendered). That markup is what the app's
// first frame will be, so the take-over replaces it with identical nodes. Then the page is let
// settle and captured again; a difference means the app changes its first screen after starting
// (the take-over would move things), and fails the build.
//
// Requests are answered from the stage by Playwright (no server, no port, nothing leaves the
// machine; anything not in the stage is a 404); service workers are blocked.
//
// Each capture becomes a data block, `<script type="text/html">` (never run, and the HTML parser
// only scans it for its end: a page it does not show costs no parsing; as <template>s the two
// whole questionnaires took 200–280 ms of a 4× first paint on the home page). The picker,
// src/web/prerender-pick.js, parses the one it shows. Its top-level elements carry
// `data-prerender` (the e2e helpers wait for the live app by it), and what only the app can handle is `inert`, so no click or typing is taken and then lost
// when the app replaces the nodes: buttons, form controls and their labels, <details>, the skip
// link (its handler keeps the address). Headings and text stay readable (by assistive technology
// too), and links stay live: they only change the fragment, which the picker follows and the app
// reads when it starts. Serialising and re-parsing must give
// the same markup back (the HTML parser would otherwise rebuild some trees differently), checked
// per template.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// A port nothing listens on: every request is answered by the route handler below anyway.
const ORIGIN = 'http://127.0.0.1:9/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The questionnaires are pre-rendered down to their first screenfuls only: to the first
 *  question whose bottom is this far down the page at the capture's 1280 × 800 (two desktop
 *  screens; a phone's narrower page shows fewer questions in more height). Everything after that
 *  question in document order — the later questions, the rest of the page, the footer — is left
 *  to the app, which adds it below what is shown (nothing shown moves). A whole questionnaire was
 *  64 / 81 KB of markup the browser had to download and parse before the first paint. */
const CUT_PX = 1600;

/** What is pre-rendered. `shell` (the Japanese header alone) is the home page's header, which
 *  marks no page as current; `shell-en` the same in English. The ids are the picker's. */
const CAPTURES = [
  { id: 'home', hash: '', lang: 'ja', templates: [['home', 'page'], ['shell', 'header']] },
  { id: 'sme', hash: '#/sme', lang: 'ja', templates: [['sme', 'page']], cut: CUT_PX },
  { id: 'executive', hash: '#/executive', lang: 'ja', templates: [['executive', 'page']], cut: CUT_PX },
  { id: 'home-en', hash: '', lang: 'en', templates: [['shell-en', 'header']] },
];

async function loadPlaywright(source) {
  const require = createRequire(join(source, 'tests', 'e2e', 'package.json'));
  let path;
  try {
    path = require.resolve('@playwright/test');
  } catch {
    throw new Error(
      'the pre-render needs @playwright/test from tests/e2e (run `bash .ci/setup.sh`, or build with SHINDAN_PRERENDER=0)',
    );
  }
  const mod = await import(pathToFileURL(path).href);
  const { LAUNCH } = await import(pathToFileURL(join(source, 'tests', 'e2e', 'chromium.mjs')).href);
  return { chromium: mod.chromium || mod.default.chromium, LAUNCH };
}

/** Runs in the page before its scripts: sets the language, and takes <body>'s markup when the
 *  app has started and again on request. */
function instrument(lang) {
  if (lang === 'en') localStorage.setItem('shindan.v1.lang', '"en"');
  const snap = () => {
    const nodes = [];
    const stray = [];
    for (const n of document.body.childNodes) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if (!/^(SCRIPT|TEMPLATE|NOSCRIPT)$/.test(n.tagName)) nodes.push(n.outerHTML);
      } else if (n.nodeType === Node.TEXT_NODE ? n.textContent.trim() !== '' : n.nodeType !== Node.COMMENT_NODE) {
        stray.push(n.nodeName);
      }
    }
    return { nodes, stray, title: document.title, lang: document.documentElement.lang, h1: !!document.querySelector('main h1') };
  };
  window.__prerenderSnap = snap;
  // Sent by the app's shell after its first render (src/app.rs): from the first screen's build,
  // or for another page from the whole app's, which the first screen starts (src/boot.rs).
  addEventListener('shindan-rendered', () => {
    if (!window.__prerenderFirst) window.__prerenderFirst = snap();
  });
}

/** Runs in a blank page (no CSP): re-parses the markup, checks it round-trips, cuts it after
 *  question `cut` (if any; see CUT_PX), marks it. */
function mark({ html, cut }) {
  const t = document.createElement('template');
  t.innerHTML = html;
  const back = t.innerHTML;
  if (cut != null) {
    // Everything after that question in document order: its following siblings, and those of
    // each ancestor up to the top level (the rest of <main>, the footer).
    let n = t.content.querySelectorAll('main fieldset[data-item]')[cut];
    for (; n && n !== t.content; n = n.parentNode) while (n.nextSibling) n.nextSibling.remove();
  }
  for (const e of t.content.children) {
    e.setAttribute('data-prerender', '');
    for (const c of e.querySelectorAll('button, input, select, textarea, label, details, a[href="#main"]')) {
      if (!c.closest('[inert]')) c.setAttribute('inert', '');
    }
  }
  return { back, marked: t.innerHTML };
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: «${a.slice(Math.max(0, i - 80), i + 80)}» vs «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}

/** Loads one page of CAPTURES in its own context; returns its snapshots (checked). */
async function capture(browser, cap, { stage, html }) {
  const started = Date.now();
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  try {
    const missing = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin + '/' !== ORIGIN) return route.abort();
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      if (path === '/index.html') return route.fulfill({ status: 200, contentType: TYPES['.html'], body: html });
      const file = normalize(join(stage, path));
      if (!file.startsWith(stage + sep)) return route.fulfill({ status: 403 });
      try {
        const body = await readFile(file);
        return route.fulfill({ status: 200, contentType: TYPES[extname(file)] || 'application/octet-stream', body });
      } catch {
        missing.push(path);
        return route.fulfill({ status: 404 });
      }
    });
    await context.addInitScript(instrument, cap.lang);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(ORIGIN + cap.hash);
    const first = await page
      .waitForFunction(() => window.__prerenderFirst, null, { timeout: 180_000, polling: 20 })
      .then((h) => h.jsonValue());
    // Settle: the network quiet and two frames, then the same capture again.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const settled = await page.evaluate(() => window.__prerenderSnap());
    // Where a questionnaire's pre-render ends: the index of the first question reaching `cut`.
    const cut = cap.cut
      ? await page.evaluate((px) => {
          const items = [...document.querySelectorAll('main fieldset[data-item]')];
          const i = items.findIndex((f) => f.getBoundingClientRect().bottom + scrollY >= px);
          return i < 0 ? null : i;
        }, cap.cut)
      : null;
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('shindan.')).sort());

    const where = `${cap.hash || '#/'} (${cap.lang})`;
    if (errors.length) throw new Error(`${where}: errors while the app started: ${errors.join(' | ')}`);
    if (!first.h1) throw new Error(`${where}: no <main> heading when the app reported it had started`);
    if (first.stray.length) throw new Error(`${where}: <body> holds nodes other than elements: ${first.stray.join(', ')}`);
    if (settled.lang !== cap.lang) throw new Error(`${where}: rendered in "${settled.lang}"`);
    const a = first.nodes.join('');
    const b = settled.nodes.join('');
    if (a !== b) {
      throw new Error(`${where}: the app changed its first screen after starting, ${firstDifference(a, b)}`);
    }
    // The picker shows these pages only to a visit with nothing stored but the language; the
    // visit itself must leave nothing else (or the next visit would see the shell).
    if (stored.some((k) => k !== 'shindan.v1.lang')) {
      throw new Error(`${where}: a fresh visit stored ${stored.join(', ')}; the picker (src/web/prerender-pick.js) expects only shindan.v1.lang`);
    }
    const note = missing.length ? ` (not in the build: ${missing.join(', ')})` : '';
    const upTo = cut == null ? '' : `, to question ${cut + 1}`;
    return { where, first, settled, cut, note: `${where} captured in ${((Date.now() - started) / 1000).toFixed(1)} s${upTo}${note}` };
  } finally {
    await context.close();
  }
}

/**
 * Captures every page of CAPTURES from the staged build (two at a time) and returns the
 * data blocks. `html` is the staged index.html as the browser must get it for the capture (CSP
 * filled in, no pre-render).
 */
export async function prerender({ stage, source, html, log }) {
  const { chromium, LAUNCH } = await loadPlaywright(source);
  const browser = await chromium.launch(LAUNCH);
  const out = [];
  try {
    const results = [];
    for (let i = 0; i < CAPTURES.length; i += 2) {
      results.push(...(await Promise.all(CAPTURES.slice(i, i + 2).map((cap) => capture(browser, cap, { stage, html })))));
    }
    const blank = await browser.newPage();
    for (const [k, cap] of CAPTURES.entries()) {
      const { where, first, settled, cut, note } = results[k];
      for (const [id, part] of cap.templates) {
        const nodes = part === 'page' ? first.nodes : first.nodes.filter((n) => /^<header\b/.test(n)).slice(0, 1);
        if (!nodes.length) throw new Error(`${where}: no <header> to take as the shell`);
        const markup = nodes.join('');
        const { back, marked } = await blank.evaluate(mark, { html: markup, cut: part === 'page' ? cut : null });
        if (back !== markup) {
          throw new Error(`${where}: the markup does not survive re-parsing, ${firstDifference(markup, back)}`);
        }
        // A data block's text ends at the first `</script`, and `<!--` would change how the
        // parser reads it: neither may be in the markup (an attribute value could hold them).
        if (/<\/script|<!--/i.test(marked)) {
          throw new Error(`${where}: the markup holds "</script" or "<!--", which a data block cannot carry`);
        }
        const title = part === 'page' ? ` data-title="${attr(settled.title)}"` : '';
        out.push({
          id,
          html: `<script type="text/html" id="prerender-${id}" data-lang="${cap.lang}"${title}>${marked}</script>`,
        });
      }
      log(note);
    }
  } finally {
    await browser.close();
  }
  return out;
}
