// Trunk post_build hook (Trunk.toml `[[hooks]]`): runs on the staged build in
// $TRUNK_STAGING_DIR after Trunk has written index.html and every hashed asset, before the
// stage replaces dist/. Jobs that need the final file names and bytes:
//
// 0. The whole app (the second wasm build, src/boot.rs): content-hashed names and a <meta>
//    naming its JS glue for the first screen.
// 1. The loader: Trunk emits an inline `<script type="module">` loader and preloads for the
//    first screen's JS glue and wasm, which a first visit at another page's address does not
//    need. Both are replaced by Shindan's loader (src/web/loader.js, inlined here), which fetches
//    the one build the address needs, named by <meta name="shindan-first"> / "shindan-full" with
//    the sha384 of each file (SRI, as Trunk's preloads had).
//    CSP: the sha256 of the loader and of the pre-render picker (src/web/prerender-pick.js,
//    inlined here) replace the `'sha256-LOADER'` placeholder in the CSP <meta> of index.html.
//    Exactly these inline scripts are allowed: the loader once, the picker once (none when the
//    pre-render is off); under `trunk serve`, Trunk's autoreload script is recognised and left
//    out of the CSP (see below); any other inline script, or a missing placeholder, fails the
//    build (a CSP that silently blocks the app must not ship).
// 2. Pre-render: the first screen's pages (Route::FIRST_SCREEN: the home page, #/sme and
//    #/executive; in Japanese and in English, storage holding nothing but the language) and the
//    header alone (ja, en), rendered natively by
//    Yew's server renderer from the app's own components (src/bin/ssr.rs, src/ssr.rs; `cargo
//    run`, no browser), go into index.html as data blocks (`<script type="text/html">`, never
//    run) at the `<!-- prerender -->` marker, followed by the
//    picker that parses and shows one of them before the first paint. SHINDAN_PRERENDER=0
//    skips it (the page is then empty until the app starts).
// 3. Service worker: src/web/sw.js is written to the stage with the asset list (every file
//    of the build, relative to the worker) and a cache version = sha256 over each file's name
//    and content, so any change in any file makes a new cache and the old one is dropped.
//
// Plain Node (>= 18) and, for the pre-render, cargo (the host build of the server renderer).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!stage) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through `trunk build`)');
  process.exit(1);
}

const fail = (msg) => {
  console.error(`post_build: ${msg}`);
  process.exit(1);
};

// ---- 0. The whole app's file names (src/boot.rs) -----------------------------
// Trunk builds it as a "worker" (built, not loaded by the page) and so names its files without
// a content hash. Give them one, as Trunk does for the rest (the service worker may then take
// them from the HTTP cache, and no old copy is ever mixed with a new build), and name the glue
// in <meta name="shindan-full">, where the first screen looks for it (the pre-render's captures
// below load it too).
const indexPath = join(stage, 'index.html');
let html = await readFile(indexPath, 'utf8');
// An inline script as written into index.html: its source file without the comment lines.
const inlined = async (file) =>
  (await readFile(join(source, 'src', 'web', file), 'utf8'))
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .trim();
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// A build's <meta>: its JS glue's name and the integrity of the glue and of the wasm, which
// src/web/loader.js and src/web/full.js use for the preload and the fetch.
const meta = (name, js, jsBytes, wasmBytes) =>
  `<meta name="${name}" content="${js}" data-js-integrity="${sri(jsBytes)}" data-wasm-integrity="${sri(wasmBytes)}">`;
let fullMeta;
{
  const js = join(stage, 'shindan-full.js');
  const wasm = join(stage, 'shindan-full_bg.wasm');
  const [jsBytes, wasmBytes] = await Promise.all([readFile(js), readFile(wasm)]).catch(() =>
    fail('shindan-full.js / shindan-full_bg.wasm missing from the build (index.html rust link)'),
  );
  const hash = createHash('sha256').update(jsBytes).update(wasmBytes).digest('hex').slice(0, 16);
  const name = `shindan-full-${hash}`;
  await rename(js, join(stage, `${name}.js`));
  await rename(wasm, join(stage, `${name}_bg.wasm`));
  fullMeta = meta('shindan-full', `${name}.js`, jsBytes, wasmBytes);
}

