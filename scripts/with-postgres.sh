#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb into a temporary
# folder, a unix socket only (no TCP port), stopped and removed at the end.
# The command sees MIGSTAT_TEST_PG, an administrator's connection URL.
#   scripts/with-postgres.sh swift test
# PostgreSQL refuses to run as root: as root, the cluster runs as `postgres`.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (make setup installs it)" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exec "$@"      # a developer without PostgreSQL: its tests say they were skipped
fi

dir=$(mktemp -d /tmp/migstat-pg.XXXXXX)
chmod 755 "$dir"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  run_as=(runuser -u postgres --)
fi
stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -c listen_addresses='' -c fsync=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

export MIGSTAT_TEST_PG="postgresql:///postgres?host=$dir&user=postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $dir"
"$@"
