#!/usr/bin/env bash
# Makes sure the tests can start their own throwaway PostgreSQL server: Debian's PostgreSQL
# server package (its initdb, pg_ctl and postgres) installed, as root or through sudo without a
# password, when no PostgreSQL server is found. The suite runs this itself (TestPostgres), once
# per run; it is safe to run by hand. Prints the folder of the server programs.
set -euo pipefail
find_bin() {
  for dir in ${BRANCHDESK_PG_BIN:-} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}
if find_bin; then
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! sudo -n true 2>/dev/null; then
    echo "the PostgreSQL tests need a PostgreSQL server (15 or newer): install it (apt-get install postgresql) or run as root" >&2
    exit 2
  fi
  sudo=(sudo -n)
fi
echo "installing Debian's PostgreSQL server for the tests" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q >&2
"${sudo[@]}" apt-get install -y -q --no-install-recommends postgresql >&2
# the package starts a cluster of its own on port 5432; the tests never use it
"${sudo[@]}" sh -c 'command -v pg_ctlcluster >/dev/null && for v in /etc/postgresql/*/main; do [ -d "$v" ] && pg_ctlcluster "$(basename "$(dirname "$v")")" main stop || true; done' >&2 || true
find_bin
