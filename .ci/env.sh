# Sourced by the other scripts: tools on PATH in the right order.
# npm's wasm-opt (binaryen 132) must come before any Debian one; cargo-installed tools next.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/.ci/webdriver.json"

# serve_dir DIR LOG: serves DIR with tests/e2e/serve.mjs on a free 127.0.0.1 port in the
# background and waits until it answers; sets $port and $server (the pid). Bench and profile use it.
serve_dir() {
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  node "$ROOT/tests/e2e/serve.mjs" --dir "$1" --port "$port" > "$2" 2>&1 &
  server=$!
  for _ in $(seq 100); do
    node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
    sleep 0.2
  done
}
