#!/usr/bin/env bash
# The benchmark command (release build), driving the app as a browser does (kept-alive
# connections, brotli): every page's bytes on the wire and hydration in headless Chromium,
# /profile's first byte with Logto at 300 ms and upstream calls per view, a save's own overhead,
# throughput next to /healthz and a static file (wrk), M2M tokens for 100 cold views, and resident
# memory with 10,000 sessions. Prints each figure with its budget and pass/fail, then all of them
# together; target/bench/results.json keeps them for comparison between commits.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh --bench
rm -f target/bench/*.json
step "release build" scripts/build-release.sh
step "bytes on the wire and hydration (Chromium)" cargo run -q --release -p logto-profile-bench --bin browser
step "first byte, upstream calls, save overhead" cargo run -q --release -p logto-profile-bench --bin profile_view
step "throughput (wrk)" cargo run -q --release -p logto-profile-bench --bin throughput
step "memory with 10,000 sessions" cargo run -q --release -p logto-profile-bench --bin memory
step "summary" cargo run -q --release -p logto-profile-bench --bin summary
