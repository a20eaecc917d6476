// Shindan benchmark. NOT part of the test gate: nothing here asserts a timing.
// Run it through `.ci/bench.sh`, which builds the release, serves dist/ and passes:
//
//   node tests/e2e/bench/bench.mjs --url http://127.0.0.1:PORT/ --dist dist
//        [--runs 10] [--answers 250] [--share-json FILE] [--lighthouse-json FILE] [--out FILE]
//
// Prints a table and a JSON document (also written to --out). Every timing is taken inside the
// page with performance.now(); CPU throttling uses CDP Emulation.setCPUThrottlingRate.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { bigLibrary } from './library.mjs';
import { LAUNCH } from '../chromium.mjs';
import { opt, median, round, brotli } from './common.mjs';
import { INTERACTIVE_PROBE, SHINDAN_PROBE } from './probe.mjs';

const URL_BASE = opt('url', 'http://127.0.0.1:8080/');
const DIST = opt('dist', 'dist');
const RUNS = Number(opt('runs', '10'));
const ANSWERS = Number(opt('answers', '250'));
const SHARE_JSON = opt('share-json', '');
const LIGHTHOUSE_JSON = opt('lighthouse-json', '');
const OUT = opt('out', '');
const log = (...a) => console.error('[bench]', ...a);


const BUDGET = {
  first_load_brotli_bytes: 150 * 1024,
  interactive_ms_4x: 500,
  answer_p95_ms_4x: 8,
  share_ratio: 2,
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100 },
};

// ------------------------------------------------------------------ helpers

const sizesOf = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotli(buf),
});

function quantile(sorted, q) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    if (e.startsWith('.')) continue; // Trunk's .stage/ while another build runs
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

async function newPage(browser, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** The live app (not the pre-rendered first screen, whose nodes carry data-prerender). */
async function appReady(page) {
  await page.locator('header.site-header:not([data-prerender])').waitFor({ state: 'visible', timeout: 120_000 });
  await page.locator('main:not([data-prerender]) h1').waitFor({ state: 'visible', timeout: 120_000 });
}

// ------------------------------------------------------------------ 1. transfer sizes

/** Loads #/sme/stage2 (the 25 items' screen) in a fresh profile and records every request, then sizes the files. */
async function measureSizes(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Map(); // path -> {phase, by, type}
  let phase = 'first-paint';
  const record = (req, by) => {
    const u = new URL(req.url());
    if (u.origin !== new URL(URL_BASE).origin) return;
    let path = decodeURIComponent(u.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const key = `${by}:${path}`;
    if (!seen.has(key)) seen.set(key, { path, by, phase, type: req.resourceType() });
  };
  context.on('request', (req) => record(req, req.serviceWorker() ? 'service worker' : 'page'));
  // What the service worker took from the HTTP cache instead of the network (content-hashed
  // names; see src/web/sw.js): Chromium reports a negative encoded body size for those.
  const fromCache = new Set();
  context.on('requestfinished', async (req) => {
    if (!req.serviceWorker()) return;
    const s = await req.sizes().catch(() => null);
    if (s && s.responseBodySize < 0) fromCache.add(decodeURIComponent(new URL(req.url()).pathname));
  });
  await page.goto(`${URL_BASE}#/sme/stage2`);
  await appReady(page);
  await page.locator('fieldset[data-item="sc.01"] input[type=radio]').first().waitFor();
  phase = 'after first paint';
  // Let the service worker install (it precaches the build) and the manifest/icons load.
  await page
    .evaluate(() =>
      navigator.serviceWorker
        ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 15000))])
        : false,
    )
    .catch(() => false);
  await page.waitForTimeout(1500);
  await context.close();

  const distFiles = listFiles(DIST).map((f) => '/' + relative(DIST, f).split('\\').join('/'));
  const rows = [];
  const fetched = new Set();
  for (const { path, by, phase: ph, type } of seen.values()) {
    const file = join(DIST, path);
    if (!existsSync(file)) continue;
    fetched.add(path);
    const s = sizesOf(readFileSync(file));
    // Needed for first paint: the HTML, JS glue, wasm and CSS the page itself fetched before
    // the first question rendered. Not: favicon, manifest, icons, sw.js.
    const critical = by === 'page' && ph === 'first-paint' && /\.(html|js|wasm|css)$/.test(path) && !/(^|\/)sw\.js$/.test(path);
    const cached = by === 'service worker' && fromCache.has(path);
    rows.push({ asset: path.slice(1), fetched_by: cached ? 'service worker (HTTP cache)' : by, type, first_paint: critical, ...s });
  }
  for (const path of distFiles) {
    if (fetched.has(path)) continue;
    rows.push({ asset: path.slice(1), fetched_by: 'not fetched on first load', type: '-', first_paint: false, ...sizesOf(readFileSync(join(DIST, path))) });
  }
  const sum = (pred) =>
    rows.filter(pred).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const uniquePage = (r) => r.fetched_by === 'page';
  return {
    assets: rows,
    total_first_paint: sum((r) => r.first_paint),
    total_page_fetched: sum(uniquePage),
    total_service_worker_fetched: sum((r) => r.fetched_by === 'service worker'),
    total_service_worker_from_http_cache: sum((r) => r.fetched_by === 'service worker (HTTP cache)'),
    total_dist: sum(() => true),
  };
}

