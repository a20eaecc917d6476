// Shindan benchmark, the supply-chain register at 1,000 partners. NOT part of the
// test gate: nothing here asserts a timing. `.ci/bench.sh` runs it after bench.mjs:
//
//   node tests/e2e/bench/supply.mjs --url http://127.0.0.1:PORT/ --seed target/bench/supply-seed.json
//        [--runs 5] [--updates 10] [--native-json FILE] [--out FILE] [--merge-into bench.json]
//
// The seed is written by `cargo run --release -p shindan-core --example bench_supply -- --seed FILE`: the stored
// register with 1,000 requests (one per partner, each with its own P-256 key as JWK) and 1,000
// response links sealed natively to those keys. Per run, in a fresh browser profile at 1× CPU:
//
// - import: the register is put in localStorage before the app starts; on #/partners the 1,000
//   links are pasted into the import box (value set + one `input` event), then the import button
//   is clicked. Times in the page with performance.now(): paste → button enabled; click → the
//   per-line report holds 1,000 lines (a MutationObserver), and → the next frame; click → the
//   register with 1,000 partners is in localStorage. "paste → report shown" is their sum.
// - overview update: with the 1,000 partners listed, the search box gets a whole term (what an
//   IME commit or a paste gives: one `input` event) and the sort select a new value (one `change`
//   event); the time runs to the MutationObserver callback that sees the table changed (caption
//   count, or the first rows' order), and to the next frame.
// - storage: the register's localStorage value, in UTF-16 code units (what the quota counts:
//   Chromium allows 10 MiB of UTF-16 per origin = 5 Mi code units, key + value; Firefox 5 MiB)
//   and in UTF-8 bytes.
//
// Prints a table and a JSON document (also written to --out, and merged into --merge-into under
// "supply_1000" when that file exists).
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { LAUNCH } from '../chromium.mjs';
import { args, opt, median, round } from './common.mjs';

const URL_BASE = opt('url', 'http://127.0.0.1:8080/');
const SEED = opt('seed', '../../target/bench/supply-seed.json');
const RUNS = Number(opt('runs', '5'));
const UPDATES = Number(opt('updates', '10'));
const NATIVE_JSON = opt('native-json', '');
const OUT = opt('out', '');
const MERGE = opt('merge-into', '');
// --trace: one run under a DevTools trace instead of the benchmark: every main-thread task over
// 5 ms during the import and the updates, with what filled it (script, style, layout, paint…).
// --profile: one run under a CDP CPU profile (50 µs sampling): self and inclusive ms per
// function (Rust names with the build of `.ci/profile.sh supply`).
const TRACE = args.includes('--trace');
const PROFILE = args.includes('--profile');
const log = (...a) => console.error('[bench supply]', ...a);

const KEY = 'shindan.v1.supply';
const QUOTA_UTF16 = 5 * 1024 * 1024;
const TARGET = { import_ms: 2000, update_ms: 50 };

const stats = (xs, d = 1) => ({ median: round(median(xs), d), min: round(Math.min(...xs), d), max: round(Math.max(...xs), d), n: xs.length });
const fmt = (s) => `median ${s.median} (${s.min}–${s.max}, n=${s.n})`;

function readJson(path) {
  if (!path || !existsSync(path)) return null;
  try {
    const t = readFileSync(path, 'utf8').trim();
    return t ? JSON.parse(t) : null;
  } catch {
    return null;
  }
}

// In the page: paste, import, wait for the report, the frame and the stored register.
async function importInPage([text, n, key]) {
  const now = () => performance.now();
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = (pred, what, root = document) =>
    new Promise((resolve, reject) => {
      if (pred()) return resolve(now());
      const mo = new MutationObserver(() => {
        if (pred()) {
          mo.disconnect();
          resolve(now());
        }
      });
      mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => {
        mo.disconnect();
        reject(new Error(`timed out waiting for ${what}`));
      }, 120_000);
    });
  const area = document.querySelector('#import-text');
  const button = document.querySelector('#import-go');
  const before = localStorage.getItem(key) || '';
  const t0 = now();
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  const enabled = await until(() => !button.disabled, 'the import button');
  const lines = () => document.querySelectorAll('[data-testid=import-report] li').length;
  const t1 = now();
  button.click();
  const reported = await until(() => lines() === n, `${n} report lines`);
  await nextFrame();
  const painted = now();
  // The store writes after the render: poll for the changed value (cheap length check first).
  let stored = null;
  for (let i = 0; i < 12_000 && stored === null; i++) {
    const v = localStorage.getItem(key) || '';
    if (v.length !== before.length && JSON.parse(v).partners.length === n) stored = now();
    else await new Promise((r) => setTimeout(r, 5));
  }
  const warn = document.querySelectorAll('[data-testid=import-report] li.warn').length;
  return {
    paste_ms: enabled - t0,
    import_dom_ms: reported - t1,
    import_frame_ms: painted - t1,
    paste_to_report_ms: reported - t0,
    paste_to_report_frame_ms: painted - t0,
    click_to_stored_ms: stored === null ? null : stored - t1,
    report_lines: lines(),
    report_errors: warn,
  };
}

