#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks (never for real data: trust authentication,
# loopback only, deleted on stop).
#
#   bash scripts/postgres.sh ensure        install Debian's postgresql when no server binaries are found
#   bash scripts/postgres.sh start DIR     create a cluster in the empty folder DIR, start it on a free port,
#                                          print its URL (postgres://postgres@127.0.0.1:PORT/postgres)
#   bash scripts/postgres.sh stop DIR      stop that cluster and delete DIR
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged `postgres` user
# (created by the Debian package), otherwise to whoever runs this.
set -euo pipefail

bindir() {
  if [ -n "${CITED_PG_BINDIR:-}" ]; then
    echo "$CITED_PG_BINDIR"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  elif command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
  fi
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

case "${1:-}" in
  ensure)
    if [ -n "$(bindir)" ]; then exit 0; fi
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "No PostgreSQL server found (initdb). Install PostgreSQL 15 or newer, or set CITED_PG_BINDIR." >&2
      exit 1
    fi
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian's postgresql for the storage tests…" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    # The package starts a system cluster on 5432; the tests use their own, so leave that one alone.
    [ -n "$(bindir)" ] || { echo "postgresql was installed but initdb is still missing" >&2; exit 1; }
    ;;
  start)
    dir="${2:?usage: postgres.sh start DIR}"
    bin="$(bindir)"
    [ -n "$bin" ] || { echo "No PostgreSQL server found: run 'bash scripts/postgres.sh ensure'" >&2; exit 1; }
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$dir"
      runuser -u postgres -- test -w "$dir" ||
        { echo "$dir is not reachable by the postgres user (put it under /tmp)" >&2; exit 1; }
    fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # A port can be taken between choosing and binding it: try a few.
    for _ in 1 2 3 4 5; do
      port="$(free_port)"
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null; then
        echo "postgres://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    bin="$(bindir)"
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: bash scripts/postgres.sh ensure | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
