// Offline PWA: after one visit the service worker controls the page and the app loads
// and navigates with the network off (at the root and under a sub-path); one cache per build,
// older shindan-* caches removed; the manifest is linked, valid, same-origin and installable.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ORIGIN, ROUTES, watch, ready } from './helpers.js';

const SW = readFileSync(new URL('../../dist/sw.js', import.meta.url), 'utf8');
const BUILD = JSON.parse(/^const BUILD = (.*);$/m.exec(SW)[1]);

/** Opens `base`, waits until the service worker controls the page and holds this build. */
async function firstVisit(page, base) {
  await page.goto(`${base}#/`);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).length;
  }, `shindan-${BUILD.version}`);
  expect(cached, 'every build file is precached').toBe(BUILD.assets.length);
}

for (const base of ['/', '/nested/sub/path/']) {
  test(`after one visit the app loads and navigates offline (${base})`, async ({ page, context }) => {
    const w = watch(page);
    await firstVisit(page, base);

    await context.setOffline(true);
    // Prove the network really is off for this page: the worker passes POSTs through, and
    // this one fails.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const online = await page.evaluate(() =>
      fetch('./offline-probe', { method: 'POST' }).then(
        () => true,
        () => false,
      ),
    );
    expect(online, 'a request the worker does not answer fails while offline').toBe(false);
    const probeErrors = w.consoleErrors.length;

    await page.reload();
    await ready(page);
    for (const route of ROUTES) {
      await page.goto(`${base}${route}`);
      await ready(page);
      await expect(page.locator('main h1')).not.toBeEmpty();
    }
    // A full (cross-document) load of another route, and the nav links, offline.
    await page.goto('about:blank');
    await page.goto(`${base}#/privacy`);
    await ready(page);
    const links = page.locator('header nav a');
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).click();
      await expect(links.nth(i)).toHaveAttribute('aria-current', 'page');
    }
    // Complete an assessment offline: all 25 self-diagnosis items, the result appears, and it
    // is still there after an offline reload.
    await page.goto(`${base}#/sme/stage2`);
    await expect(page.locator('main h1')).toBeVisible();
    for (let n = 1; n <= 25; n++) {
      const id = `sc.${String(n).padStart(2, '0')}`;
      await page.locator(`fieldset[data-item="${id}"] input[value="implemented"]`).check();
    }
    await expect(page.getByTestId('score-after-items')).toContainText('100 / 100');
    await page.locator('[data-testid="sme-progress"] a.button').click();
    await expect(page.getByTestId('sc-total')).toHaveText('100 / 100');
    await expect(page.getByTestId('sc-band')).toHaveAttribute('data-band', 'sc.band.100');
    await page.reload();
    await expect(page.getByTestId('sc-total')).toHaveText('100 / 100');
    await page.goBack();
    await expect(page.locator('fieldset[data-item="sc.25"] input[value="implemented"]')).toBeChecked();
    await context.setOffline(false);
    // The probe's own "failed to load" is the only console error allowed.
    expect(probeErrors).toBeLessThanOrEqual(1);
    w.consoleErrors.splice(0, probeErrors);
    w.assertClean(ORIGIN);
  });
}

test('one cache per build: older shindan-* caches are deleted, others kept', async ({ page }) => {
  // Before the app (and its worker) ever ran: a leftover cache of an "older build" and an
  // unrelated cache, created from a same-origin page outside the app.
  await page.goto('/icons/icon.svg');
  await page.evaluate(async () => {
    await (await caches.open('shindan-0000000000000000')).put('/old', new Response('old'));
    await (await caches.open('someone-else')).put('/x', new Response('x'));
  });
  await firstVisit(page, '/');
  await expect
    .poll(() => page.evaluate(() => caches.keys().then((k) => k.sort())))
    .toEqual([`shindan-${BUILD.version}`, 'someone-else']);
  // The version names this build: every asset of dist/ and nothing else.
  expect(BUILD.version).toMatch(/^[0-9a-f]{16}$/);
  expect(BUILD.assets).toContain('./index.html');
  expect(BUILD.assets).toContain('./manifest.webmanifest');
  expect(BUILD.assets.some((a) => /\.wasm$/.test(a))).toBe(true);
  expect(BUILD.assets).not.toContain('./sw.js');
});

