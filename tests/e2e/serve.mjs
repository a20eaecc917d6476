// A tiny static server for dist/ with no dependencies: used by the README's serve command and
// by the e2e suite. It serves the same files at "/" and under a sub-path (default
// "/nested/sub/path/") to prove the build works from any sub-path, and can append every request
// line to a log file (the e2e suite asserts that no fragment payload ever reaches a server).
//
//   node tests/e2e/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
//   env SUBPATH=/nested/sub/path/  LOG_FILE=/tmp/shindan-requests.log
import { createServer } from 'node:http';
import { readFile, stat, appendFile } from 'node:fs/promises';
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
    res.writeHead(200, {
      'Content-Type': types[extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
});

server.listen(port, host, () => {
  console.log(`Shindan is served at http://${host}:${port}/ (and under ${subpath}) from ${root}`);
});
