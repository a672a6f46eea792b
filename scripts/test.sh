#!/usr/bin/env bash
# Runs every check: formatting, clippy (server and wasm), Rust tests, Playwright on a release build.
# Installs what is missing first (tools, Debian chromium, Node packages).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
started=$SECONDS
disk_report

step "bootstrap" scripts/bootstrap.sh --test
step "rustfmt" cargo fmt --all --check
step "import circles" python3 scripts/import-circles.py
step "clippy (server)" cargo clippy --workspace --all-targets --features logto-profile/ssr -- -D warnings
step "clippy (wasm)" cargo clippy -p logto-profile --lib --target wasm32-unknown-unknown \
  --features hydrate -- -D warnings
# A throwaway Redis (shared sessions, throttles) and Postgres (the session store's and the
# database's SQL) for the suites that run again on them, and for the two-instance test.
source scripts/services.sh
start_services
# Keeps the run's exit status: a server still writing its files while they are removed must not
# turn a green run red (Playwright does not wait for the app's graceful shutdown).
cleanup() {
  local status=$?
  stop_services
  rm -rf "${e2e_data:-}" 2>/dev/null || true
  exit "$status"
}
trap cleanup EXIT

# cargo-nextest runs every test in its own process: each spawned app (and its Leptos runtime)
# is alone in its process, as in production, so tests run in parallel without stalling renders.
# Tests that need Redis are marked ignored (a plain `cargo nextest run` lists them as skipped);
# here Redis runs, so they run too. Without TEST_REDIS_URL they fail in CI.
step "rust tests" cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast \
  --run-ignored all
# The runs beyond the default (emulator as Logto 1.42, SQLite) take the modules declared for
# them next to the tests (tests/app/matrix.rs).
matrix() { cargo run -q -p logto-profile-bench --bin matrix -- "$1"; }
# The emulator imitates Logto 1.42 by default; the contract suite and the app's Logto-facing
# suites run again against its 1.37 profile (no send limit, no session routes).
step "rust tests (Logto 1.37)" env LOGTO_CONTRACT_VERSION=1.37 TEST_LOGTO_VERSION=1.37 \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast --run-ignored all \
  -E "$(matrix logto-1.37)"
# Proofs, throttles and the session index again with Redis, then Postgres, as the store; the
# declared fields' rows (versions, sealed values, migrations) again on Postgres.
step "rust tests (Redis store)" env TEST_SESSION_STORE_URL="$TEST_REDIS_URL" \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast --run-ignored all \
  -E "$(matrix redis)"
step "rust tests (Postgres store and database)" \
  env TEST_SESSION_STORE_URL="$PG_URL" \
  TEST_DATABASE_URL="$PG_URL" \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast --run-ignored all \
  -E "$(matrix postgres)"
step "release build" scripts/build-release.sh
step "secret scan (WASM, JS, static files)" scripts/scan-secrets.sh target/site
# The load-without-loss run, reduced (scripts/bench-load.sh runs 200 editors for 60 s).
step "load without loss (20 editors, 10 s)" env LOAD_EDITORS=20 LOAD_SECS=10 \
  cargo run -q -p logto-profile-bench --bin load
step "two instances on one state (haproxy, Redis, Postgres, one killed under load)" \
  env CLUSTER_REDIS_URL="$TEST_REDIS_URL" CLUSTER_DATABASE_URL="$(new_database cluster)" \
  cargo run -q -p logto-profile-bench --bin cluster

e2e_data="$(mktemp -d)"
step "playwright" env E2E_PORT="$(free_port)" E2E_EMULATOR_PORT="$(free_port)" \
  E2E_PASSKEY_PORT="$(free_port)" E2E_PASSKEY_EMULATOR_PORT="$(free_port)" E2E_DATA_DIR="$e2e_data" \
  bash -c 'cd end2end && npx playwright test'

disk_report
printf '\n\033[1;32mAll checks passed in %ss.\033[0m\n' "$((SECONDS - started))"
