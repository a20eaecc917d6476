// The house's import rule, checked by the test command (docs/architecture.md, "Layers"): every
// `crate::…` and `super::…` path in the workspace's crates (and every `shindan_core::…` path in
// the web app) is resolved to the file that defines it, and
//  1. no file imports from a file of a higher layer (the LAYERS list, lowest first), and
//  2. no files import each other in a circle.
// (Between crates the compiler already forbids circles and keeps the core from the app; this
// checks the layers inside each crate.) A module's own `mod.rs` declaring and re-exporting its
// children is not an import of them. Plain Node, no dependencies; exits 1 with every offending
// import named.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
// Each crate: its source root and the name other crates import it by.
const CRATES = [
  { src: join(ROOT, 'crates/core/src'), name: 'shindan_core' },
  { src: join(ROOT, 'src'), name: 'shindan' },
  { src: join(ROOT, 'crates/scs/src'), name: 'shindan_scs' },
];

// Lowest first. A file's layer is the first entry its path (relative to the workspace) starts with.
const LAYERS = [
  // The SCS workbook reader: a crate of its own (one layer; only circles are checked in it).
  ['crates/scs/src/'],
  ['crates/core/src/lang.rs', 'crates/core/src/carried.rs', 'crates/core/src/csv.rs', 'crates/core/src/format.rs', 'crates/core/src/chart.rs', 'crates/core/src/route.rs'],
  ['crates/core/src/model/'],
  ['crates/core/src/i18n.rs', 'crates/core/src/i18n/'],
  ['crates/core/src/assessment/', 'crates/core/src/incident.rs', 'crates/core/src/scs.rs'],
  ['crates/core/src/share/', 'crates/core/src/supply/'],
  ['crates/core/src/storage/'],
  ['crates/core/src/store/'],
  ['crates/core/src/vm/'],
  ['crates/core/src/lib.rs'],
  ['src/door/'],
  ['src/hooks/'],
  ['src/components/'],
  ['src/pages/'],
  ['src/app.rs'],
  ['src/boot.rs', 'src/ssr.rs'],
  ['src/lib.rs', 'src/main.rs', 'src/bin/'],
];

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return n.endsWith('.rs') ? [p] : [];
  });
}

const rel = (p) => relative(ROOT, p);
function layerOf(file) {
  const r = rel(file);
  const i = LAYERS.findIndex((l) => l.some((x) => (x.endsWith('/') ? r.startsWith(x) : r === x)));
  return i < 0 ? null : i;
}
const crateOf = (file) => CRATES.find((c) => file.startsWith(c.src + '/'));

// The module path of a file within its crate: src/a/b.rs and src/a/b/mod.rs are ["a", "b"].
function modPath(file) {
  const parts = relative(crateOf(file).src, file).replace(/\.rs$/, '').split('/');
  if (parts.at(-1) === 'mod' || parts.at(-1) === 'lib' || parts.at(-1) === 'main') parts.pop();
  return parts;
}

// The file of `crate` defining the longest existing prefix of a module path.
function fileOf(crate, path) {
  for (let n = path.length; n > 0; n--) {
    const base = join(crate.src, ...path.slice(0, n));
    if (existsSync(base + '.rs')) return base + '.rs';
    if (existsSync(join(base, 'mod.rs'))) return join(base, 'mod.rs');
  }
  return null;
}

const all = CRATES.flatMap((c) => files(c.src));
const edges = new Map(all.map((f) => [f, new Map()]));
for (const f of all) {
  const here = modPath(f);
  const isMod = ['mod.rs', 'lib.rs', 'main.rs'].includes(basename(f));
  // The module `super` names: the parent of a leaf file's module, the parent of a mod.rs's.
  const parent = here.slice(0, -1);
  const text = readFileSync(f, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\/\/.*$/, ''))
    .join('\n');
  // Code under #[cfg(test)] is the module's own test: it may reach anywhere.
  const code = text.split(/#\[cfg\(test\)\]\s*mod tests/)[0];
  const uses = [...code.matchAll(/\b(crate|super|shindan_core)((?:::[A-Za-z_][A-Za-z0-9_]*)+)/g)];
  for (const [, head, tail] of uses) {
    const segs = tail.split('::').filter(Boolean);
    let path;
    let crate = crateOf(f);
    if (head === 'shindan_core') { crate = CRATES[0]; path = segs; }
    else if (head === 'crate') path = segs;
    else {
      let base = isMod ? here.slice(0, -1) : parent;
      let rest = segs;
      while (rest[0] === 'super') { base = base.slice(0, -1); rest = rest.slice(1); }
      path = [...base, ...rest];
    }
    const target = fileOf(crate, path);
    if (!target || target === f) continue;
    // A mod.rs declaring or re-exporting its own children is not an import of them.
    if (isMod && modPath(target).join('/').startsWith(here.join('/') + '/')) continue;
    const line = text.slice(0, code.indexOf(head + tail)).split('\n').length;
    if (!edges.get(f).has(target)) edges.get(f).set(target, `${rel(f)}:${line} ${head}${tail}`);
  }
}

const problems = [];
for (const [f, ts] of edges) {
  for (const [t, where] of ts) {
    const lf = layerOf(f), lt = layerOf(t);
    if (lf !== null && lt !== null && lt > lf) problems.push(`points up: ${where} (${rel(t)} is above ${rel(f)})`);
  }
}
// Circles: Tarjan's strongly connected components over the file graph.
let index = 0;
const idx = new Map(), low = new Map(), stack = [], on = new Set();
function strong(v) {
  idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
  for (const w of edges.get(v).keys()) {
    if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const comp = [];
    let w;
    do { w = stack.pop(); on.delete(w); comp.push(w); } while (w !== v);
    if (comp.length > 1) {
      const ties = comp.flatMap((a) => [...edges.get(a)].filter(([b]) => comp.includes(b)).map(([, where]) => where));
      problems.push(`circle of ${comp.length} files: ${comp.map(rel).join(', ')}\n    ${ties.join('\n    ')}`);
    }
  }
}
for (const v of edges.keys()) if (!idx.has(v)) strong(v);

const unplaced = all.filter((f) => layerOf(f) === null).map(rel);
if (unplaced.length) problems.push(`files in no layer (add them to LAYERS): ${unplaced.join(', ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`imports: ${all.length} files, ${[...edges.values()].reduce((n, m) => n + m.size, 0)} file-to-file imports, no circle, none pointing up`);
