#!/usr/bin/env bash
# Builds the release site and prints the page weight (HTML, CSS, JS, WASM: raw, gzip, brotli).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
step "release build" scripts/build-release.sh
step "page weight" cargo run --release -p logto-profile-bench --bin page_weight
