#!/usr/bin/env bash
# README command 1: install what is missing, build the release, serve it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
bash .ci/setup.sh
trunk build --release --offline
exec node tests/e2e/serve.mjs --dir dist --port "${PORT:-8080}" --host 127.0.0.1
