// A tiny static server for dist/ with no dependencies: used by the README's serve command and
// by the e2e suite. It serves the same files at "/" and under a sub-path (default
// "/nested/sub/path/") to prove the build works from any sub-path, and can append every request
// line to a log file (the e2e suite asserts that no fragment payload ever reaches a server).
// It answers like a well-configured static host: gzip or brotli when the browser accepts it,
// an ETag with 304 on revalidation, `immutable` caching for Trunk's content-hashed file names
// and `no-cache` for the stably named ones (index.html, sw.js, manifest, icons).
//
//   node tests/e2e/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--warm]
//   env SUBPATH=/nested/sub/path/  LOG_FILE=/tmp/shindan-requests.log
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
import { readFile, readdir, stat, appendFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = resolve(opt('dir', 'dist'));
const port = Number(opt('port', process.env.PORT || '8080'));
const host = opt('host', '127.0.0.1');
const subpath = process.env.SUBPATH || '/nested/sub/path/';
const logFile = process.env.LOG_FILE || '';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk writes its 64-bit content hash in hex without leading zeros: 16 digits, 15 one time in
// 16 (as src/web/post_build.mjs reads it).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css|svg)$/;
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
const cache = new Map(); // `${etag} ${encoding}` -> compressed body (files do not change while served)
const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
function compressed(etag, encoding, body) {
  const key = `${etag} ${encoding}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return cache.get(key);
}

const server = createServer(async (req, res) => {
  if (logFile) {
    await appendFile(logFile, `${new Date().toISOString()} ${req.method} ${req.url}\n`).catch(() => {});
  }
  let path = decodeURIComponent((req.url || '/').split('?')[0]);
  if (path.startsWith(subpath)) path = '/' + path.slice(subpath.length);
  else if (path + '/' === subpath) {
    res.writeHead(301, { Location: subpath });
    return res.end();
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403);
    return res.end('forbidden');
  }
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const etag = etagOf(body);
    const headers = {
      'Content-Type': types[extname(file)] || 'application/octet-stream',
      // Trunk puts a content hash in these names: a new build has new names.
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if ((req.headers['if-none-match'] || '').split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304, headers);
      return res.end();
    }
    const accepted = String(req.headers['accept-encoding'] || '');
    const encoding = !COMPRESSIBLE.test(file) ? null : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(encoding ? compressed(etag, encoding, body) : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
});

// --warm: brotli-compress the top-level files before listening (the e2e suite asks for it), so the
// first test of a run does not wait for a quality-11 pass over the wasm on a loaded machine.
if (args.includes('--warm')) {
  for (const name of await readdir(root)) {
    const file = join(root, name);
    if (!COMPRESSIBLE.test(file) || !(await stat(file)).isFile()) continue;
    const body = await readFile(file);
    compressed(etagOf(body), 'br', body);
  }
}

server.listen(port, host, () => {
  console.log(`Shindan is served at http://${host}:${port}/ (and under ${subpath}) from ${root}`);
});
