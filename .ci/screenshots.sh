#!/usr/bin/env bash
# Regenerates the README's screenshots from the running app (tests/e2e/screenshots.spec.js):
# the SME results on a phone and the executive results on a laptop.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
bash .ci/setup.sh
trunk build --release --offline
(cd tests/e2e && UPDATE_SCREENSHOTS=1 npx playwright test screenshots.spec.js)
ls -l tests/e2e/screenshots/
