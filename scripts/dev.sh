#!/usr/bin/env bash
# Runs the app with hot reload on http://127.0.0.1:3000 (installs missing tools first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/bootstrap.sh
exec cargo leptos watch "$@"
