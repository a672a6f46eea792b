#!/usr/bin/env bash
# Runs every Rust test in parallel N times in a row (default 20) and fails on the first run with
# a failure or a stall (nextest's slow-timeout ends a test that hangs): the check that tests no
# longer need to run one at a time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
runs="${1:-20}"
for i in $(seq "$runs"); do
  started=$SECONDS
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast >/tmp/test-parallel.log 2>&1 || {
    cat /tmp/test-parallel.log
    echo "run $i of $runs failed" >&2
    exit 1
  }
  echo "run $i of $runs: $(grep -E 'Summary' /tmp/test-parallel.log | sed 's/^ *//') ($((SECONDS - started)) s)"
done