// ---- 0b. The SCS pages' worker (crates/scs-worker) ------------------------------------
// Built by Trunk as a "worker" with the no-modules glue: one file is made of the glue and the
// message loop (src/web/scs-worker.js), named by its content hash like the whole app, and named
// in <meta name="shindan-scs">, where the SCS pages look for it. Nothing else loads it, so the
// reader's bytes are fetched only when an SCS page reads or writes a workbook; the service
// worker precaches it with every other file (offline use).
let scsMeta;
{
  const js = join(stage, 'shindan-scs-worker.js');
  const wasm = join(stage, 'shindan-scs-worker_bg.wasm');
  const [jsBytes, wasmBytes] = await Promise.all([readFile(js), readFile(wasm)]).catch(() =>
    fail('shindan-scs-worker.js / shindan-scs-worker_bg.wasm missing from the build (index.html rust link)'),
  );
  const loop = await readFile(join(source, 'src', 'web', 'scs-worker.js'), 'utf8');
  const hash = createHash('sha256').update(jsBytes).update(wasmBytes).update(loop).digest('hex').slice(0, 16);
  const name = `shindan-scs-worker-${hash}`;
  if (loop.split("'SCS_WASM'").length !== 2) fail("src/web/scs-worker.js must name 'SCS_WASM' exactly once");
  const script = `${jsBytes.toString('utf8')}\n${loop.replace("'SCS_WASM'", `'./${name}_bg.wasm'`)}`;
  await writeFile(join(stage, `${name}.js`), script);
  await rm(js);
  await rename(wasm, join(stage, `${name}_bg.wasm`));
  scsMeta = `<meta name="shindan-scs" content="${name}.js">`;
}

// ---- 1. CSP hashes of the inline scripts ------------------------------------------------
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Trunk's output has its module loader and, under `trunk serve` only, its autoreload script
// (a WebSocket to the dev server, appended to <body>): each is recognised by its text, and
// anything else fails the build. The autoreload script gets no hash: the dev server rewrites its
// text (address, path) when it serves the page, so the CSP blocks it and the page is reloaded by
// hand; the app itself runs as built.
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
  (m) => !/\bsrc\s*=/i.test(m[1]),
);
const loaders = inline.filter(
  (m) => /\btype="module"/.test(m[1]) && /^\s*import init, \* as bindings from '\.\/[\w-]+\.js';/.test(m[2]),
);
const reloads = inline.filter((m) => !m[1].trim() && m[2].includes(".well-known/trunk/ws'"));
if (loaders.length !== 1 || reloads.length > 1 || inline.length !== loaders.length + reloads.length) {
  fail(
    `expected Trunk's module loader once (and under trunk serve its autoreload script) as the only inline <script>s; found ${inline.length}`,
  );
}
// Trunk's loader names the first screen's files; they, its preloads of them and the loader
// itself give way to the metas and Shindan's loader, right after the CSP.
const firstJs = /import init, \* as bindings from '\.\/([\w-]+\.js)';/.exec(loaders[0][2])[1];
const firstWasm = firstJs.replace(/\.js$/, '_bg.wasm');
if (!loaders[0][2].includes(`module_or_path: './${firstWasm}'`)) {
  fail(`Trunk's loader does not load ${firstWasm} as expected`);
}
const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].filter((m) =>
  new RegExp(`\\bhref="\\./(${firstJs}|${firstWasm})"`).test(m[0]),
);
if (preloads.length !== 2 || !preloads.every((m) => /\brel="(modulepreload|preload)"/.test(m[0]))) {
  fail(`expected Trunk's two preloads of ${firstJs} and ${firstWasm}; found ${preloads.length}`);
}
for (const m of [...preloads, loaders[0]]) html = html.replace(m[0], '');
// Trunk preloads every JS snippet of the crate, but the two builds share the crate's snippets: a
// snippet only the whole app imports (the SCS pages' worker starter) must not be fetched by
// every first visit. A snippet preload stays only if the first screen's glue imports it.
{
  const glue = await readFile(join(stage, firstJs), 'utf8');
  for (const m of [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi)]) {
    const href = /\bhref="\.\/(snippets\/[^"]+)"/.exec(m[0]);
    if (href && !glue.includes(`"./${href[1]}"`)) html = html.replace(m[0], '');
  }
}
const loaderText = await inlined('loader.js');
{
  const [jsBytes, wasmBytes] = await Promise.all([readFile(join(stage, firstJs)), readFile(join(stage, firstWasm))]);
  const firstMeta = meta('shindan-first', firstJs, jsBytes, wasmBytes);
  // Right after the CSP <meta> (which must come first to apply): before the stylesheet, so the
  // loader is not held back until the CSS has loaded (a classic script after a stylesheet waits
  // for it) and the builds' fetches start as early as Trunk's preloads did.
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
  if (!csp) fail('index.html has no CSP <meta>');
  html = html.replace(csp[0], () => `${csp[0]}\n${firstMeta}${fullMeta}${scsMeta}<script>${loaderText}</script>`);
}
const loaderHash = sha(loaderText);
const placeholder = "'sha256-LOADER'";
if (html.split(placeholder).length !== 2) {
  fail(`index.html must contain the CSP placeholder ${placeholder} exactly once`);
}
const marker = '<!-- prerender -->';
if (html.split(marker).length !== 2) fail(`index.html must contain ${marker} exactly once, in <body>`);

