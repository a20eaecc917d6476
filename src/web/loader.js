// Shindan's loader: it replaces Trunk's inline module loader and its preloads
// (src/web/post_build.mjs inlines this file, comment lines removed, right after the CSP <meta>
// and puts its sha256 into the CSP). It runs while <head> is parsed and fetches ONE of the two
// wasm builds (src/boot.rs), at once or, when a pre-rendered page is shown, once it is painted
// (see `painted`), chosen from the address:
// - the first screen's build (shell, home, the SME path, the executive check), for an address
//   whose first segment names one of its pages;
// - the whole app for anything else (every other page, a shared result, a request link, an
//   address no page has: the whole app has every page, not-found included), so a first visit
//   there fetches the whole app alone, and a new page needs no change here. (The first screen's
//   build is also right for the screen a reopened app returns to: it starts the whole app
//   itself for any page it does not have.)
// The list mirrors src/route.rs (`Route::PAGES`' first-screen column); tests/boot_loader.rs
// checks it against every route. Each build is named by a <meta> that post_build.mjs writes before this
// script: `shindan-first` / `shindan-full`, content = the JS glue's file name, data-js-integrity
// and data-wasm-integrity = their sha384 (see fetchBuild). The app starts once the page is
// parsed. If the whole app cannot be loaded, the first screen's build starts instead: it says so
// and offers a retry. If no build can be started, a line at the top of the page says so.
(function () {
  var d = document;
  var FIRST = ['', 'sme', 'executive'];
  // The addresses whose page the build pre-renders (`Route::FIRST_SCREEN`'s paths; the picker's
  // `data-path`s). tests/boot_loader.rs checks the list.
  var PAINTED = ['', 'sme', 'executive'];
  // As src/route.rs reads it: the fragment's %XX escapes decoded one by one (only ASCII matters
  // for the names below), the query cut, leading slashes trimmed; then its first segment.
  var h = location.hash.slice(1).replace(/%([0-9a-fA-F]{2})/g, function (m, x) {
    var c = parseInt(x, 16);
    return c < 128 ? String.fromCharCode(c) : m;
  });
  var seg = h.split('?')[0].replace(/^\/+/, '').split('/')[0];
  // Fetches a build named by its <meta>: the glue through a fresh <link rel=modulepreload> with
  // its integrity, imported only once that link has loaded (so the import takes the checked copy
  // from the module map, never a fetch of its own), and the wasm with its own integrity. Resolves
  // to { glue, wasm: a promise of the Response }. Also used by src/web/full.js
  // (window.__shindanFetchBuild), so a retry after a failure checks again.
  function fetchBuild(name) {
    var m = d.querySelector('meta[name="' + name + '"]');
    if (!m) return Promise.reject(new Error('this build names no ' + name + ' module'));
    var js = new URL(m.content, d.baseURI).href;
    var wasm = new URL(m.content.replace(/\.js$/, '_bg.wasm'), d.baseURI).href;
    var bytes = fetch(wasm, { integrity: m.getAttribute('data-wasm-integrity') }).then(function (r) {
      if (!r.ok) throw new Error(wasm + ': HTTP ' + r.status);
      return r;
    });
    bytes.catch(function () {});
    var old = d.head.querySelectorAll('link[rel="modulepreload"]');
    for (var i = 0; i < old.length; i++) if (old[i].href === js) old[i].remove();
    var l = d.createElement('link');
    var preloaded = new Promise(function (ok, fail) {
      if (!(l.relList && l.relList.supports && l.relList.supports('modulepreload'))) return ok();
      l.onload = function () {
        ok();
      };
      l.onerror = function () {
        fail(new Error(js + ': not loaded or not the built file (integrity)'));
      };
    });
    l.rel = 'modulepreload';
    l.integrity = m.getAttribute('data-js-integrity');
    l.href = js;
    d.head.appendChild(l);
    return preloaded
      .then(function () {
        return import(js);
      })
      .then(function (glue) {
        return { glue: glue, wasm: bytes };
      });
  }
  window.__shindanFetchBuild = fetchBuild;
  // The app renders into <body>: it starts once the page is parsed (as Trunk's module script did).
  var parsed = new Promise(function (ok) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', ok);
    else ok();
  });
  // Whether the picker (src/web/prerender-pick.js) may show this address's pre-rendered page: the
  // address is exactly one of PAINTED (read as the picker reads it: no escape decoded) and storage
  // holds nothing of this app but the language (the picker's rule). Then the build is fetched
  // once that page has been painted: the stylesheet, which the first paint waits for, does not
  // share the connection with the wasm, and the page is on screen before the app's first task
  // takes the main thread (on a fast connection the wasm could otherwise arrive before the first
  // frame, which would then wait for the app's start). A paint that no request of the app
  // precedes is also the largest paint as a page-load simulation such as Lighthouse's sees it (it
  // counts every request started before the largest paint as needed for it). A hidden tab paints
  // no frame: there the build is fetched at once.
  // Every other address paints the header alone: what the visitor came for is the app's own
  // render, so the build is fetched at once, while the page is still being parsed.
  function fresh() {
    try {
      var s = localStorage;
      for (var i = 0; i < s.length; i++) {
        var k = s.key(i);
        if (k.indexOf('shindan.') === 0 && k !== 'shindan.v1.lang') return false;
      }
      return true;
    } catch (e) {
      return false;
    }
  }
  var path = location.hash.slice(1).split('?')[0].replace(/^\/+|\/+$/g, '');
  var painted =
    PAINTED.indexOf(path) >= 0 && fresh()
      ? parsed.then(function () {
          return new Promise(function (ok) {
            if (d.visibilityState === 'hidden' || !window.requestAnimationFrame) return ok();
            requestAnimationFrame(function () {
              setTimeout(ok, 0);
            });
          });
        })
      : Promise.resolve();
  function start(name) {
    var build = painted.then(function () {
      return fetchBuild(name);
    });
    return Promise.all([build, parsed]).then(function (r) {
      return r[0].glue.default({ module_or_path: r[0].wasm });
    });
  }
  // Nothing could be started (offline on a first visit, a damaged or partly deployed build): the
  // page would keep its inert pre-render, so it says so, in the page's language.
  function failed(e) {
    console.warn('Shindan: the app could not be loaded:', e);
    parsed.then(show);
  }
  function show() {
    var p = d.createElement('p');
    p.id = 'load-failed';
    p.className = 'banner warn';
    p.setAttribute('role', 'alert');
    p.textContent =
      d.documentElement.lang === 'en'
        ? 'Shindan could not be loaded. Check the connection and reload the page.'
        : '診断を読み込めませんでした。接続を確かめて、ページを再読み込みしてください。';
    d.body.prepend(p);
  }
  if (FIRST.indexOf(seg) < 0) {
    start('shindan-full')
      .catch(function (e) {
        console.warn('Shindan: the whole app could not be loaded; starting the first screen:', e);
        return start('shindan-first');
      })
      .catch(failed);
  } else {
    start('shindan-first').catch(failed);
  }
})();
