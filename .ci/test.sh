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
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "pure modules import no browser API"
if grep -rnE '\b(yew|web_sys|gloo|gloo_storage|wasm_bindgen|js_sys)::' src/model src/assessment src/store src/storage src/share src/supply src/chart.rs src/csv.rs src/format.rs src/lang.rs src/i18n.rs src/route.rs src/incident.rs 2>/dev/null \
    | grep -vE '^src/storage/edge\.rs:'; then
  echo "a pure module imports a browser crate (see above)"; exit 1
fi
step "one door to storage: only hooks/store.rs calls the storage edge"
if grep -rnE '(\bedge::|storage::edge\b|mod edge\b)' src --include=*.rs \
    | grep -vE '^src/(storage/edge|storage/mod|hooks/store)\.rs:' | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "a module other than hooks/store.rs reaches crate::storage::edge (see above)"; exit 1
fi
step "layers point one way: the pure core never imports the store, the views or the edge"
if grep -rnE 'crate::(store|hooks|pages|components|app)\b' src/model src/assessment src/storage src/share src/supply src/incident.rs src/csv.rs src/format.rs src/chart.rs src/lang.rs src/i18n.rs src/route.rs \
    | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "a lower layer imports a higher one (see above)"; exit 1
fi
if grep -rnE 'crate::(storage|share)\b' src/model src/assessment src/incident.rs src/csv.rs src/format.rs src/chart.rs src/lang.rs src/i18n.rs \
    | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "the domain (model, assessment, incident) imports storage or share (see above)"; exit 1
fi
step "imports: no circle between files, none pointing up the layers (docs/architecture.md)"
node .ci/imports.mjs
step "native tests"
cargo test --locked
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
