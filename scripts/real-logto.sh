#!/usr/bin/env bash
# Runs the Logto-facing suites against a REAL Logto: the emulator's contract suite, and the app's
# integration tests that talk to Logto (sign-in and sign-out, sessions, password, profile, codes,
# email/phone, second steps, identities, deletion), each on users of their own.
#
#   scripts/real-logto.sh ENV_FILE VERSION      e.g. /tmp/real-logto-latest.env 1.42
#
# ENV_FILE is what ../shared/real-logto/setup.sh writes (LOGTO_ENDPOINT, the web and M2M apps,
# the mock connectors' record files); VERSION is 1.37 or 1.42. Not part of scripts/test.sh: CI
# cannot fetch Logto's sources. The web app gets the redirect URIs of ports 3100-3199 (the tests'
# apps bind one of them) added through the Management API; nothing else of that Logto changes
# but the users the tests make.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
env_file="${1:?usage: scripts/real-logto.sh ENV_FILE VERSION}"
version="${2:?usage: scripts/real-logto.sh ENV_FILE VERSION}"
# shellcheck disable=SC1090
source "$env_file"
ports="${TEST_REAL_LOGTO_PORTS:-3100-3199}"

step "register redirect URIs for ports $ports" python3 - "$ports" <<'PY'
import json, os, sys, urllib.request
base = os.environ["LOGTO_ENDPOINT"].rstrip("/")
def call(method, path, body=None, token=None, form=None, auth=None):
    headers, data = {}, None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    if form is not None:
        data = "&".join(f"{k}={v}" for k, v in form.items()).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if token:
        headers["Authorization"] = "Bearer " + token
    if auth:
        headers["Authorization"] = "Basic " + auth
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=20) as res:
        text = res.read()
        return json.loads(text) if text else None
import base64
basic = base64.b64encode(f"{os.environ['LOGTO_M2M_APP_ID']}:{os.environ['LOGTO_M2M_APP_SECRET']}".encode()).decode()
token = call("POST", "/oidc/token", form={"grant_type": "client_credentials",
    "resource": os.environ.get("MGMT_RESOURCE", "https://default.logto.app/api"), "scope": "all"},
    auth=basic)["access_token"]
app = call("GET", f"/api/applications/{os.environ['LOGTO_APP_ID']}", token=token)
meta = app["oidcClientMetadata"]
low, high = map(int, sys.argv[1].split("-"))
origins = [f"http://127.0.0.1:{p}" for p in range(low, high + 1)]
meta["redirectUris"] = sorted(set(meta["redirectUris"]) | {o + "/callback" for o in origins})
meta["postLogoutRedirectUris"] = sorted(set(meta.get("postLogoutRedirectUris") or []) | {o + "/" for o in origins})
call("PATCH", f"/api/applications/{os.environ['LOGTO_APP_ID']}", body={"oidcClientMetadata": meta}, token=token)
print(f"{len(meta['redirectUris'])} redirect URIs")
PY

contract_env=(
  LOGTO_CONTRACT_ENDPOINT="$LOGTO_ENDPOINT"
  LOGTO_CONTRACT_VERSION="$version"
  LOGTO_CONTRACT_M2M_APP_ID="$LOGTO_M2M_APP_ID"
  LOGTO_CONTRACT_M2M_APP_SECRET="$LOGTO_M2M_APP_SECRET"
  LOGTO_CONTRACT_APP_ID="$LOGTO_APP_ID"
  LOGTO_CONTRACT_APP_SECRET="$LOGTO_APP_SECRET"
  LOGTO_CONTRACT_MOCK_EMAIL_FILE="${LOGTO_MOCK_EMAIL_FILE:-}"
  LOGTO_CONTRACT_MOCK_SMS_FILE="${LOGTO_MOCK_SMS_FILE:-}"
)
# One at a time: the cases share the mock connectors' record files. (The same features as the
# test command, so its build is reused.)
step "contract suite against Logto $version at $LOGTO_ENDPOINT" \
  env "${contract_env[@]}" cargo nextest run --workspace --features logto-profile/ssr \
  --no-fail-fast -j 1 -E 'binary(contract)'

# The app's tests that talk to Logto, as the list in tests/app/real_logto.rs names them; one at a
# time, since each makes the seeded users anew.
filter="$(sed -n 's/^ *"\(.*\)",$/\1/p' tests/app/real_logto.rs | paste -sd'|')"
step "app's Logto-facing tests against Logto $version" \
  env TEST_REAL_LOGTO=1 TEST_LOGTO_VERSION="$version" TEST_REAL_LOGTO_PORTS="$ports" \
  cargo nextest run --workspace --features logto-profile/ssr --no-fail-fast -j 1 \
  -E "binary(app) & test(/^($filter)$/)"
