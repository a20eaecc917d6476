# Sourced by the other scripts: tools on PATH in the right order.
# npm's wasm-opt (binaryen 132) must come before any Debian one; cargo-installed tools next.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/.ci/webdriver.json"
