// Trunk post_build hook (Trunk.toml `[[hooks]]`): runs on the staged build in
// $TRUNK_STAGING_DIR after Trunk has written index.html and every hashed asset, before the
// stage replaces dist/. Jobs that need the final file names and bytes:
//
// 0. The whole app (the second wasm build, src/boot.rs): content-hashed names and a <meta>
//    naming its JS glue for the first screen.
// 1. CSP: Trunk emits an inline `<script type="module">` loader whose text names the hashed
//    JS/WASM files, so it changes every build. Its sha256 replaces the `'sha256-LOADER'`
//    placeholder in the CSP <meta> of index.html. Exactly one inline script is allowed; any
//    other inline script, or a missing placeholder, fails the build (a CSP that silently
//    blocks the app must not ship).
// 2. Service worker: src/web/sw.js is written to the stage with the asset list (every file
//    of the build, relative to the worker) and a cache version = sha256 over each file's name
//    and content, so any change in any file makes a new cache and the old one is dropped.
//
// Plain Node (>= 18), no dependencies: the build already needs Node for npm's wasm-opt.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
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

// ---- 0. The whole app's file names (issue 18, src/boot.rs) -----------------------------
// Trunk builds it as a "worker" (built, not loaded by the page) and so names its files without
// a content hash. Give them one, as Trunk does for the rest (the service worker may then take
// them from the HTTP cache, and no old copy is ever mixed with a new build), and name the glue
// in <meta name="shindan-full">, where the first screen looks for it.
const indexPath = join(stage, 'index.html');
let html = await readFile(indexPath, 'utf8');
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
  if (!html.includes('</head>')) fail('index.html has no </head>');
  // The wasm's subresource integrity, which src/web/full.js passes to fetch().
  const integrity = `sha384-${createHash('sha384').update(wasmBytes).digest('base64')}`;
  html = html.replace(
    '</head>',
    `<meta name="shindan-full" content="${name}.js" data-wasm-integrity="${integrity}"></head>`,
  );
}

// ---- 1. CSP hash of the inline loader --------------------------------------------------

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
  (m) => !/\bsrc\s*=/i.test(m[1]),
);
if (inline.length !== 1) {
  fail(`expected exactly one inline <script> (Trunk's loader), found ${inline.length}`);
}
const loaderHash = createHash('sha256').update(inline[0][2], 'utf8').digest('base64');
const placeholder = "'sha256-LOADER'";
if (html.split(placeholder).length !== 2) {
  fail(`index.html must contain the CSP placeholder ${placeholder} exactly once`);
}
html = html.replace(placeholder, `'sha256-${loaderHash}'`);
await writeFile(indexPath, html);

// ---- 2. Service worker asset list and version -------------------------------------------
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
const marker = /^const BUILD = .*;$/m;
if (!marker.test(template)) fail('src/web/sw.js has no `const BUILD = …;` line to fill');
await writeFile(join(stage, 'sw.js'), template.replace(marker, `const BUILD = ${JSON.stringify(build)};`));

console.log(
  `post_build: CSP loader sha256-${loaderHash}; service worker cache ${build.version} with ${build.assets.length} entries`,
);
