#!/usr/bin/env bash
# Runs the app with hot reload on http://127.0.0.1:3000 (installs missing tools first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
# No hashed file names while developing: after an edit, watch rebuilds write unhashed files while
# the server keeps reading the first build's hash file, so the page would load stale WASM and fail
# to hydrate. Release builds (tests, benchmarks, deployment) keep hashing for long-lived caching.
export LEPTOS_HASH_FILES=false
exec cargo leptos watch "$@"
