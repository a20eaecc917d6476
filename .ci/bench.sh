#!/usr/bin/env bash
# docs/performance.md: builds the release, serves dist/ on a free port and measures transfer
# sizes, navigation → interactive, answer → update, the share-link length and localStorage use;
# then Shindan against its floor: the minimal Yew app of bench/floor, built here with
# the same profile and tools, and a static copy of Shindan's first screen (tests/e2e/bench/floor.mjs).
# NOT part of the test gate (.ci/test.sh): timings are reported, never asserted.
#
#   .ci/bench.sh [--runs 10] [--answers 250]       extra arguments go to tests/e2e/bench/bench.mjs
#                                                   (and --runs to floor.mjs)
#   BENCH_SKIP_BUILD=1 .ci/bench.sh                 measure the existing dist/ (the floor is still built)
#   BENCH_LIGHTHOUSE=0 .ci/bench.sh                 skip Lighthouse (3 mobile runs on #/, #/sme, #/executive
#                                                   and the floor app: about four minutes)
#   BENCH_SHARE=0 .ci/bench.sh                      skip the share-link example (a native build of the crate)
#   BENCH_FLOOR=0 .ci/bench.sh                      skip the floor comparison
#   BENCH_SUPPLY=0 .ci/bench.sh                     skip the 1,000-partner register (BENCH_SUPPLY_RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
bash .ci/setup.sh

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  trunk build --release --offline
fi
# The floor app: its own package and lockfile, Shindan's release profile and tools; its target
# dir inside this repository's (target/floor), so a rebuild is incremental.
floor="${BENCH_FLOOR:-1}"
if [ "$floor" = "1" ]; then
  (cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" \
    trunk build --release --offline --locked --dist "$ROOT/target/floor/dist")
fi
# Measure a snapshot, so a concurrent build cannot swap dist/ in the middle of a run.
rm -rf target/bench/dist
mkdir -p target/bench
cp -r dist target/bench/dist
rm -rf target/bench/dist/.stage

# Share-link length from the real codec (a native example); "n/a" when the codec is missing.
share_json=target/bench/share.json
if [ "${BENCH_SHARE:-1}" != "1" ]; then
  : > "$share_json"
elif ! cargo run --quiet --locked -p shindan-core --example bench_share > "$share_json" 2> target/bench/share.err; then
  echo "bench: share example unavailable (see target/bench/share.err)" >&2
  : > "$share_json"
fi

servers=()
trap 'kill "${servers[@]}" 2>/dev/null || true' EXIT
if [ "$floor" = "1" ]; then
  rm -rf target/bench/floor-dist
  cp -r target/floor/dist target/bench/floor-dist
  rm -rf target/bench/floor-dist/.stage
  serve_dir target/bench/floor-dist target/bench/serve-floor.log
  servers+=("$server")
  floor_port=$port
fi
serve_dir target/bench/dist target/bench/serve.log
servers+=("$server")

# Lighthouse (3 mobile runs each) on the three entry pages and on the floor app.
lh_json=target/bench/lighthouse-sme.json
rm -f target/bench/lighthouse*.json
if [ "${BENCH_LIGHTHOUSE:-1}" = "1" ]; then
  for entry in home: sme:sme executive:executive; do
    name=${entry%%:*} hash=${entry#*:}
    node tests/e2e/bench/lighthouse.mjs "http://127.0.0.1:$port/#/$hash" > "target/bench/lighthouse-$name.json" \
      || : > "target/bench/lighthouse-$name.json"
  done
  if [ "$floor" = "1" ]; then
    node tests/e2e/bench/lighthouse.mjs "http://127.0.0.1:$floor_port/" > target/bench/lighthouse-floor.json \
      || : > target/bench/lighthouse-floor.json
  fi
fi
[ -f "$lh_json" ] || : > "$lh_json"

(cd tests/e2e && node bench/bench.mjs --url "http://127.0.0.1:$port/" --dist ../../target/bench/dist \
  --share-json "../../$share_json" --lighthouse-json "../../$lh_json" --out ../../target/bench/bench.json "$@")

if [ "$floor" = "1" ]; then
  echo
  (cd tests/e2e && node bench/floor.mjs --url "http://127.0.0.1:$port/" --dist ../../target/bench/dist \
    --floor-url "http://127.0.0.1:$floor_port/" --floor-dist ../../target/bench/floor-dist \
    --out ../../target/bench/floor.json "$@")
fi

# The supply-chain register at 1,000 partners, in its own script: the native example
# seals 1,000 responses (target/bench/supply-seed.json, not committed) and prints its native
# figures; tests/e2e/bench/supply.mjs imports them in the browser, times overview updates and
# sizes the stored register, prints its table and merges its JSON into bench.json.
if [ "${BENCH_SUPPLY:-1}" = "1" ]; then
  if cargo run --release --quiet --locked -p shindan-core --example bench_supply -- --seed target/bench/supply-seed.json \
    > target/bench/supply-native.json 2> target/bench/supply.err; then
    (cd tests/e2e && node bench/supply.mjs --url "http://127.0.0.1:$port/" --runs "${BENCH_SUPPLY_RUNS:-5}" \
      --seed ../../target/bench/supply-seed.json --native-json ../../target/bench/supply-native.json \
      --out ../../target/bench/supply.json --merge-into ../../target/bench/bench.json)
  else
    echo "bench: the supply example failed (see target/bench/supply.err)" >&2
  fi
fi

# Every figure above in one table, Shindan | floor | ratio | target (README keeps the latest).
echo
node tests/e2e/bench/table.mjs --dir target/bench --out target/bench/table.json
