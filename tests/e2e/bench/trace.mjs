// The main thread's tasks while #/sme (or #/executive) loads. NOT part of the test gate. Run
// through .ci/profile.sh trace, or:
//   node tests/e2e/bench/trace.mjs URL [CPU throttling rate, default 4] [#/sme | #/sme/stage2 | #/executive]
// Prints each task over 5 ms (start and duration from navigation, in ms) with the trace events
// that took most of it (wasm compilation, script, style, layout, paint).
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';
const [,, url, rate = '4', route = '#/sme'] = process.argv;
// What shows that the page is whole (its last slice rendered).
const WHOLE = {
  '#/sme': 'main:not([data-prerender]) [data-testid=step-nav]',
  '#/sme/stage2': 'main:not([data-prerender]) .sme-path:not([aria-busy]) [data-testid=step-nav]',
  '#/executive': 'main:not([data-prerender]) .assessment-page:not([aria-busy]) p.next-step',
};
const browser = await chromium.launch(LAUNCH);
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await page.goto(url + route);
// The app's page, not the pre-rendered first screen's.
await page.locator(WHOLE[route]).first().waitFor();
await page.waitForTimeout(1500);
await cdp.send('Tracing.end'); await done;
const nav = events.find((e) => e.name === 'navigationStart' ) || events.find((e)=>e.name==='TracingStartedInBrowser');
const t0 = nav ? nav.ts : Math.min(...events.filter(e=>e.ts).map(e=>e.ts));
// main renderer thread: thread with most RunTask? pick CrRendererMain
const main = events.find((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain');
const mainEv = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const tasks = mainEv.filter((e) => e.name === 'RunTask' && e.dur > 5000).map((t) => {
  const inner = mainEv.filter((e) => e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e !== t);
  const by = {}; for (const e of inner) by[e.name] = (by[e.name] || 0) + (e.dur || 0);
  const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}=${(v/1000).toFixed(0)}`).join(' ');
  return `${((t.ts - t0)/1000).toFixed(0).padStart(6)} +${(t.dur/1000).toFixed(0).padStart(5)} ms  ${top}`;
});
console.log(tasks.join('\n'));
const marks = events.filter((e) => ['firstContentfulPaint','domContentLoadedEventEnd','loadEventEnd','firstPaint'].includes(e.name)).map((e)=>`${e.name} ${((e.ts-t0)/1000).toFixed(0)}`);
console.log(marks.join('\n'));
await browser.close();
