// The SCS pages' side of the SCS worker (crates/scs-worker, src/web/scs-worker.js): started on
// first use, from the file named in <meta name="shindan-scs"> (post_build.mjs), through the
// Trusted Types policy the CSP allows for it (`trusted-types … shindan-scs`), which turns
// exactly that name into a script URL. Imported by the whole app's glue as a wasm-bindgen
// snippet; only src/door/scs.rs calls it.

let worker = null;
let policy = null;
let next = 1;
const waiting = new Map();

function workerUrl() {
  const meta = document.querySelector('meta[name="shindan-scs"]');
  const name = meta && meta.getAttribute('content');
  if (!name || !/^[\w.-]+\.js$/.test(name)) throw new Error('this build has no SCS worker');
  if (!window.trustedTypes) return name;
  if (!policy) {
    policy = window.trustedTypes.createPolicy('shindan-scs', {
      createScriptURL: (s) => {
        if (s !== name) throw new TypeError('not the SCS worker');
        return s;
      },
    });
  }
  return policy.createScriptURL(name);
}

function start() {
  if (worker) return worker;
  const w = new Worker(workerUrl());
  w.onmessage = (e) => {
    const m = e.data || {};
    const p = waiting.get(m.id);
    if (!p) return;
    waiting.delete(m.id);
    if (m.failed) p.reject(new Error(m.failed));
    else p.resolve(m);
  };
  w.onerror = (e) => {
    for (const p of waiting.values()) p.reject(new Error(e.message || 'the SCS worker failed'));
    waiting.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

/** Reads (`op` 'read') or writes the answers into (`op` 'export') the picked `file`. Resolves
 *  to { json } for a read, { bytes } or { refused } for an export. */
export function scsCall(op, file, answers) {
  return file.arrayBuffer().then(
    (buf) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        try {
          start().postMessage({ id, op, bytes: buf, answers }, [buf]);
        } catch (err) {
          waiting.delete(id);
          reject(err);
        }
      }),
  );
}

/** Offers `bytes` (an ArrayBuffer) as the download `name`. */
export function scsSave(name, bytes) {
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
