# Sourced by the scripts: puts the project's tools on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Debian puts haproxy (and postgres tools) under sbin, which non-root PATHs may lack.
export PATH="$HOME/.cargo/bin:$root/end2end/node_modules/.bin:$PATH:/usr/sbin:/sbin"
cd "$root"
# A CI run builds once from a clean clone: incremental caches would only take disk (1.7 GB).
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

step() {
  local name="$1"
  shift
  printf '\n\033[1;34m==> %s\033[0m\n' "$name"
  local started=$SECONDS
  "$@"
  printf '\033[1;32m<== %s (%ss)\033[0m\n' "$name" "$((SECONDS - started))"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Free space where the build goes, and what the build takes: a full disk fails a run midway.
disk_report() {
  printf 'disk: %s free on %s; target/ %s\n' \
    "$(df -h --output=avail "$root" | tail -1 | tr -d ' ')" "$root" \
    "$(du -sh "$root/target" 2>/dev/null | cut -f1 || echo 0)"
}
