// The whole app, loaded by the first screen when another page is asked for (issue 18; see
// src/boot.rs). Imported by the first screen's JS glue as a wasm-bindgen snippet, so it runs
// under the same CSP as the glue ('strict-dynamic': scripts the trusted loader pulls in).
//
// The whole app's file names carry a content hash; post_build.mjs writes the JS glue's into
// <meta name="shindan-full" content="shindan-full-<hash>.js" data-js-integrity="sha384-…"
// data-wasm-integrity="sha384-…">, the wasm is the same name with _bg.wasm. The glue is
// preloaded with its integrity (the import then uses that checked copy), the wasm fetched with
// its own. Both are in the service worker's precache after the first visit. (Opened at another
// page's address, the page loads the whole app directly instead: src/web/loader.js.)

let loading = null;

/** Imports the whole app's JS glue and compiles its wasm, once per page (a failure is
 *  forgotten, so a retry starts over). Resolves to a function that instantiates the wasm and
 *  runs the whole app's `main`, returning the glue's init promise. */
export function loadFull() {
  if (!loading) {
    loading = (async () => {
      const meta = document.querySelector('meta[name="shindan-full"]');
      if (!meta) throw new Error('this build names no whole-app module (meta shindan-full)');
      const js = new URL(meta.content, document.baseURI);
      const wasm = new URL(meta.content.replace(/\.js$/, '_bg.wasm'), document.baseURI);
      if (!document.querySelector(`link[rel="modulepreload"][href="${js.href}"]`)) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = js.href;
        link.integrity = meta.dataset.jsIntegrity || '';
        document.head.append(link);
      }
      const [glue, module] = await Promise.all([
        import(js.href),
        fetch(wasm, { integrity: meta.dataset.wasmIntegrity || '' }).then((r) => {
          if (!r.ok) throw new Error(`${wasm.pathname}: HTTP ${r.status}`);
          return r.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
        }),
      ]);
      return () => glue.default({ module_or_path: module });
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
