#!/usr/bin/env bash
# The full bad-input corpus (12,000 malformed requests over every route and server function);
# the test command runs 600 of them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
BAD_INPUT_CASES="${BAD_INPUT_CASES:-12000}" cargo nextest run -p logto-profile --features ssr \
  --no-capture -E 'test(bad_input_never_gets_a_5xx)'
