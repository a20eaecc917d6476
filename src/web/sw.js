// Shindan's service worker: makes the app work offline after the first visit.
//
// - Precaches every file of the build (the list is written into BUILD by
//   src/web/post_build.mjs at build time, because Trunk hashes file names); hashed names
//   may come from the HTTP cache, the others are fetched anew.
// - Cache-first for those files; everything else goes to the network untouched. It never
//   caches anything at run time and never sees user data: answers live in localStorage,
//   and links carry data only in the fragment, which is not part of any request.
// - One cache per build ("shindan-<version>", version = hash of the asset list and contents);
//   on activation every other shindan-* cache is deleted.
// - The scope is the folder sw.js is served from, so the app works under any sub-path.
'use strict';

const BUILD = { version: 'unbuilt', assets: [], hashed: [] };

const CACHE = `shindan-${BUILD.version}`;
const SCOPE = new URL('./', self.location.href);
const INDEX = new URL('./index.html', SCOPE);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Stably named files (index.html, manifest, icons) bypass the HTTP cache (`reload`) so the
      // precache holds exactly this build; content-hashed names cannot be stale, so they may come
      // from the HTTP cache the page just filled: the first visit downloads the build once.
      .then((cache) =>
        cache.addAll(
          BUILD.assets.map(
            (a) => new Request(new URL(a, SCOPE), { cache: BUILD.hashed.includes(a) ? 'default' : 'reload' }),
          ),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shindan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  // The app is one page: a navigation to the scope (or its index.html, any query) is the app.
  const isAppPage =
    req.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.pathname === INDEX.pathname);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = isAppPage ? await cache.match(INDEX.href) : await cache.match(req, { ignoreSearch: false });
      return hit || fetch(req);
    }),
  );
});
