#!/usr/bin/env bash
# Builds the release site and prints /profile's time to first byte and to the end (Logto at 0 ms
# and 300 ms), upstream calls per view, and its page weight.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
step "release build" scripts/build-release.sh
step "profile view" cargo run --release -p logto-profile-bench --bin profile_view
