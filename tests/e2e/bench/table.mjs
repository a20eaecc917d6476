// The bench's one table: every figure with its target, Shindan | floor | ratio | target, from the
// JSON the other scripts of one `.ci/bench.sh` run wrote (Lighthouse per entry page and for the
// floor app, floor.mjs, bench.mjs). Prints Markdown (README and docs/performance.md keep the
// latest) and writes the rows as JSON. A figure that was not measured in this run is "n/a".
//   node tests/e2e/bench/table.mjs --dir target/bench [--out target/bench/table.json]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { opt, round } from './common.mjs';

const DIR = opt('dir', 'target/bench');
const OUT = opt('out', '');
const read = (name) => {
  const f = join(DIR, name);
  if (!existsSync(f)) return null;
  const text = readFileSync(f, 'utf8').trim();
  return text ? JSON.parse(text) : null;
};
const lh = { home: read('lighthouse-home.json'), sme: read('lighthouse-sme.json'), executive: read('lighthouse-executive.json'), floor: read('lighthouse-floor.json') };
const floor = read('floor.json');
const bench = read('bench.json');

const KB = 1000;
const rows = [];
const ratio = (a, b) => (a == null || b == null || !b ? null : round(a / b, 2));
/** `ok` is true/false against the target, null when a figure is missing. */
const row = (metric, shindan, floorValue, r, target, ok) => rows.push({ metric, shindan, floor: floorValue, ratio: r, target, status: ok == null ? 'n/a' : ok ? 'OK' : 'OVER' });
const has = (x) => x != null && !Number.isNaN(x);

const ENTRIES = [['#/', 'home'], ['#/sme', 'sme'], ['#/executive', 'executive']];
const fl = lh.floor;
for (const [entry, k] of ENTRIES) {
  const l = lh[k];
  const p = l && l.performance;
  row(`Lighthouse mobile performance, ${entry} (median of ${l ? l.runs : 3})`, p ?? null, fl ? fl.performance : null, null, '≥ 95', has(p) ? p >= 95 : null);
}
for (const [entry, k] of ENTRIES) {
  const l = lh[k];
  const r = l ? ratio(l.lcp_ms, l.fcp_ms) : null;
  row(`Lighthouse LCP / FCP, ${entry} (ms)`, l ? `${l.lcp_ms} / ${l.fcp_ms}` : null, fl ? `${fl.lcp_ms} / ${fl.fcp_ms}` : null, r, 'LCP ≤ 1.2 × FCP', has(r) ? r <= 1.2 : null);
}
for (const [entry, k] of ENTRIES) {
  const l = lh[k];
  const t = l ? l.tbt_ms : null;
  row(`Lighthouse total blocking time, ${entry} (ms)`, t, fl ? fl.tbt_ms : null, null, '≤ 150 ms', has(t) ? t <= 150 : null);
}
const fload = floor && floor.first_load;
const floorBytes = fload ? fload.floor.brotli : null;
const smeBytes = fload ? fload.shindan.brotli : null;
const execBytes = fload ? fload.shindan_deep_link.brotli : null;
const homeBytes = fload && fload.shindan_home ? fload.shindan_home.brotli : null;
row('first load at #/, brotli q11 (bytes)', homeBytes, floorBytes, ratio(homeBytes, floorBytes), '–', null);
row('first load at #/sme, brotli q11 (bytes)', smeBytes, floorBytes, ratio(smeBytes, floorBytes), '≤ 300 KB', has(smeBytes) ? smeBytes <= 300 * KB : null);
row('first load at #/executive, brotli q11 (bytes); ratio to #/sme', execBytes, floorBytes, ratio(execBytes, smeBytes), '≤ 1.25 × #/sme', has(execBytes) && has(smeBytes) ? execBytes <= 1.25 * smeBytes : null);
const inter = floor && floor.interactive_4x;
const ir = inter ? ratio(inter.shindan.median, inter.floor.median) : null;
row(`navigation → interactive, 4× CPU, #/sme/stage2 (ms, median of ${inter ? inter.shindan.n : '–'})`, inter ? inter.shindan.median : null, inter ? inter.floor.median : null, ir, '≤ 2.5 × floor', has(ir) ? ir <= 2.5 : null);
const fcp = floor && floor.fcp_4x;
const fr = fcp ? ratio(fcp.shindan.median, fcp.static_page.median) : null;
row('first contentful paint, 4× CPU, #/ (ms; floor = the same page static)', fcp ? fcp.shindan.median : null, fcp ? fcp.static_page.median : null, fr, '≤ 1.2 × floor', has(fr) ? fr <= 1.2 : null);
const lt = floor && floor.long_tasks_4x;
for (const [entry, k] of [['#/sme', 'sme'], ['#/executive', 'executive']]) {
  const v = lt && lt[k] ? lt[k].longest.max : null;
  row(`longest main-thread task after the wasm arrived, 4× CPU, ${entry} (ms, worst of ${lt && lt[k] ? lt[k].longest.n : '–'})`, v, lt && lt.floor ? lt.floor.longest.max : null, null, '≤ 50 ms', has(v) ? v <= 50 : null);
}
const ans = bench && bench.answer_update;
row(`answer → update p95, 4× CPU (ms, ${ans ? ans.answers : '–'} answers)`, ans ? ans.p95_ms : null, null, null, '≤ 8 ms', ans ? ans.p95_ms <= 8 : null);

const cell = (v) => (v == null ? 'n/a' : typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
const L = [];
L.push(`Shindan | floor | ratio | target — ${floor && floor.machine ? floor.machine.date : new Date().toISOString()}`);
L.push('');
L.push('| metric | Shindan | floor | ratio | target |');
L.push('|---|---|---|---|---|');
for (const r of rows) L.push(`| ${r.metric} | ${cell(r.shindan)} | ${cell(r.floor)} | ${r.ratio == null ? '–' : `${r.ratio}×`} | ${r.target} ${r.status === 'n/a' && r.target === '–' ? '' : r.status} |`);
const over = rows.filter((r) => r.status === 'OVER').length;
const missing = rows.filter((r) => r.status === 'n/a' && r.target !== '–').length;
L.push('');
L.push(`${rows.length} figures: ${rows.length - over - missing - rows.filter((r) => r.target === '–').length} within target, ${over} over, ${missing} not measured in this run.`);
console.log(L.join('\n'));
if (OUT) writeFileSync(OUT, JSON.stringify({ rows }, null, 2) + '\n');