// ---- 2. Pre-render ------------------------------------------------------------------------
const prerenderOn = process.env.SHINDAN_PRERENDER !== '0';
if (prerenderOn) {
  const pick = await inlined('prerender-pick.js');
  const pickHash = sha(pick);
  const started = Date.now();
  let templates;
  try {
    // A native build of this crate (its dev profile: the render takes milliseconds, and the
    // release profile's LTO would cost minutes). It prints the data blocks.
    const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'shindan-ssr'], {
      cwd: source,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 << 20,
    });
    // No block's markup holds `</script` (src/ssr.rs refuses it), so each ends at the first.
    templates = [...out.matchAll(/<script type="text\/html" id="prerender-([\w-]+)"[^>]*>[\s\S]*?<\/script>/g)].map(
      (m) => ({ id: m[1], html: m[0] }),
    );
    if (!templates.length) throw new Error('the server renderer wrote no data block');
  } catch (e) {
    fail(`pre-render: ${e.message}\n  (SHINDAN_PRERENDER=0 builds without it)`);
  }
  const block = `${templates.map((t) => t.html).join('\n')}\n<script>${pick}</script>`;
  html = html.replace(placeholder, `${loaderHash} ${pickHash}`).replace(marker, () => block);
  console.log(
    `post_build: pre-rendered ${templates.map((t) => t.id).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s; index.html ${Buffer.byteLength(html)} bytes; picker ${pickHash}`,
  );
} else {
  html = html.replace(placeholder, loaderHash).replace(marker, '');
  console.log('post_build: pre-render skipped (SHINDAN_PRERENDER=0)');
}
await writeFile(indexPath, html);

// ---- 3. Service worker asset list and version -------------------------------------------
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

const files = (await walk(stage))
  .map((p) => relative(stage, p).split(sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const version = createHash('sha256');
for (const f of files) {
  const digest = createHash('sha256').update(await readFile(join(stage, f))).digest('hex');
  version.update(`${f}\0${digest}\n`);
}
const build = {
  version: version.digest('hex').slice(0, 16),
  // "./" is the navigation URL of the app (served as index.html by static hosts).
  assets: ['./', ...files.map((f) => `./${f}`)],
  // Names with Trunk's content hash: their content is fixed by the name, so the worker may take
  // them from the HTTP cache (the page has just downloaded them) instead of downloading again.
  // Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, 15 one time in 16.
  hashed: files.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css|svg)$/.test(f)).map((f) => `./${f}`),
};

const template = await readFile(join(source, 'src', 'web', 'sw.js'), 'utf8');
const buildLine = /^const BUILD = .*;$/m;
if (!buildLine.test(template)) fail('src/web/sw.js has no `const BUILD = …;` line to fill');
await writeFile(join(stage, 'sw.js'), template.replace(buildLine, `const BUILD = ${JSON.stringify(build)};`));

console.log(
  `post_build: CSP loader ${loaderHash}; service worker cache ${build.version} with ${build.assets.length} entries`,
);
