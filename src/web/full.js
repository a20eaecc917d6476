// The whole app, loaded by the first screen when another page is asked for (see
// src/boot.rs). Imported by the first screen's JS glue as a wasm-bindgen snippet, so it runs
// under the same CSP as the glue ('strict-dynamic': scripts the trusted loader pulls in).
//
// The whole app's file names carry a content hash; post_build.mjs writes the JS glue's into
// <meta name="shindan-full" content="shindan-full-<hash>.js" data-js-integrity="sha384-…"
// data-wasm-integrity="sha384-…">, the wasm is the same name with _bg.wasm; the loader fetches
// both with those checks. Both are in the service worker's precache after the first visit.
// (Opened at another page's address, the loader starts the whole app directly instead.)

let loading = null;

/** Imports the whole app's JS glue and compiles its wasm, once per page (a failure is
 *  forgotten, so a retry starts over and checks again). Resolves to a function that instantiates
 *  the wasm and runs the whole app's `main`, returning the glue's init promise. The fetching is
 *  the loader's (`window.__shindanFetchBuild`, src/web/loader.js): glue and wasm checked against
 *  the integrity in <meta name="shindan-full">. */
export function loadFull() {
  if (!loading) {
    loading = (async () => {
      const fetchBuild = window.__shindanFetchBuild;
      if (typeof fetchBuild !== 'function') throw new Error("this page has no Shindan loader (src/web/loader.js)");
      const { glue, wasm } = await fetchBuild('shindan-full');
      const module = await WebAssembly.compile(await (await wasm).arrayBuffer());
      return () => glue.default({ module_or_path: module });
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
