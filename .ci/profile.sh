#!/usr/bin/env bash
# Profiling helper (docs/performance.md). NOT part of the test gate.
# Builds the release wasm, keeps its function names through wasm-bindgen and wasm-opt (-g), puts
# it in a copy of a release dist/ (integrity attributes removed, since the wasm differs) and
# serves that on a free port; then runs one of:
#
#   bash .ci/profile.sh answers [N] [sme|executive]   CPU profile of N answers (unthrottled)
#   bash .ci/profile.sh load                          CPU profile of loading #/sme
#   bash .ci/profile.sh trace [rate]                  main-thread tasks while #/sme loads (4x)
#   bash .ci/profile.sh supply [--profile|--trace]    1,000 sealed responses imported, then the
#                                                     overview searched and sorted (unthrottled)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
bash .ci/setup.sh
out=target/profile
trunk build --release --offline
cargo build --release --locked --target wasm32-unknown-unknown --bin shindan
rm -rf "$out" && mkdir -p "$out/bg" && cp -r dist "$out/dist" && rm -rf "$out/dist/.stage"
# The first screen's build (src/main.rs; the whole app is shindan-full-*, src/boot.rs).
name=$(ls "$out"/dist | sed -n 's/^\(shindan-[0-9a-f]*\)\.js$/\1/p')
wasm-bindgen --target web --out-dir "$out/bg" --out-name "$name" target/wasm32-unknown-unknown/release/shindan.wasm
tests/e2e/node_modules/.bin/wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/bg/${name}_bg.wasm" -o "$out/dist/${name}_bg.wasm"
cp "$out/bg/$name.js" "$out/dist/$name.js"
sed -i -E 's/ (data-js-|data-wasm-)?integrity="[^"]*"//g' "$out/dist/index.html"

serve_dir "$out/dist" "$out/serve.log"
trap 'kill "$server" 2>/dev/null || true' EXIT
what=${1:-answers}
shift || true
cd tests/e2e
case "$what" in
  trace) node bench/trace.mjs "http://127.0.0.1:$port/" "${1:-4}" ;;
  load) node bench/profile.mjs "http://127.0.0.1:$port/" load ;;
  supply)
    (cd ../.. && cargo run --release --quiet --locked -p shindan-core --example bench_supply -- --seed "$out/supply-seed.json" > /dev/null)
    node bench/supply.mjs --url "http://127.0.0.1:$port/" --seed "../../$out/supply-seed.json" "${1:---profile}" ;;
  *) node bench/profile.mjs "http://127.0.0.1:$port/" answers "${1:-200}" "${2:-sme}" ;;
esac
