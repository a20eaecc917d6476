// Shindan against its floor. NOT part of the test gate: nothing here asserts a timing.
// Run through `.ci/bench.sh`, which builds the floor app (bench/floor: one Yew 0.23 component with
// one radio group and a total, Shindan's release profile and tools), serves Shindan's dist/ and the
// floor's dist/ on two ports and passes:
//
//   node tests/e2e/bench/floor.mjs --url http://127.0.0.1:P/ --dist DIR
//        --floor-url http://127.0.0.1:Q/ --floor-dist DIR [--runs 10] [--out FILE]
//
// Three comparisons, each printed as Shindan | floor | ratio | target:
// - first load, brotli (q11) bytes of what each page fetched before its first radio rendered
//   (HTML, JS glue, wasm, CSS; Shindan on #/sme/stage2, as bench.mjs counts it);
// - navigation → interactive at 4× CPU (the probe of probe.mjs: first radio attached, clicked,
//   the total re-rendered), Shindan on #/sme/stage2 against the floor app, runs alternated;
// - first contentful paint at 4× CPU, Shindan's home page against a static page with the same
//   HTML and CSS: Shindan's rendered home page (Japanese, fresh storage) captured into
//   floor-static.html in Shindan's dist/ (its <body> markup, the CSS link, no script), so the
//   floor is what the browser needs to paint that screen with no app at all. Runs alternated.
// Timings are medians with min–max over the runs; sizes are exact.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { LAUNCH } from '../chromium.mjs';
import { opt, median, round, brotli } from './common.mjs';
import { INTERACTIVE_PROBE, SHINDAN_PROBE, EXECUTIVE_PROBE, FLOOR_PROBE, HOME_PROBE, PAGE_PROBE } from './probe.mjs';

const URL_BASE = opt('url', 'http://127.0.0.1:8080/');
const DIST = opt('dist', 'dist');
const FLOOR_URL = opt('floor-url', '');
const FLOOR_DIST = opt('floor-dist', '');
const RUNS = Number(opt('runs', '10'));
const OUT = opt('out', '');
const STATIC_NAME = 'floor-static.html';
const log = (...a) => console.error('[floor]', ...a);

// Targets as ratios to the floor (docs/performance.md; the combined table, table.mjs, also sets
// absolute targets: #/sme ≤ 300 KB, #/executive ≤ 1.25 × #/sme, tasks ≤ 50 ms).
const TARGET = { first_load_brotli: null, interactive_4x: 2.5, fcp_4x: 1.2 };

const spread = (xs) => ({
  n: xs.length,
  median: round(median(xs)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
  samples: xs.map((x) => round(x)),
});

async function throttled(browser, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

// ------------------------------------------------------------------ first-load bytes

/** Loads `url` in a fresh profile, records the page's own same-origin requests until the first
 *  radio of `probe` is attached, and sizes the HTML, JS, wasm and CSS among them from `dist`
 *  (sw.js, favicon, manifest and icons are not first-paint assets: as bench.mjs). */
async function firstLoad(browser, url, dist, probe) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const paths = new Set();
  let open = true;
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!open || u.origin !== origin) return;
    let path = decodeURIComponent(u.pathname);
    if (path.endsWith('/')) path += 'index.html';
    paths.add(path);
  });
  await page.goto(url);
  // The app's radio, not the pre-render's, which is there before any script ran.
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((e) => !e.closest('[data-prerender]')),
    probe.radio,
    { timeout: 120_000 },
  );
  open = false;
  await context.close();
  const assets = [];
  for (const path of paths) {
    const file = join(dist, path);
    if (!/\.(html|js|wasm|css)$/.test(path) || /(^|\/)sw\.js$/.test(path) || !existsSync(file)) continue;
    const buf = readFileSync(file);
    assets.push({ asset: path.slice(1), raw: buf.length, brotli: brotli(buf) });
  }
  assets.sort((a, b) => b.brotli - a.brotli);
  return { assets, raw: assets.reduce((a, r) => a + r.raw, 0), brotli: assets.reduce((a, r) => a + r.brotli, 0) };
}

// ------------------------------------------------------------------ navigation → interactive

async function interactiveOnce(browser, url, probe) {
  const { context, page } = await throttled(browser, 4);
  await page.addInitScript(INTERACTIVE_PROBE, probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench && window.__bench.interactive !== null, null, { timeout: 120_000, polling: 50 });
  const t = await page.evaluate(() => window.__bench.interactive);
  await context.close();
  return t;
}

// ------------------------------------------------------------------ long tasks

/** The main thread's tasks of 50 ms or more (the Long Tasks API) that start after the wasm has
 *  arrived, at 4× CPU, from navigation until the app's first element of `probe` is attached and a
 *  further 1.5 s have passed (the slices that follow the first screenful included). Returns the
 *  longest (0 when none reached 50 ms) and the total blocking time beyond 50 ms of those tasks. */