// ------------------------------------------------------------------ 2. navigation → interactive

// "Interactive": the first radio of the first self-check question on #/sme/stage2 (sc.01, 実施している)
// is attached and enabled; it is then clicked in a new task, and the time is taken when the click
// is reflected: the radio is checked AND the app re-rendered the count of answered items in the
// progress bar ([data-testid=sme-progress-count] text changed). Times are performance.now(), i.e. from navigation start.
// The probe itself is in probe.mjs (floor.mjs measures the floor app with it too).

async function measureInteractive(browser, rate, runs, seed = null) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await newPage(browser, rate);
    if (seed) await seedStorage(context, seed);
    await page.addInitScript(INTERACTIVE_PROBE, SHINDAN_PROBE);
    await page.goto(`${URL_BASE}#/sme/stage2`);
    await page.waitForFunction(() => window.__bench && window.__bench.interactive !== null, null, { timeout: 120_000, polling: 50 });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        ready: window.__bench.ready,
        interactive: window.__bench.interactive,
        fcp: fcp ? fcp.startTime : null,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
      };
    });
    out.push(r);
    log(`interactive ${rate}x run ${i + 1}/${runs}: ${r.interactive.toFixed(1)} ms (radio ready ${r.ready.toFixed(1)}, FCP ${r.fcp && r.fcp.toFixed(1)})`);
    await context.close();
  }
  const col = (k) => out.map((r) => r[k]).filter((x) => x != null);
  return {
    cpu_throttle: rate,
    runs,
    median_interactive_ms: round(median(col('interactive'))),
    median_radio_ready_ms: round(median(col('ready'))),
    median_fcp_ms: round(median(col('fcp'))),
    min_interactive_ms: round(Math.min(...col('interactive'))),
    max_interactive_ms: round(Math.max(...col('interactive'))),
    samples_ms: col('interactive').map((x) => round(x)),
  };
}

// ------------------------------------------------------------------ 3. answer → update

// In the page: performance.now() right before input.click(), until a MutationObserver sees the
// SME path's running total ([data-testid=sc-total-so-far], on every screen) show a different
// text. Each answer gives its item a different point value than its previous answer, so the
// total always changes. A macrotask separates answers.
async function measureAnswers(browser, rate, n, seed = null) {
  const { context, page, cdp } = await newPage(browser, 1);
  if (seed) await seedStorage(context, seed);
  await page.goto(`${URL_BASE}#/sme/stage2`);
  await appReady(page);
  await page.locator('fieldset[data-item="sc.25"] input[type=radio]').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const samples = await page.evaluate(async (count) => {
    const OPTS = ['implemented', 'partial', 'not_implemented', 'dont_know'];
    const summary = document.querySelector('[data-testid=sc-total-so-far]').closest('section') || document.body;
    const text = () => document.querySelector('[data-testid=sc-total-so-far]').textContent;
    const times = [];
    for (let k = 0; k < count; k++) {
      const item = (k % 25) + 1;
      const round = Math.floor(k / 25);
      const value = OPTS[(round + item) % 4];
      const id = `sc.${String(item).padStart(2, '0')}`;
      const input = document.querySelector(`fieldset[data-item="${id}"] input[value="${value}"]`);
      const before = text();
      const t = await new Promise((resolve, reject) => {
        let t0 = 0;
        const mo = new MutationObserver(() => {
          if (text() !== before) {
            mo.disconnect();
            resolve(performance.now() - t0);
          }
        });
        mo.observe(summary, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error(`no update after answering ${id}=${value}`)), 20000);
        t0 = performance.now();
        input.click();
      });
      times.push(t);
      await new Promise((r) => setTimeout(r, 0));
    }
    return times;
  }, n);
  await context.close();
  const s = [...samples].sort((a, b) => a - b);
  return {
    cpu_throttle: rate,
    answers: samples.length,
    method: 'in-page performance.now() from input.click() to a MutationObserver seeing the running total ([data-testid=sc-total-so-far]) change',
    p50_ms: round(quantile(s, 0.5), 2),
    p95_ms: round(quantile(s, 0.95), 2),
    max_ms: round(s[s.length - 1], 2),
    mean_ms: round(samples.reduce((a, b) => a + b, 0) / samples.length, 2),
  };
}

