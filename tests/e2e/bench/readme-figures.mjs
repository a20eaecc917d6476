// Prints the "Latest figures" block of docs/performance.md from a bench JSON (default target/bench/bench.json).
//   node tests/e2e/bench/readme-figures.mjs [target/bench/bench.json] ["tree description"]
import { readFileSync } from 'node:fs';

const r = JSON.parse(readFileSync(process.argv[2] || 'target/bench/bench.json', 'utf8'));
const tree = process.argv[3] || '';
const n = (x) => x.toLocaleString('en-US');
const m = r.machine;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const fp = r.sizes.total_first_paint;
const pageAll = r.sizes.total_page_fetched;
const sw = r.sizes.total_service_worker_fetched;
const a = (name) => r.sizes.assets.find((x) => x.fetched_by === 'page' && x.asset.endsWith(name));
const row = (label, x) => (x ? `| ${label} | ${n(x.raw)} | ${n(x.gzip)} | ${n(x.brotli)} |` : `| ${label} | – | – | – |`);
const L = [];
L.push(`${m.date.slice(0, 10)}${tree ? `, ${tree}` : ''}; ${m.cpus} cores (${m.cpu_model}), ${m.mem_gib} GiB, load average ${m.loadavg_start[0]} → ${m.loadavg_end[0]} (shared machine: timings are noisy, sizes are exact); Chromium ${m.chromium}, node ${m.node}.`);
L.push('');
L.push('| asset (first load) | raw | gzip | brotli |');
L.push('|---|---|---|---|');
L.push(row('wasm', a('_bg.wasm')));
L.push(row('JS glue', r.sizes.assets.find((x) => x.fetched_by === 'page' && /\.js$/.test(x.asset) && !/sw\.js$/.test(x.asset))));
L.push(row('CSS', a('.css')));
L.push(row('index.html', a('index.html')));
L.push(`| **first-paint total** | **${n(fp.raw)}** | **${n(fp.gzip)}** | **${n(fp.brotli)}** |`);
L.push(`| + favicon (page total) | ${n(pageAll.raw)} | ${n(pageAll.gzip)} | ${n(pageAll.brotli)} |`);
L.push(`| service worker precache after first paint, over the network (sw.js, index.html, manifest, icons; the whole app's wasm and JS too) | ${n(sw.raw)} | ${n(sw.gzip)} | ${n(sw.brotli)} |`);
const swc = r.sizes.total_service_worker_from_http_cache;
if (swc) L.push(`| service worker precache taken from the HTTP cache (content-hashed wasm, JS, CSS, favicon: no transfer) | ${n(swc.raw)} | ${n(swc.gzip)} | ${n(swc.brotli)} |`);
L.push('');
const b = r.budgets;
const i4 = r.interactive.throttled_4x;
const i1 = r.interactive.unthrottled;
const s = r.share_link;
L.push('| measure | value | budget | |');
L.push('|---|---|---|---|');
L.push(`| first load, brotli | ${kb(fp.brotli)} | ≤ 150 KB | ${b.first_load_brotli.status} |`);
L.push(`| navigation → first question interactive, 4× CPU (median of ${i4.runs}) | ${i4.median_interactive_ms} ms (FCP ${i4.median_fcp_ms} ms) | ≤ 500 ms | ${b.interactive_4x_ms.status} |`);
L.push(`| navigation → first question interactive, unthrottled (median of ${i1.runs}) | ${i1.median_interactive_ms} ms (FCP ${i1.median_fcp_ms} ms) | – | |`);
L.push(`| answer → scores and chart updated, 4× CPU, ${r.answer_update.answers} answers | p50 ${r.answer_update.p50_ms} ms, p95 ${r.answer_update.p95_ms} ms | p95 ≤ 8 ms | ${b.answer_p95_4x_ms.status} |`);
L.push(s.payload_chars
  ? `| share link, complete executive + SME, no notes | ${s.payload_chars} payload chars (\`#/r/…\` fragment ${s.fragment_chars}); minimum ${s.min_chars} (${s.min_bits} bits) → ${s.ratio}× | ≤ 2× minimum | ${b.share_vs_minimum.status} |`
  : `| share link | ${s.status} | ≤ 2× minimum | n/a |`);
L.push(`| localStorage, one complete assessment | ${n(r.local_storage.utf16_code_units)} characters in ${r.local_storage.keys} \`shindan.*\` keys | – | |`);
const lh = r.lighthouse;
L.push(lh.performance != null
  ? `| Lighthouse mobile: performance / accessibility / best practices | ${lh.performance} / ${lh.accessibility} / ${lh['best-practices']} | ≥ 98 / 100 / 100 | ${['performance', 'accessibility', 'best-practices'].every((k) => b[`lighthouse_${k}`].status === 'OK') ? 'OK' : 'OVER'} |`
  : `| Lighthouse mobile | ${lh.status} | ≥ 98 / 100 / 100 | n/a |`);
console.log(L.join('\n'));
