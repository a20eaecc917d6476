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
if grep -rnE '\b(yew|web_sys|gloo|gloo_storage|wasm_bindgen|js_sys)::' src/model src/assessment src/persist src/share src/chart.rs src/format.rs src/lang.rs src/i18n.rs src/route.rs src/incident.rs 2>/dev/null; then
  echo "a pure module imports a browser crate (see above)"; exit 1
fi
step "one door to storage: only hooks/persistence.rs calls the storage edge"
if grep -rnE '(\bcrate::storage\b|(^|[^_[:alnum:]:])storage::[a-z_]+)' src --include=*.rs \
    | grep -vE '^src/(storage|hooks/persistence)\.rs:' | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "a module other than hooks/persistence.rs reaches crate::storage (see above)"; exit 1
fi
step "native tests"
cargo test --locked
step "browser tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web
step "release build"
trunk build --release --offline
step "end-to-end tests (Playwright, Chromium)"
(cd tests/e2e && npx playwright test)
echo
echo "ALL CHECKS PASSED"
