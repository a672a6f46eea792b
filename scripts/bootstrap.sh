#!/usr/bin/env bash
# Installs the build tools this project needs, offline-safe (package registries only).
# Idempotent: each step is skipped when its tool is already present at the right version.
#   scripts/bootstrap.sh          Rust side: wasm32 target, cargo-leptos, wasm-bindgen CLI, npm deps
#   scripts/bootstrap.sh --test   also the browser and services the test suite needs
#   scripts/bootstrap.sh --bench  those, and wrk for the benchmark command
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$here/end2end/node_modules/.bin:$PATH"

CARGO_LEPTOS_VERSION=0.3.11
# Must match the `wasm-bindgen` pin in Cargo.toml exactly.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$here/Cargo.toml")"

log() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The release WASM rebuilds the standard library for size (scripts/build-release.sh).
if ! rustup component list --installed | grep -q '^rust-src'; then
  log "adding the rust-src component"
  rustup component add rust-src
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  log "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 10 minutes on 2 cores)"
  # Its lockfile pins cargo-util-schemas 0.14.2, which needs a newer rustc than ours:
  # fetch the source, pin 0.14.1 and install from the copy. no_downloads keeps it offline.
  cargo install --locked cargo-leptos --version "$CARGO_LEPTOS_VERSION" >/dev/null 2>&1 || true
  src="$(ls -d "$HOME"/.cargo/registry/src/*/cargo-leptos-"$CARGO_LEPTOS_VERSION" | head -n1)"
  work="$(mktemp -d)"
  cp -r "$src" "$work/cargo-leptos"
  (cd "$work/cargo-leptos" && cargo update -p cargo-util-schemas --precise 0.14.1)
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --path "$work/cargo-leptos" --features no_downloads
  rm -rf "$work"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version missing from the index.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The test runner (preinstalled on this machine kind; installed from crates.io elsewhere).
if ! cargo nextest --version >/dev/null 2>&1; then
  log "installing cargo-nextest"
  cargo install --locked cargo-nextest
fi

# Node packages: Playwright and binaryen's wasm-opt (Debian's binaryen 108 breaks the wasm).
stamp="$here/end2end/node_modules/.installed-from-lock"
if [ ! -x "$here/end2end/node_modules/.bin/wasm-opt" ] ||
   ! cmp -s "$here/end2end/package-lock.json" "$stamp"; then
  log "installing end2end Node packages"
  (cd "$here/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp "$here/end2end/package-lock.json" "$stamp"
fi

# The test command and the benchmarks: browsers, throwaway stores, a load balancer, a load
# generator (all Debian packages).
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--bench" ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  command -v redis-server >/dev/null || need+=(redis-server)
  command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 ||
    need+=(postgresql)
  command -v haproxy >/dev/null || need+=(haproxy)
  [ "$1" = "--bench" ] && ! command -v wrk >/dev/null && need+=(wrk)
  # The screenshots in Japanese (and Chinese, Korean): Chromium draws boxes without a CJK font.
  [ "$1" = "--bench" ] && [ ! -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] &&
    need+=(fonts-noto-cjk)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]} from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
fi
log "tools ready"
