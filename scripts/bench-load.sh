#!/usr/bin/env bash
# Load without loss: 200 signed-in editors for 60 s against the release build (profile views,
# saves of a built-in field, a Logto customData field and an own-database field, password
# proofs); prints requests, p50/p99 and errors, then checks every user's last saved values.
# LOAD_EDITORS and LOAD_SECS change the size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
step "release build" scripts/build-release.sh
step "load" cargo run --release -p logto-profile-bench --bin load