// ------------------------------------------------------------------ 3b. a big library

/** Puts `entries` into the context's localStorage before the app's first script runs. */
async function seedStorage(context, entries) {
  await context.addInitScript((e) => {
    if (sessionStorage.getItem('bench-seeded')) return;
    for (const [k, v] of e) localStorage.setItem(k, v);
    sessionStorage.setItem('bench-seeded', '1');
  }, entries);
}

// ------------------------------------------------------------------ 4. localStorage

/** Answers everything through the UI (SME page, then executive page), then sums shindan.* keys. */
async function measureStorage(browser) {
  const { context, page } = await newPage(browser, 1);
  const fillRadios = async (prefixes) => {
    const items = await page.locator('fieldset[data-item]').evaluateAll((els) => els.map((e) => e.dataset.item));
    let i = 0;
    for (const id of items) {
      if (!prefixes.some((p) => id.startsWith(p))) continue;
      const radios = page.locator(`fieldset[data-item="${id}"] input[type=radio]`);
      const count = await radios.count();
      if (!count) continue;
      await radios.nth(i++ % count).check();
    }
    return i;
  };
  // The SME path is one screen per stage: the 5 To-dos, the policy and the 25 items, the initiatives.
  let sme = 0;
  for (const screen of ['stage1', 'stage2', 'initiatives']) {
    await page.goto(`${URL_BASE}#/sme/${screen}`);
    await appReady(page);
    sme += await fillRadios(['sme.art', 'sc.', 'sme.act']);
    for (const id of ['#policy-established', '#policy-published']) {
      if (await page.locator(id).count()) await page.locator(id).check();
    }
  }
  await page.goto(`${URL_BASE}#/executive`);
  await appReady(page);
  const exec = await fillRadios(['v3.a1.', 'v3.a2.']);
  let tiers = 0;
  for (let d = 1; d <= 10; d++) {
    for (const [end, v] of [['current', d % 5], ['target', 4]]) {
      const sel = page.locator(`[id="v3.d${d}--tier-${end}"]`);
      if (await sel.count()) {
        await sel.selectOption(String(v));
        tiers++;
      }
    }
  }
  await page.waitForTimeout(500);
  const st = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('shindan.'));
    const enc = new TextEncoder();
    let utf16 = 0;
    let utf8 = 0;
    const perKey = {};
    for (const k of keys) {
      const v = localStorage.getItem(k) || '';
      utf16 += k.length + v.length;
      utf8 += enc.encode(k).length + enc.encode(v).length;
      perKey[k] = k.length + v.length;
    }
    return { keys: keys.length, utf16_code_units: utf16, utf8_bytes: utf8, per_key: perKey };
  });
  await context.close();
  return { answered: { sme_radios: sme, exec_radios: exec, tier_selects: tiers }, ...st };
}

// ------------------------------------------------------------------ main

function readJson(path) {
  if (!path || !existsSync(path)) return null;
  try {
    const t = readFileSync(path, 'utf8').trim();
    return t ? JSON.parse(t) : null;
  } catch {
    return null;
  }
}

const fmtKB = (b) => (b / 1024).toFixed(1);
const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));

