#!/usr/bin/env bash
# The benchmark command (release build): throughput as browsers load pages (wrk, kept-alive
# connections, brotli) for signed-in /profile next to /healthz and the stylesheet; then /profile's
# first byte with Logto at 300 ms, upstream calls per view and every page's weight. Prints each
# figure with its budget; throughput rows also go to target/bench/throughput.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
command -v wrk >/dev/null || {
  echo "installing wrk from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
}
step "release build" scripts/build-release.sh
step "throughput" cargo run --release -p logto-profile-bench --bin throughput
step "profile view and page weight" cargo run --release -p logto-profile-bench --bin profile_view
