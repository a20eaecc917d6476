// Security: the built page's Content-Security-Policy (present, strict, passes Google's
// csp_evaluator with no high-severity finding, no violation on any route, really enforced),
// subresource integrity on every emitted asset, and no fragment ever reaching the server.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ORIGIN, LOG_FILE, ROUTES, watch, ready } from './helpers.js';

const require = createRequire(import.meta.url);
const { CspEvaluator } = require('csp_evaluator/dist/evaluator.js');
const { CspParser } = require('csp_evaluator/dist/parser.js');
const { Severity } = require('csp_evaluator/dist/finding.js');

const DIST = new URL('../../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', DIST), 'utf8');

/** The CSP of the built page, from its <meta http-equiv>. */
function builtCsp() {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas, 'exactly one CSP <meta> in dist/index.html').toHaveLength(1);
  return metas[0][1];
}

/** directive -> list of values */
function directives(csp) {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

test('the built page carries a strict CSP that csp_evaluator passes', () => {
  const csp = builtCsp();
  const findings = new CspEvaluator(new CspParser(csp).csp).evaluate();
  const sev = (s) => Object.keys(Severity).find((k) => Severity[k] === s);
  const report = findings.map((f) => `${sev(f.severity)} ${f.directive} ${f.value || ''}: ${f.description}`);
  console.log(`csp_evaluator: ${findings.length} finding(s)${report.length ? '\n  ' + report.join('\n  ') : ''}`);
  const serious = findings.filter((f) =>
    [Severity.HIGH, Severity.SYNTAX, Severity.HIGH_MAYBE, Severity.MEDIUM].includes(f.severity),
  );
  expect(serious.map((f) => f.description), 'no high-severity (or syntax/medium) finding').toEqual([]);

  // The directives the privacy model asks for, exactly.
  const d = directives(csp);
  expect(d['default-src']).toEqual(["'none'"]);
  expect(d['base-uri']).toEqual(["'none'"]);
  expect(d['form-action']).toEqual(["'none'"]);
  expect(d['object-src']).toEqual(["'none'"]);
  // DOM sinks take Trusted Types only, and the one policy is the worker registration's.
  expect(d['require-trusted-types-for']).toEqual(["'script'"]);
  // The worker registration's policy, the pre-render picker's, which parses the one block it
  // shows (src/web/prerender-pick.js), and the SCS pages' worker's (src/web/scs.js).
  expect(d['trusted-types']).toEqual(['shindan-sw', 'shindan-prerender', 'shindan-scs']);
  for (const k of ['style-src', 'img-src', 'connect-src', 'manifest-src', 'worker-src']) {
    expect(d[k], k).toEqual(["'self'"]);
  }
  expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\*|https?:|data:|blob:/);

  // script-src allows exactly two inline scripts, by hash, and what the first imports: Shindan's
  // loader (in place of Trunk's) and the pre-render picker, each the reviewed source
  // file (its comment lines removed) and nothing else.
  // (The pre-render's data blocks, `<script type="text/html">`, are never run.)
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    (m) => !/\bsrc=/.test(m[1]) && !/\btype="text\/html"/.test(m[1]),
  );
  expect(inline, 'two inline scripts: the loader and the pre-render picker').toHaveLength(2);
  const [loader, picker] = inline;
  const reviewed = (file) =>
    readFileSync(new URL(`../../src/web/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => !/^\s*\/\//.test(l))
      .join('\n')
      .trim();
  expect(loader[1].trim(), 'the loader is a classic script').toBe('');
  expect(loader[2], 'the inlined loader is src/web/loader.js').toBe(reviewed('loader.js'));
  expect(picker[1].trim(), 'the picker is a classic script').toBe('');
  expect(picker[2], 'the inlined picker is src/web/prerender-pick.js').toBe(reviewed('prerender-pick.js'));
  const hash = (m) => `'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`;
  expect(d['script-src']).toEqual([hash(loader), hash(picker), "'strict-dynamic'", "'wasm-unsafe-eval'"]);
});

test('every emitted script, stylesheet, preload and icon carries a correct integrity hash', () => {
  const tags = [...html.matchAll(/<(link|script)\b([^>]*)>/gi)].map(([, tag, attrs]) => ({
    tag,
    attrs,
    rel: /\brel="([^"]*)"/.exec(attrs)?.[1],
    url: /\b(?:href|src)="([^"]*)"/.exec(attrs)?.[1],
    integrity: /\bintegrity="([^"]*)"/.exec(attrs)?.[1],
  }));
  const assets = tags.filter((t) => t.url && t.rel !== 'manifest'); // a manifest link has no SRI in HTML
  // (Module preloads: the wasm-bindgen snippets, such as src/web/full.js. The builds' own JS
  // glue and wasm are not preloaded: the loader fetches the one the address needs.)
  const kinds = [...new Set(assets.map((t) => t.rel || t.tag))].sort();
  expect(kinds, 'the build still emits what this test expects').toEqual(['icon', 'modulepreload', 'stylesheet'].sort());
  for (const t of assets) {
    expect(t.integrity, `${t.url} has integrity`).toMatch(/^sha384-[A-Za-z0-9+/]+=*$/);
    const body = readFileSync(new URL(t.url, DIST));
    const actual = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    expect(t.integrity, `${t.url} integrity matches the file`).toBe(actual);
  }
  // The two builds (src/boot.rs), which src/web/loader.js and src/web/full.js preload and fetch
  // with the integrity that post_build.mjs wrote beside their names.
  const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(file, DIST))).digest('base64')}`;
  for (const name of ['shindan-first', 'shindan-full']) {
    const m = new RegExp(`<meta name="${name}" content="([^"]+)" data-js-integrity="([^"]+)" data-wasm-integrity="([^"]+)">`).exec(html);
    expect(m, `${name} is named`).not.toBeNull();
    expect(m[2], `${name}: the JS glue's integrity`).toBe(sri(m[1]));
    expect(m[3], `${name}: the wasm's integrity`).toBe(sri(m[1].replace(/\.js$/, '_bg.wasm')));
  }
});

