// The SCS pages' worker: this file is appended to the SCS worker build's wasm-bindgen glue
// (target no-modules, which defines `wasm_bindgen`) by post_build.mjs, which also puts the
// build's wasm file name in place of SCS_WASM. The page (src/web/scs.js) posts
// { id, op: 'read' | 'export', bytes: ArrayBuffer, answers?: string } and gets
// { id, json } (read; an export adds bytes, or refused), or { id, failed }.
var ready = wasm_bindgen({ module_or_path: new URL('SCS_WASM', self.location.href) });
self.onmessage = function (e) {
  var m = e.data || {};
  ready.then(
    function () {
      var bytes = new Uint8Array(m.bytes);
      if (m.op === 'read') {
        self.postMessage({ id: m.id, json: wasm_bindgen.readWorkbook(bytes) });
        return;
      }
      // An export reads the chosen copy too: the page checks its official text is the one kept.
      var json = wasm_bindgen.readWorkbook(bytes);
      var out;
      try {
        out = wasm_bindgen.exportWorkbook(bytes, m.answers || '{}');
      } catch (refused) {
        self.postMessage({ id: m.id, json: json, refused: String(refused) });
        return;
      }
      self.postMessage({ id: m.id, json: json, bytes: out.buffer }, [out.buffer]);
    },
    function (err) {
      self.postMessage({ id: m.id, failed: String(err) });
    },
  );
};