// In the page: `count` search updates and `count` sort updates on the overview.
async function updatesInPage(count) {
  const now = () => performance.now();
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const table = document.querySelector('[data-testid=partners-table]');
  const caption = () => document.querySelector('#partners-caption').textContent;
  const firstRows = () =>
    [...document.querySelectorAll('[data-testid=partners-table] tbody tr')].slice(0, 5).map((r) => r.dataset.partner).join('|');
  const measure = async (act, signature, what) => {
    const before = signature();
    let timer;
    let mo;
    const changed = new Promise((resolve, reject) => {
      mo = new MutationObserver(() => {
        if (signature() !== before) resolve(now());
      });
      mo.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
      timer = setTimeout(() => reject(new Error(`no table update after ${what}`)), 60_000);
    });
    const t0 = now();
    act();
    const t = await changed;
    mo.disconnect();
    clearTimeout(timer);
    await nextFrame();
    const frame = now();
    await new Promise((r) => setTimeout(r, 50));
    return { dom: t - t0, frame: frame - t0 };
  };
  const search = document.querySelector('#partners-search');
  const sort = document.querySelector('#partners-sort');
  const terms = ['取引先05', '', '取引先001', '', '取引先0999', ''];
  const rowsAfter = [];
  const out = { search: [], sort: [] };
  for (let k = 0; k < count; k++) {
    const term = terms[k % terms.length];
    out.search.push(
      await measure(
        () => {
          search.value = term;
          search.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: term }));
        },
        caption,
        `search "${term}"`,
      ),
    );
    rowsAfter.push(document.querySelectorAll('[data-testid=partners-table] tbody tr').length);
  }
  for (let k = 0; k < count; k++) {
    const value = k % 2 === 0 ? 'total' : 'added';
    out.sort.push(
      await measure(
        () => {
          sort.value = value;
          sort.dispatchEvent(new Event('change', { bubbles: true }));
        },
        firstRows,
        `sort ${value}`,
      ),
    );
  }
  out.rows_after_search = rowsAfter;
  return out;
}

async function storageInPage(key) {
  const v = localStorage.getItem(key) || '';
  const enc = new TextEncoder();
  let all = 0;
  for (const k of Object.keys(localStorage)) if (k.startsWith('shindan.')) all += k.length + (localStorage.getItem(k) || '').length;
  const reg = JSON.parse(v);
  return {
    key,
    value_utf16_units: v.length,
    key_plus_value_utf16_units: key.length + v.length,
    value_utf16_bytes: 2 * v.length,
    value_utf8_bytes: enc.encode(v).length,
    all_shindan_keys_utf16_units: all,
    partners: reg.partners.length,
    requests: reg.requests.length,
  };
}