test('the web app manifest is linked, valid, same-origin and installable', async ({ page }) => {
  const w = watch(page);
  const manifestRequests = [];
  page.on('request', (r) => {
    if (['manifest', 'image'].includes(r.resourceType()) || /manifest|icons\//.test(r.url())) {
      manifestRequests.push(r.url());
    }
  });
  await page.goto('/nested/sub/path/#/');
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url());
  expect(manifestUrl.origin + '/').toBe(ORIGIN);
  const res = await page.request.get(manifestUrl.href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const m = JSON.parse(await res.text());
  expect(m.name).toBe('診断 Shindan');
  expect(m.short_name).toBeTruthy();
  expect(m.lang).toBe('ja');
  expect(m.start_url).toBe('./');
  expect(m.scope).toBe('./');
  expect(m.display).toBe('standalone');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const types = m.icons.map((i) => `${i.type} ${i.sizes}`);
  expect(types).toEqual(expect.arrayContaining(['image/svg+xml any', 'image/png 192x192', 'image/png 512x512']));
  for (const icon of m.icons) {
    const url = new URL(icon.src, manifestUrl);
    expect(url.origin + '/', icon.src).toBe(ORIGIN);
    const r = await page.request.get(url.href);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type'], icon.src).toBe(icon.type);
  }

  // Chromium's own verdict: the manifest parses and the app is installable.
  const cdp = await page.context().newCDPSession(page);
  const { errors, url } = await cdp.send('Page.getAppManifest');
  expect(url).toBe(manifestUrl.href);
  expect(errors, 'manifest parse errors').toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like and Chromium never installs from incognito;
  // that is the one error allowed. Any manifest, icon, worker or HTTPS problem shows up here.
  const blocking = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  expect(blocking, 'installability errors').toEqual([]);

  for (const u of manifestRequests) expect(u.startsWith(ORIGIN), u).toBe(true);
  w.assertClean(ORIGIN);
});

test('the first visit downloads the build once: the worker takes content-hashed files from the HTTP cache', async ({ page, context }) => {
  const w = watch(page);
  expect(BUILD.hashed.length, 'wasm, JS glue, CSS and favicon carry a content hash').toBeGreaterThanOrEqual(3);
  const swNetwork = [];
  const swCached = [];
  const pending = [];
  context.on('requestfinished', (req) => {
    if (!req.serviceWorker()) return;
    pending.push(
      req.sizes().then((s) => {
        const name = './' + new URL(req.url()).pathname.split('/').pop();
        // Chromium reports a negative encoded body size for a response taken from the HTTP cache.
        (s.responseBodySize < 0 ? swCached : swNetwork).push(name);
      }),
    );
  });
  await firstVisit(page, '/');
  // The first screen's wasm, JS glue and CSS, which the page loaded before the worker installed.
  // (The favicon, also hashed, is requested by the page lazily and may reach the worker before
  // the page asks.)
  const build = BUILD.hashed.filter((a) => /\.(wasm|js|css)$/.test(a));
  // The whole app and the SCS pages' worker (its glue and loop in one file, and its wasm), which
  // the home page does not load.
  const whole = build.filter((a) => a.startsWith('./shindan-full-') || a.startsWith('./shindan-scs-worker-'));
  const first = build.filter((a) => !whole.includes(a));
  expect(first).toHaveLength(3);
  expect(whole).toHaveLength(4);
  // The cache holding every file does not mean Playwright has reported every worker request
  // yet (its events can trail the cache on a loaded machine): wait until each has been seen.
  await expect
    .poll(async () => {
      await Promise.all(pending);
      return build.filter((a) => swCached.includes(a) || swNetwork.includes(a));
    })
    .toEqual(build);
  for (const asset of first) {
    expect(swCached, `${asset} precached from the HTTP cache`).toContain(asset);
    expect(swNetwork, `${asset} not downloaded a second time`).not.toContain(asset);
  }
  // The whole app (src/boot.rs) and the SCS worker, which the home page does not load: the
  // service worker downloads them, once, for the other pages and for offline use.
  for (const asset of whole) {
    expect(swNetwork.filter((a) => a === asset), `${asset} downloaded once, by the worker`).toHaveLength(1);
  }
  // Stably named files are fetched anew, so the precache holds exactly this build.
  expect(swNetwork).toContain('./index.html');
  w.assertClean(ORIGIN);
});
