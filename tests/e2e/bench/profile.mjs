// Where the wasm's time goes. NOT part of the test gate. Run through .ci/profile.sh,
// which builds a release wasm that keeps its function names and serves it:
//
//   node tests/e2e/bench/profile.mjs URL [answers|load] [N=200] [sme|executive]
//
// answers: CDP CPU profile (50 µs sampling, unthrottled) while N answers are clicked on #/ROUTE,
// one per task; load: the profile of loading #/ROUTE. Prints self and inclusive milliseconds per
// function (wasm functions by their Rust names).
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';
const [,, url, mode = 'answers', n = '200', route = 'sme'] = process.argv;
const browser = await chromium.launch(LAUNCH);
const context = await browser.newContext({ serviceWorkers: 'block' });
// PROFILE_LIBRARY=N: N stored assessments with long notes (the benchmark's big library) first.
if (process.env.PROFILE_LIBRARY) {
  const { bigLibrary } = await import('./library.mjs');
  await context.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of e) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, bigLibrary(Number(process.env.PROFILE_LIBRARY)));
}
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
if (mode === 'load') { await cdp.send('Profiler.start'); }
await page.goto(url + '#/' + route);
// The app's radio, not the pre-rendered first screen's.
await page.locator('main:not([data-prerender]) fieldset[data-item] input[type=radio]').first().waitFor();
if (mode === 'answers') {
  await cdp.send('Profiler.start');
  if (route === 'executive') await page.evaluate(async (count) => {
    const OPTS = ['implemented', 'partial', 'not_implemented', 'dont_know'];
    const items = [...document.querySelectorAll('section.direction fieldset[data-item]')].map((f) => f.dataset.item);
    for (let k = 0; k < count; k++) {
      const id = items[k % items.length];
      document.querySelector(`fieldset[data-item="${id}"] input[value="${OPTS[(Math.floor(k / items.length) + k) % 4]}"]`).click();
      await new Promise((r) => setTimeout(r, 0));
    }
  }, Number(n));
  else await page.evaluate(async (count) => {
    const OPTS = ['implemented', 'partial', 'not_implemented', 'dont_know'];
    for (let k = 0; k < count; k++) {
      const item = (k % 25) + 1; const round = Math.floor(k / 25);
      const id = `sc.${String(item).padStart(2, '0')}`;
      document.querySelector(`fieldset[data-item="${id}"] input[value="${OPTS[(round + item) % 4]}"]`).click();
      await new Promise((r) => setTimeout(r, 0));
    }
  }, Number(n));
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of profile.nodes) for (const c of x.children || []) parent.set(c, x.id);
const dt = profile.timeDeltas; const self = new Map(); const incl = new Map();
profile.samples.forEach((id, i) => {
  const d = (dt[i + 1] ?? 0) / 1000; const nm = (x) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}`;
  const node = byId.get(id); self.set(nm(node), (self.get(nm(node)) || 0) + d);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const k = nm(byId.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + d); } cur = parent.get(cur); }
});
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('SELF ms'); for (const [k, v] of top(self, 45)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
console.log('INCLUSIVE ms'); for (const [k, v] of top(incl, Number(process.env.TOP || 70))) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
await browser.close();