/** One import and the updates under a trace (--trace) or a CPU profile (--profile). */
async function diagnose(browser, register, text, n) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('bench-seeded')) return;
      localStorage.setItem(k, v);
      sessionStorage.setItem('bench-seeded', '1');
    },
    [KEY, register],
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${URL_BASE}#/partners`);
  await page.locator('#import-text').waitFor({ timeout: 120_000 });
  const events = [];
  let done;
  if (TRACE) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,v8.wasm,blink.user_timing,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const marks = [];
  const mark = async (name) => marks.push([name, await page.evaluate(() => performance.timeOrigin + performance.now())]);
  await mark('import');
  const imp = await page.evaluate(importInPage, [text, n, KEY]);
  await mark('updates');
  const upd = await page.evaluate(updatesInPage, 4);
  await mark('end');
  console.log(`import: paste→report ${imp.paste_to_report_ms.toFixed(0)} ms, →frame ${imp.paste_to_report_frame_ms.toFixed(0)} ms, →stored ${imp.click_to_stored_ms?.toFixed(0)} ms`);
  console.log(`search: ${upd.search.map((x) => `${x.dom.toFixed(0)}/${x.frame.toFixed(0)}`).join(' ')} ms (DOM/frame); sort: ${upd.sort.map((x) => `${x.dom.toFixed(0)}/${x.frame.toFixed(0)}`).join(' ')}`);
  if (TRACE) {
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain');
    const mainEv = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const t0 = Math.min(...mainEv.map((e) => e.ts));
    const total = {};
    for (const t of mainEv.filter((e) => e.name === 'RunTask' && e.dur > 5000)) {
      const inner = mainEv.filter((e) => e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e !== t && e.name !== 'RunTask');
      // Self time per event name: an event's duration minus its direct children's.
      const by = {};
      for (const e of inner) {
        const kids = inner.filter((c) => c !== e && c.ts >= e.ts && c.ts + (c.dur || 0) <= e.ts + (e.dur || 0));
        const direct = kids.filter((c) => !kids.some((d) => d !== c && d.ts <= c.ts && d.ts + (d.dur || 0) >= c.ts + (c.dur || 0)));
        const self = (e.dur || 0) - direct.reduce((a, c) => a + (c.dur || 0), 0);
        by[e.name] = (by[e.name] || 0) + self;
        total[e.name] = (total[e.name] || 0) + self;
      }
      const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' ');
      console.log(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} +${(t.dur / 1000).toFixed(0).padStart(5)} ms  ${top}`);
    }
    console.log('self time over those tasks (ms):', Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '));
  } else {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((x) => [x.id, x]));
    const parent = new Map();
    for (const x of profile.nodes) for (const c of x.children || []) parent.set(c, x.id);
    const dt = profile.timeDeltas;
    const self = new Map();
    const incl = new Map();
    const nm = (x) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}`;
    profile.samples.forEach((id, i) => {
      const d = (dt[i + 1] ?? 0) / 1000;
      self.set(nm(byId.get(id)), (self.get(nm(byId.get(id))) || 0) + d);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const k = nm(byId.get(cur));
        if (!seen.has(k)) {
          seen.add(k);
          incl.set(k, (incl.get(k) || 0) + d);
        }
      }
    });
    const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
    console.log('SELF ms');
    for (const [k, v] of top(self, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
    console.log('INCLUSIVE ms');
    for (const [k, v] of top(incl, Number(process.env.TOP || 60))) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
  }
  await context.close();
}

