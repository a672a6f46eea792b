# Sourced by the test command and scripts/cluster.sh: a throwaway Redis and Postgres (Debian's
# packages) on free ports, removed again by `stop_services`. Sets TEST_REDIS_URL, PG_URL.

start_services() {
  redis_port="$(free_port)"
  redis_dir="$(mktemp -d)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$redis_dir" --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
  export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
  # Postgres refuses to run as root, so as root it runs as the `postgres` user Debian's package
  # creates.
  pg_bin="$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")")"
  pg_port="$(free_port)"
  pg_dir="$(mktemp -d)"
  as_pg=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U app --auth=trust >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
  "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U app app
  export PG_URL="postgres://app@127.0.0.1:$pg_port/app"
}

# A fresh, empty database on the same server.
new_database() {
  "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U app "$1"
  echo "postgres://app@127.0.0.1:$pg_port/$1"
}

stop_services() {
  if [ -f "${redis_dir:-/nonexistent}/redis.pid" ]; then
    local pid
    pid="$(cat "$redis_dir/redis.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "${pg_dir:-}" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  for _ in 1 2 3 4 5; do
    rm -rf "${redis_dir:-}" "${pg_dir:-}" 2>/dev/null && break
    sleep 1
  done
}