async function main() {
  const started = Date.now();
  const browser = await chromium.launch(LAUNCH);
  const machine = {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0] ? os.cpus()[0].model : 'unknown',
    mem_gib: round(os.totalmem() / 2 ** 30, 1),
    loadavg_start: os.loadavg().map((x) => round(x, 2)),
    node: process.version,
    chromium: browser.version(),
    date: new Date().toISOString(),
  };
  log('sizes');
  const sizes = await measureSizes(browser);
  log('navigation → interactive, 4× throttle');
  const inter4 = await measureInteractive(browser, 4, RUNS);
  log('navigation → interactive, unthrottled');
  const inter1 = await measureInteractive(browser, 1, RUNS);
  log(`answer → update, ${ANSWERS} answers, 4× throttle`);
  const answers = await measureAnswers(browser, 4, ANSWERS);
  const big = bigLibrary(300);
  const bigChars = big.reduce((a, [k, v]) => a + k.length + v.length, 0);
  // The same open assessment (its ten long notes make every write ~8 KB) alone: what the library's
  // size adds is the ratio of the two, with the record written per answer the same.
  log('answer → update with the big library\'s open assessment alone, 4× throttle');
  const answersOne = await measureAnswers(browser, 4, ANSWERS, bigLibrary(1));
  log(`answer → update with 300 stored assessments (${bigChars} UTF-16 code units), 4× throttle`);
  const answersBig = await measureAnswers(browser, 4, ANSWERS, big);
  log('navigation → interactive with 300 stored assessments, 4× throttle');
  const interBig = await measureInteractive(browser, 4, Math.min(RUNS, 5), big);
  const bigLib = {
    assessments: 300,
    utf16_code_units: bigChars,
    answer_update: answersBig,
    interactive_4x: interBig,
    same_record_alone: answersOne,
    ratio_p50: round(answersBig.p50_ms / answersOne.p50_ms, 2),
    ratio_p95: round(answersBig.p95_ms / answersOne.p95_ms, 2),
    ratio_p50_vs_blank: round(answersBig.p50_ms / answers.p50_ms, 2),
    ratio_p95_vs_blank: round(answersBig.p95_ms / answers.p95_ms, 2),
  };
  log('localStorage after a complete assessment');
  const storage = await measureStorage(browser);
  await browser.close();
  machine.loadavg_end = os.loadavg().map((x) => round(x, 2));

  const shareRaw = readJson(SHARE_JSON);
  const share = shareRaw && shareRaw.payload_chars ? shareRaw : { status: 'n/a (share codec not built yet)' };
  const lighthouse = readJson(LIGHTHOUSE_JSON) || { status: 'not run (BENCH_LIGHTHOUSE=0, or Lighthouse failed: see stderr)' };

  const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'OK' : 'OVER');
  const budgets = {
    first_load_brotli: { value: sizes.total_first_paint.brotli, budget: BUDGET.first_load_brotli_bytes, status: verdict(sizes.total_first_paint.brotli <= BUDGET.first_load_brotli_bytes) },
    interactive_4x_ms: { value: inter4.median_interactive_ms, budget: BUDGET.interactive_ms_4x, status: verdict(inter4.median_interactive_ms <= BUDGET.interactive_ms_4x) },
    answer_p95_4x_ms: { value: answers.p95_ms, budget: BUDGET.answer_p95_ms_4x, status: verdict(answers.p95_ms <= BUDGET.answer_p95_ms_4x) },
    big_library_p95_ratio: { value: bigLib.ratio_p95, budget: 1.2, status: verdict(bigLib.ratio_p95 <= 1.2) },
    big_library_p50_ratio: { value: bigLib.ratio_p50, budget: 1.2, status: verdict(bigLib.ratio_p50 <= 1.2) },
    share_vs_minimum: { value: share.ratio ?? null, budget: BUDGET.share_ratio, status: verdict(share.ratio == null ? null : share.ratio <= BUDGET.share_ratio) },
  };
  if (lighthouse.performance != null) {
    for (const [k, min] of Object.entries(BUDGET.lighthouse)) {
      budgets[`lighthouse_${k}`] = { value: lighthouse[k], budget: min, status: verdict(lighthouse[k] >= min) };
    }
  }
  const result = { machine, sizes, interactive: { throttled_4x: inter4, unthrottled: inter1 }, answer_update: answers, big_library: bigLib, share_link: share, local_storage: storage, lighthouse, budgets, bench_seconds: Math.round((Date.now() - started) / 1000) };

  // ---- table
  const L = [];
  L.push(`Shindan benchmark — ${machine.date}`);
  L.push(`machine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.mem_gib} GiB, load ${machine.loadavg_start.join(' ')} → ${machine.loadavg_end.join(' ')}; ${machine.node}; Chromium ${machine.chromium}`);
  L.push('');
  L.push('Transfer sizes (bytes; gzip = zlib -9, brotli = q11)');
  L.push(`${pad('asset', 42)} ${pad('fetched by', 26)} ${pad('1st paint', 9)} ${pad('raw', 9, true)} ${pad('gzip', 9, true)} ${pad('brotli', 9, true)}`);
  const order = (r) => (r.first_paint ? 0 : r.fetched_by === 'page' ? 1 : r.fetched_by.startsWith('service worker') ? 2 : 3);
  for (const r of [...sizes.assets].sort((a, b) => order(a) - order(b) || b.brotli - a.brotli)) {
    L.push(`${pad(r.asset, 42)} ${pad(r.fetched_by, 26)} ${pad(r.first_paint ? 'yes' : 'no', 9)} ${pad(r.raw, 9, true)} ${pad(r.gzip, 9, true)} ${pad(r.brotli, 9, true)}`);
  }
  const tot = (label, t) => L.push(`${pad(label, 79)} ${pad(t.raw, 9, true)} ${pad(t.gzip, 9, true)} ${pad(t.brotli, 9, true)}`);
  tot('TOTAL needed for first paint (html + JS glue + wasm + CSS)', sizes.total_first_paint);
  tot('total fetched by the page on first load (adds favicon, manifest, icons, sw.js)', sizes.total_page_fetched);
  tot('fetched by the service worker after first paint over the network (offline precache)', sizes.total_service_worker_fetched);
  tot('taken by the service worker from the HTTP cache (content-hashed names, no transfer)', sizes.total_service_worker_from_http_cache);
  L.push('');
  L.push('Timings (ms, in-page performance.now(); interactive = from navigation start)');
  L.push(`  navigation → first question interactive, 4× CPU: median ${inter4.median_interactive_ms} (radio attached ${inter4.median_radio_ready_ms}, FCP ${inter4.median_fcp_ms}; min ${inter4.min_interactive_ms}, max ${inter4.max_interactive_ms}; n=${inter4.runs})`);
  L.push(`  navigation → first question interactive, 1× CPU: median ${inter1.median_interactive_ms} (radio attached ${inter1.median_radio_ready_ms}, FCP ${inter1.median_fcp_ms}; min ${inter1.min_interactive_ms}, max ${inter1.max_interactive_ms}; n=${inter1.runs})`);
  L.push(`  answer → scores and chart updated, 4× CPU: p50 ${answers.p50_ms}, p95 ${answers.p95_ms}, max ${answers.max_ms} (n=${answers.answers})`);
  L.push(`  an assessment with ten long notes, alone: p50 ${answersOne.p50_ms}, p95 ${answersOne.p95_ms}, max ${answersOne.max_ms} (n=${answersOne.answers})`);
  L.push(`  the same assessment among 300 such (${bigLib.utf16_code_units} UTF-16 code units stored): p50 ${answersBig.p50_ms}, p95 ${answersBig.p95_ms}, max ${answersBig.max_ms} (n=${answersBig.answers}); ratio to alone p50 ${bigLib.ratio_p50}, p95 ${bigLib.ratio_p95}; to the blank assessment p50 ${bigLib.ratio_p50_vs_blank}, p95 ${bigLib.ratio_p95_vs_blank}`);
  L.push(`  navigation → first question interactive with 300 stored assessments, 4× CPU: median ${interBig.median_interactive_ms} (min ${interBig.min_interactive_ms}, max ${interBig.max_interactive_ms}; n=${interBig.runs})`);
  L.push('');
  L.push(share.payload_chars
    ? `Share link (complete executive + SME, no notes/name): payload ${share.payload_chars} chars (fragment ${share.fragment_chars}); information minimum ${share.min_bits} bits = ${share.min_chars} base64url chars; ratio ${share.ratio}`
    : `Share link: ${share.status}`);
  L.push(`localStorage after one complete assessment (${storage.answered.sme_radios} SME + ${storage.answered.exec_radios} executive answers, ${storage.answered.tier_selects} tiers): ${storage.keys} shindan.* keys, ${storage.utf16_code_units} UTF-16 code units (key+value), ${storage.utf8_bytes} UTF-8 bytes`);
  L.push(lighthouse.performance != null
    ? `Lighthouse (mobile): performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse['best-practices']}`
    : `Lighthouse: ${lighthouse.status}`);
  L.push('');
  L.push('Budgets');
  for (const [k, v] of Object.entries(budgets)) L.push(`  ${pad(k, 28)} ${pad(v.value ?? 'n/a', 10, true)}  budget ${pad(v.budget, 8)} ${v.status}`);
  console.log(L.join('\n'));
  console.log('\nJSON:');
  console.log(JSON.stringify(result, null, 2));
  if (OUT) writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