async function main() {
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));
  const register = JSON.stringify(seed.register);
  const links = seed.links;
  const n = links.length;
  const text = links.join('\n');
  const browser = await chromium.launch(LAUNCH);
  const machine = {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0] ? os.cpus()[0].model : 'unknown',
    loadavg_start: os.loadavg().map((x) => round(x, 2)),
    chromium: browser.version(),
    date: new Date().toISOString(),
  };
  if (TRACE || PROFILE) {
    await diagnose(browser, register, text, n);
    await browser.close();
    return;
  }
  const runs = [];
  let storage = null;
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext();
    await context.addInitScript(
      ([k, v]) => {
        if (sessionStorage.getItem('bench-seeded')) return;
        localStorage.setItem(k, v);
        sessionStorage.setItem('bench-seeded', '1');
      },
      [KEY, register],
    );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(`${URL_BASE}#/partners`);
    await page.locator('#import-text').waitFor({ timeout: 120_000 });
    const imp = await page.evaluate(importInPage, [text, n, KEY]).catch(async (e) => {
      throw new Error(`run ${r + 1}: ${e.message}`);
    });
    if (imp.report_lines !== n || imp.report_errors) throw new Error(`run ${r + 1}: ${imp.report_errors} of ${imp.report_lines} lines refused`);
    await page.locator('#partners-search').waitFor();
    const upd = await page.evaluate(updatesInPage, UPDATES);
    if (!storage) storage = await page.evaluate(storageInPage, KEY);
    if (errors.length) throw new Error(`run ${r + 1}: page errors ${errors.join('; ')}`);
    log(
      `run ${r + 1}/${RUNS}: paste ${imp.paste_ms.toFixed(0)} + import ${imp.import_dom_ms.toFixed(0)} ms (frame ${imp.import_frame_ms.toFixed(0)}, stored ${imp.click_to_stored_ms?.toFixed(0)}); ` +
        `search median ${median(upd.search.map((s) => s.dom)).toFixed(1)} ms, sort median ${median(upd.sort.map((s) => s.dom)).toFixed(1)} ms`,
    );
    runs.push({ import: imp, updates: upd });
    await context.close();
  }
  await browser.close();
  machine.loadavg_end = os.loadavg().map((x) => round(x, 2));

  const col = (f) => runs.map(f).filter((x) => x != null);
  const flat = (k, f) => runs.flatMap((r) => r.updates[k].map(f));
  // What the user sees: the next frame after the DOM changed.
  const importTotal = stats(col((r) => r.import.paste_to_report_frame_ms));
  const searchFrame = stats(flat('search', (s) => s.frame));
  const sortFrame = stats(flat('sort', (s) => s.frame));
  const native = readJson(NATIVE_JSON);
  const verdict = (v, t) => (v == null ? 'n/a' : v <= t ? 'OK' : 'OVER');
  const result = {
    machine,
    partners: n,
    requests: seed.register.requests.length,
    seed_bytes: Buffer.byteLength(register) + Buffer.byteLength(text),
    cpu_throttle: 1,
    runs: RUNS,
    method:
      'in-page performance.now(); import: value set + input event on #import-text until #import-go is enabled, then click until the report holds every line (MutationObserver) / the next frame / the register is in localStorage; updates: one input event on #partners-search or change event on #partners-sort until the table changed (MutationObserver) / the next frame',
    import: {
      paste_to_report_shown_ms: importTotal,
      paste_to_report_dom_ms: stats(col((r) => r.import.paste_to_report_ms)),
      paste_ms: stats(col((r) => r.import.paste_ms)),
      click_to_report_dom_ms: stats(col((r) => r.import.import_dom_ms)),
      click_to_stored_ms: stats(col((r) => r.import.click_to_stored_ms)),
    },
    overview_update: {
      search_shown_ms: searchFrame,
      search_dom_ms: stats(flat('search', (s) => s.dom)),
      sort_shown_ms: sortFrame,
      sort_dom_ms: stats(flat('sort', (s) => s.dom)),
      rows_after_search: runs[0].updates.rows_after_search,
    },
    storage: { ...storage, quota_utf16_units: QUOTA_UTF16, quota_share: round(storage.key_plus_value_utf16_units / QUOTA_UTF16, 3) },
    native: native || { status: 'n/a (bench_supply example did not run)' },
    targets: {
      import_1000_shown_ms: { value: importTotal.median, target: TARGET.import_ms, status: verdict(importTotal.median, TARGET.import_ms) },
      search_update_shown_ms: { value: searchFrame.median, target: TARGET.update_ms, status: verdict(searchFrame.median, TARGET.update_ms) },
      sort_update_shown_ms: { value: sortFrame.median, target: TARGET.update_ms, status: verdict(sortFrame.median, TARGET.update_ms) },
    },
    samples: runs,
  };

  const L = [];
  const s = result.storage;
  L.push(`Supply-chain register at ${n} partners (${result.requests} requests, one key each) — ${machine.date}, 1× CPU, ${RUNS} runs`);
  L.push(`machine: ${machine.cpus} cores (${machine.cpu_model}), load ${machine.loadavg_start.join(' ')} → ${machine.loadavg_end.join(' ')}; Chromium ${machine.chromium}`);
  const i = result.import;
  const u = result.overview_update;
  L.push('  (ms; "shown" = the next frame after the DOM changed, "DOM" = when a MutationObserver saw it)');
  L.push(`  paste → report shown (${n} sealed links):  ${fmt(importTotal)}   target ≤ ${TARGET.import_ms}: ${result.targets.import_1000_shown_ms.status}`);
  L.push(`    paste → import button enabled:          ${fmt(i.paste_ms)}`);
  L.push(`    click → report in the DOM:              ${fmt(i.click_to_report_dom_ms)}`);
  L.push(`    click → register in localStorage:       ${fmt(i.click_to_stored_ms)}`);
  L.push(`  search term → table shown:                ${fmt(searchFrame)}   target ≤ ${TARGET.update_ms}: ${result.targets.search_update_shown_ms.status}`);
  L.push(`    search term → table in the DOM:         ${fmt(u.search_dom_ms)}`);
  L.push(`  sort → table shown:                       ${fmt(sortFrame)}   target ≤ ${TARGET.update_ms}: ${result.targets.sort_update_shown_ms.status}`);
  L.push(`    sort → table in the DOM:                ${fmt(u.sort_dom_ms)}`);
  L.push(
    `  localStorage ${KEY}: ${s.value_utf16_units} UTF-16 code units (${s.value_utf16_bytes} bytes as UTF-16, ${s.value_utf8_bytes} as UTF-8) = ${round(100 * result.storage.quota_share, 1)} % of the 5 MiB quota (5,242,880 code units)`,
  );
  if (native && native.partners) {
    L.push(
      `  native (bench_supply, release profile = opt-level "z", RustCrypto): import ${native.import_sealed_ms} ms, overview + heat map + distribution + query ${native.overview_ms} ms, register ${native.register_json_bytes} bytes of JSON`,
    );
  }
  console.log(L.join('\n'));
  console.log('\nJSON:');
  const { samples, ...summary } = result;
  console.log(JSON.stringify(summary, null, 2));
  if (OUT) writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
  if (MERGE && existsSync(MERGE)) {
    const all = readJson(MERGE);
    if (all) {
      all.supply_1000 = summary;
      writeFileSync(MERGE, JSON.stringify(all, null, 2) + '\n');
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
