#!/usr/bin/env bash
# Runs every check: formatting, clippy (server and wasm), Rust tests, Playwright on a release build.
# Installs what is missing first (tools, Debian chromium, Node packages).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
started=$SECONDS

step "bootstrap" scripts/bootstrap.sh --test
step "rustfmt" cargo fmt --all --check
step "clippy (server)" cargo clippy --workspace --all-targets --features logto-profile/ssr -- -D warnings
step "clippy (wasm)" cargo clippy -p logto-profile --lib --target wasm32-unknown-unknown \
  --features hydrate -- -D warnings
step "rust tests" cargo test --workspace --features logto-profile/ssr
step "release build" cargo leptos build --release --precompress

e2e_data="$(mktemp -d)"
trap 'rm -rf "$e2e_data"' EXIT
step "playwright" env E2E_PORT="$(free_port)" E2E_EMULATOR_PORT="$(free_port)" E2E_DATA_DIR="$e2e_data" \
  bash -c 'cd end2end && npx playwright test'

printf '\n\033[1;32mAll checks passed in %ss.\033[0m\n' "$((SECONDS - started))"
