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
# A throwaway Redis for the shared-session test (two app instances, one store).
redis_port="$(free_port)"
redis_dir="$(mktemp -d)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir "$redis_dir" --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
# A throwaway Postgres: the session and shared store's SQL runs there too. Postgres refuses to run
# as root, so as root it runs as the `postgres` user Debian's package creates.
pg_bin="$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")")"
pg_port="$(free_port)"
pg_dir="$(mktemp -d)"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U app --auth=trust >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
"${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U app app
# Keeps the run's exit status: a server still writing its files while they are removed must not
# turn a green run red (Playwright does not wait for the app's graceful shutdown).
cleanup() {
  local status=$?
  if [ -f "$redis_dir/redis.pid" ]; then
    local pid
    pid="$(cat "$redis_dir/redis.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5; do
    rm -rf "$redis_dir" "$pg_dir" "${e2e_data:-}" 2>/dev/null && break
    sleep 1
  done
  exit "$status"
}
trap cleanup EXIT
export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"

# cargo-nextest runs every test in its own process: each spawned app (and its Leptos runtime)
# is alone in its process, as in production, so tests run in parallel without stalling renders.
step "rust tests" cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast
# The emulator imitates Logto 1.42 by default; the contract suite and the app's Logto-facing
# suites run again against its 1.37 profile (no send limit, no session routes).
step "rust tests (Logto 1.37)" env LOGTO_CONTRACT_VERSION=1.37 TEST_LOGTO_VERSION=1.37 \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast \
  -E 'binary(contract) | (binary(app) & test(/^(account|auth|custom_fields|profile|management|password|security|two_step)::/))'
# Proofs, throttles and the session index again with Redis, then Postgres, as the store; the
# declared fields' rows (versions, sealed values, migrations) again on Postgres.
step "rust tests (Redis store)" env TEST_SESSION_STORE_URL="$TEST_REDIS_URL" \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast \
  -E 'binary(app) & test(/^(account|password|security|shared_sessions)::/)'
step "rust tests (Postgres store and database)" \
  env TEST_SESSION_STORE_URL="postgres://app@127.0.0.1:$pg_port/app" \
  TEST_DATABASE_URL="postgres://app@127.0.0.1:$pg_port/app" \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast \
  -E 'binary(app) & test(/^(account|custom_fields|password|security|shared_sessions)::/)'
step "release build" scripts/build-release.sh
step "secret scan (WASM, JS, static files)" scripts/scan-secrets.sh target/site
# The load-without-loss run, reduced (scripts/bench-load.sh runs 200 editors for 60 s).
step "load without loss (20 editors, 10 s)" env LOAD_EDITORS=20 LOAD_SECS=10 \
  cargo run -q -p logto-profile-bench --bin load

e2e_data="$(mktemp -d)"
step "playwright" env E2E_PORT="$(free_port)" E2E_EMULATOR_PORT="$(free_port)" E2E_DATA_DIR="$e2e_data" \
  bash -c 'cd end2end && npx playwright test'

printf '\n\033[1;32mAll checks passed in %ss.\033[0m\n' "$((SECONDS - started))"
