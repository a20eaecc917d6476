#!/usr/bin/env bash
# Installs whatever is missing, idempotently, checking versions. Everything comes from
# apt, rustup, crates.io or npm: nothing is downloaded from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh

TRUNK_VERSION=0.21.14
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3}' Cargo.lock)
# WebKit for the second-engine journey: WebKitGTK's WebDriver (/usr/bin/WebKitWebDriver, which
# drives its MiniBrowser) under Xvfb; xauth is only a Recommends of xvfb but xvfb-run needs it.
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk poppler-utils webkit2gtk-driver xvfb xauth)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  echo "setup: installing trunk $TRUNK_VERSION (about 3 minutes)"
  CARGO_PROFILE_DEV_DEBUG=0 cargo install --locked --debug trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  echo "setup: installing wasm-bindgen-cli $WBG_VERSION (about 3-5 minutes)"
  # No --locked: its lockfile names a webpki-roots version the reachable index lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# npm packages from the committed lockfile; reinstall only when the lockfile changed.
lock_hash=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ "$(cat tests/e2e/node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
  echo "$lock_hash" > tests/e2e/node_modules/.lock-hash
fi

cargo fetch --locked >/dev/null
