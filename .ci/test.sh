#!/usr/bin/env bash
# README command 2: the whole gate. Installs what is missing first (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
bash .ci/setup.sh

step() { printf '\n=== %s ===\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "clippy (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "the pure crates depend on no browser crate (cargo tree -p shindan-core / shindan-scs -e normal)"
for crate in shindan-core shindan-scs; do
  tree=$(cargo tree -p "$crate" -e normal --target all --locked --prefix none)
  echo "$tree" | sed -n '1,12p'
  if echo "$tree" | grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)'; then
    echo "$crate depends on a browser crate (see above)"; exit 1
  fi
done
step "one door: only src/door/ touches localStorage, WebCrypto, files, the clipboard, the share sheet"
if grep -rnE '(local_storage|LocalStorage|gloo_storage|\.subtle\(|\.crypto\(|clipboard|share_with_data|create_object_url|JsFuture::from\([a-z_.]*\.text\(\))' src --include=*.rs \
    | grep -vE '^src/door/' | grep -vE '^[^:]+:[0-9]+:\s*(//|\*)'; then
  echo "a module outside src/door/ calls a browser I/O API (see above)"; exit 1
fi
step "only the store's hook opens the storage door"
if grep -rnE 'door::storage\b' src --include=*.rs | grep -vE '^src/(door/mod|hooks/store)\.rs:' | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "a module other than hooks/store.rs reaches door::storage (see above)"; exit 1
fi
step "imports: no circle between files, none pointing up the layers (docs/architecture.md)"
node .ci/imports.mjs
step "native tests (every crate)"
cargo test --workspace --locked
step "browser tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web --test web_supply
step "release build"
trunk build --release --offline
step "end-to-end tests (Playwright, Chromium)"
(cd tests/e2e && npx playwright test)
step "end-to-end core journey (WebKit)"
(cd tests/e2e && xvfb-run -a node webkit/journey.mjs)
echo
echo "ALL CHECKS PASSED"