// A build's files changed in transit (valid JS or wasm, just not the built bytes): the integrity
// checks refuse them and the page says so instead of running them or staying inert. No service
// worker in between, so the test's routes see every request.
test.describe('a tampered build', () => {
  test.use({ serviceWorkers: 'block' });
  const tamper = (page, pattern, change) =>
    page.route(pattern, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: change(Buffer.from(await res.body())) });
    });

  test("the whole app's JS glue with a line added is refused; the first screen says so", async ({ page }) => {
    await tamper(page, /\/shindan-full-[0-9a-f]+\.js$/, (b) => Buffer.concat([b, Buffer.from('\n// changed\n')]));
    await page.goto('/#/results');
    // The loader's attempt fails, the first screen starts and its own attempt fails too.
    await expect(page.locator('#full-load-failed')).toBeVisible();
    await expect(page.locator('main h1')).toHaveCount(0);
  });

  test("the first screen's wasm with a byte changed is refused; the page says it could not load", async ({ page }) => {
    await tamper(page, /\/shindan-[0-9a-f]+_bg\.wasm$/, (b) => {
      b[b.length - 1] ^= 1;
      return b;
    });
    await page.goto('/#/sme');
    await expect(page.locator('#load-failed')).toBeVisible();
    await expect(page.locator('#load-failed')).toContainText('読み込めませんでした');
    // Nothing of the app ran: what shows is the inert pre-render.
    await expect(page.locator('header.site-header:not([data-prerender])')).toHaveCount(0);
    // In the page's language: a stored English choice gets the English line.
    await page.evaluate(() => localStorage.setItem('shindan.v1.lang', '"en"'));
    await page.reload();
    await expect(page.locator('#load-failed')).toContainText('Shindan could not be loaded');
    await expect(page.locator('#load-failed')).toHaveCount(1);
  });
});

test('no CSP violation on any route, and the policy is enforced', async ({ page }) => {
  const w = watch(page);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  for (const route of ROUTES) {
    await page.goto(`/${route}`);
    await ready(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    expect(await page.evaluate(() => window.__csp), `CSP violations on ${route}`).toEqual([]);
  }
  // A service worker took control under that CSP (worker-src 'self').
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  w.assertClean(ORIGIN);

  // Canary: the same listener does see a violation, so the empty lists above mean something.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    img.alt = '';
    document.body.append(img);
  });
  await expect
    .poll(() => page.evaluate(() => window.__csp.map((v) => v.split(' ')[0]).sort()))
    .toEqual(['img-src', 'style-src-attr']);
});

test('the static server never sees a fragment', async ({ page }) => {
  const id = Date.now();
  await page.goto(`/?probe=${id}#/privacy/secret-${id}`);
  await ready(page);
  await page.goto(`/nested/sub/path/?probe=${id}#/results/secret-${id}`);
  await ready(page);
  // The query does reach the server (so this log is live and this test's requests are in it)…
  await expect
    .poll(() => readFileSync(LOG_FILE, 'utf8'))
    .toContain(`GET /nested/sub/path/?probe=${id}`);
  // …the fragment never does.
  const log = readFileSync(LOG_FILE, 'utf8');
  expect(log).toContain(`GET /?probe=${id}`);
  expect(log).not.toContain('#');
  expect(log).not.toContain(`secret-${id}`);
});
