#!/usr/bin/env bash
# The release build: the server, and the WASM with the standard library rebuilt for size.
# Rebuilding std (`-Zbuild-std`) with the immediate-abort panic strategy, no panic locations and
# no `Debug` formatting takes 16.5 KB (brotli) off the WASM every page with islands downloads —
# the page-weight budget's largest lever. Stable rustc with its own `rust-src` does it when told
# that unstable flags are wanted (`RUSTC_BOOTSTRAP`); the server part is built as usual.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
export RUSTC_BOOTSTRAP=1
cargo leptos build --release --precompress \
  --lib-cargo-args=-Zbuild-std=std,panic_abort \
  --lib-cargo-args=-Zbuild-std-features=optimize_for_size \
  '--lib-cargo-args=--config=target.wasm32-unknown-unknown.rustflags=["-Zunstable-options","-Cpanic=immediate-abort","-Zlocation-detail=none","-Zfmt-debug=none"]' \
  "$@"
# wasm-bindgen's import names, shortened in the WASM and its glue (2.8 KB brotli off /profile).
node scripts/short-imports.mjs target/site/pkg
# The emulator as its own process (the two-instance test, the memory benchmark).
cargo build --release -q -p logto-emulator
