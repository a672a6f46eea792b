#!/usr/bin/env bash
# Fails if a demo secret, demo password or a JWT is in what browsers download (WASM, JS, CSS,
# static files) of the release build. Pages and logs are scanned by tests/app/secrets.rs.
set -euo pipefail
site="${1:-target/site}"
found=0
for needle in profile-web-dev-secret profile-m2m-dev-secret Profile-demo-2026 Profile-alex-2026 eyJ; do
  # -a: the WASM is binary; compressed copies (.br, .gz) hold the same bytes as their originals.
  if grep -rla --exclude='*.br' --exclude='*.gz' -- "$needle" "$site"; then
    echo "secret scan: '$needle' found in the files above" >&2
    found=1
  fi
done
[ "$found" -eq 0 ] && echo "secret scan: nothing found in $(find "$site" -type f ! -name '*.br' ! -name '*.gz' | wc -l) files"
exit "$found"
