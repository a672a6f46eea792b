#!/usr/bin/env bash
# Two app instances on one state: a throwaway Redis (sessions, throttles) and Postgres (the app's
# database), the emulator as its own process, two release instances, Debian's haproxy in front.
# Without arguments it runs the checks (signed in across, throttles across, fields across, one
# instance killed under load); `--hold` keeps the cluster up and prints its address.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh --test
step "release build" scripts/build-release.sh
source scripts/services.sh
start_services
trap stop_services EXIT
CLUSTER_REDIS_URL="$TEST_REDIS_URL" CLUSTER_DATABASE_URL="$PG_URL" \
  cargo run -q --release -p logto-profile-bench --bin cluster -- "$@"