async function longTasksOnce(browser, url, probe) {
  const { context, page } = await throttled(browser, 4);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((e) => !e.closest('[data-prerender]')),
    probe.radio,
    { timeout: 120_000, polling: 50 },
  );
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm'));
    const arrived = wasm.length ? Math.min(...wasm.map((e) => e.responseEnd)) : 0;
    const tasks = window.__longTasks.filter((t) => t.start >= arrived);
    return {
      longest: tasks.reduce((a, t) => Math.max(a, t.duration), 0),
      blocking: tasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0),
      wasm: wasm.map((e) => e.name.split('/').pop()),
    };
  });
  await context.close();
  return r;
}

async function longTasks(label, url, probe, browser) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await longTasksOnce(browser, url, probe));
    log(`${label} run ${i + 1}/${RUNS}: longest task ${runs[i].longest.toFixed(1)} ms, blocking ${runs[i].blocking.toFixed(1)} ms (${runs[i].wasm.join(', ')})`);
  }
  return { longest: spread(runs.map((r) => r.longest)), blocking: spread(runs.map((r) => r.blocking)), wasm: runs[0] ? runs[0].wasm : [] };
}

// ------------------------------------------------------------------ first contentful paint

async function fcpOnce(browser, url) {
  const { context, page } = await throttled(browser, 4);
  await page.goto(url);
  const t = await page
    .waitForFunction(
      () => {
        const e = performance.getEntriesByName('first-contentful-paint')[0];
        return e ? e.startTime : null;
      },
      null,
      { timeout: 120_000, polling: 50 },
    )
    .then((h) => h.jsonValue());
  await context.close();
  return t;
}

/** Shindan's home page, rendered in Japanese from fresh storage, as a static page without script:
 *  the <html> attributes, the charset/viewport/color-scheme metas, the title, Shindan's CSS
 *  link(s) and the rendered <body> with every <script> removed. Written into Shindan's dist/ so
 *  the same server serves it and the CSS resolves to the same file. */
async function captureStatic(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(URL_BASE);
  // The live app's markup, not the pre-render shown before it starts.
  await page.locator('header.site-header:not([data-prerender])').waitFor({ state: 'visible', timeout: 120_000 });
  await page.locator('main:not([data-prerender]) h1').waitFor({ state: 'visible', timeout: 120_000 });
  // Let the first render settle (two frames) before taking the markup.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const doc = await page.evaluate(() => {
    const html = document.documentElement;
    const attrs = [...html.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
    const head = [...document.head.querySelectorAll('meta[charset], meta[name=viewport], meta[name=color-scheme], title, link[rel=stylesheet]')]
      .map((e) => e.outerHTML)
      .join('\n');
    const body = document.body.cloneNode(true);
    for (const s of body.querySelectorAll('script, template')) s.remove();
    return {
      lang: html.lang,
      css: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
      html: `<!doctype html>\n<html${attrs}>\n<head>\n${head}\n</head>\n${body.outerHTML}\n</html>\n`,
    };
  });
  await context.close();
  if (doc.lang !== 'ja') throw new Error(`Shindan's home page rendered in "${doc.lang}", not Japanese`);
  if (!doc.css.length) throw new Error("no stylesheet link on Shindan's home page");
  if (/<script\b/i.test(doc.html)) throw new Error('the static page still has a script');
  writeFileSync(join(DIST, STATIC_NAME), doc.html);
  return { file: STATIC_NAME, bytes: Buffer.byteLength(doc.html), css: doc.css };
}

// ------------------------------------------------------------------ main

/** Runs `a` and `b` RUNS times each, alternating which goes first, so both see the same load. */
async function paired(label, a, b) {
  const xs = [];
  const ys = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      xs.push(await a());
      ys.push(await b());
    } else {
      ys.push(await b());
      xs.push(await a());
    }
    log(`${label} run ${i + 1}/${RUNS}: Shindan ${xs[i].toFixed(1)} ms, floor ${ys[i].toFixed(1)} ms`);
  }
  return [spread(xs), spread(ys)];
}

const ratio = (a, b) => (a == null || !b ? null : round(a / b, 2));
const fmtInt = (n) => n.toLocaleString('en-US');
const fmtMs = (s) => `${s.median} (${s.min}–${s.max})`;

async function main() {
  if (!FLOOR_URL || !FLOOR_DIST) throw new Error('--floor-url and --floor-dist are required');
  const started = Date.now();
  const browser = await chromium.launch(LAUNCH);
  const machine = {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0] ? os.cpus()[0].model : 'unknown',
    loadavg_start: os.loadavg().map((x) => round(x, 2)),
    chromium: browser.version(),
    date: new Date().toISOString(),
  };
  log('first-load bytes');
  const shindanLoad = await firstLoad(browser, `${URL_BASE}#/sme/stage2`, DIST, SHINDAN_PROBE);
  // The executive check, the other core journey's entry page (a first-screen page).
  const deepLoad = await firstLoad(browser, `${URL_BASE}#/executive`, DIST, EXECUTIVE_PROBE);
  const homeLoad = await firstLoad(browser, URL_BASE, DIST, HOME_PROBE);
  const floorLoad = await firstLoad(browser, FLOOR_URL, FLOOR_DIST, FLOOR_PROBE);
  log('navigation → interactive, 4× CPU (alternating)');
  const [shindanInter, floorInter] = await paired(
    'interactive 4×',
    () => interactiveOnce(browser, `${URL_BASE}#/sme/stage2`, SHINDAN_PROBE),
    () => interactiveOnce(browser, FLOOR_URL, FLOOR_PROBE),
  );
  log('long tasks after the wasm arrived, 4× CPU');
  const smeTasks = await longTasks('long tasks #/sme', `${URL_BASE}#/sme`, PAGE_PROBE, browser);
  const execTasks = await longTasks('long tasks #/executive', `${URL_BASE}#/executive`, EXECUTIVE_PROBE, browser);
  const floorTasks = await longTasks('long tasks floor', FLOOR_URL, FLOOR_PROBE, browser);
  log('static page from Shindan\'s home page');
  const staticPage = await captureStatic(browser);
  log('first contentful paint, 4× CPU (alternating)');
  const [shindanFcp, staticFcp] = await paired(
    'FCP 4×',
    () => fcpOnce(browser, URL_BASE),
    () => fcpOnce(browser, `${URL_BASE}${STATIC_NAME}`),
  );
  await browser.close();
  machine.loadavg_end = os.loadavg().map((x) => round(x, 2));

  const verdict = (r, t) => (r == null ? 'n/a' : r <= t ? 'OK' : 'OVER');
  const rows = [
    {
      metric: 'first load at #/sme (#/sme/stage2), brotli q11 (bytes)',
      shindan: shindanLoad.brotli,
      floor: floorLoad.brotli,
      ratio: ratio(shindanLoad.brotli, floorLoad.brotli),
      target: TARGET.first_load_brotli,
    },
    {
      metric: 'first load at #/executive, brotli q11 (bytes)',
      shindan: deepLoad.brotli,
      floor: floorLoad.brotli,
      ratio: ratio(deepLoad.brotli, floorLoad.brotli),
      target: null,
    },
    {
      metric: `navigation → interactive, 4× CPU (ms, median (min–max) of ${RUNS})`,
      shindan: shindanInter,
      floor: floorInter,
      ratio: ratio(shindanInter.median, floorInter.median),
      target: TARGET.interactive_4x,
    },
    {
      metric: `first contentful paint, 4× CPU; floor = static page (ms, median (min–max) of ${RUNS})`,
      shindan: shindanFcp,
      floor: staticFcp,
      ratio: ratio(shindanFcp.median, staticFcp.median),
      target: TARGET.fcp_4x,
    },
  ];
  for (const r of rows) r.status = r.target == null ? '' : verdict(r.ratio, r.target);
  const result = {
    machine,
    floor_app: 'bench/floor: one Yew 0.23 function component, one radio group of four, a displayed total; Shindan\'s [profile.release], trunk 0.21.14, wasm-bindgen 0.2.130, wasm-opt -Oz (binaryen 132)',
    first_load: { shindan: shindanLoad, floor: floorLoad, shindan_deep_link: deepLoad, shindan_home: homeLoad },
    long_tasks_4x: { sme: smeTasks, executive: execTasks, floor: floorTasks },
    interactive_4x: { shindan: shindanInter, floor: floorInter, shindan_url: '#/sme/stage2' },
    fcp_4x: { shindan: shindanFcp, static_page: staticFcp, shindan_url: '#/', static: staticPage },
    table: rows,
    bench_seconds: Math.round((Date.now() - started) / 1000),
  };

  const cell = (v) => (typeof v === 'number' ? fmtInt(v) : fmtMs(v));
  const L = [];
  L.push(`Shindan against its floor — ${machine.date}`);
  L.push(`machine: ${machine.cpus} cores (${machine.cpu_model}), load ${machine.loadavg_start.join(' ')} → ${machine.loadavg_end.join(' ')}; Chromium ${machine.chromium}`);
  L.push('');
  L.push('| metric | Shindan | floor | ratio | target |');
  L.push('|---|---|---|---|---|');
  for (const r of rows) {
    const target = r.target == null ? '–' : `≤ ${r.target}× ${r.status}`;
    L.push(`| ${r.metric} | ${cell(r.shindan)} | ${cell(r.floor)} | ${r.ratio}× | ${target} |`);
  }
  L.push('');
  const assets = (l) => l.assets.map((a) => `${a.asset} ${fmtInt(a.brotli)}`).join(', ');
  L.push(`first load, brotli by asset — Shindan: ${assets(shindanLoad)}; at #/executive: ${assets(deepLoad)}; floor: ${assets(floorLoad)}`);
  L.push(`static page: ${staticPage.file}, ${fmtInt(staticPage.bytes)} bytes of HTML (Shindan's home page, ja, no script) + ${staticPage.css.join(', ')}`);
  console.log(L.join('\n'));
  console.log('\nJSON:');
  console.log(JSON.stringify(result, null, 2));
  if (OUT) writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
