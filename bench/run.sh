#!/usr/bin/env bash
# The benchmark in one command: builds what it needs, then measures at the chosen N.
#   bench/run.sh --n 100000            # N customers (default 10000), a whole quarter of daily balances
#   bench/run.sh --n 1000000 --days 92 --threads 8 --seconds 20 --tiers all
#   bench/run.sh --n 100000 --tiers none --db postgres   # the same branch on a throwaway PostgreSQL server, then two runtimes on it
#   bench/run.sh --n 100000 --tiers none --db both       # Derby, then PostgreSQL, with one build: side by side in the report
# Writes bench/results/<N>.json (on PostgreSQL <N>-postgres.json) and rebuilds bench/results/README.md,
# results.json and chart.png.
set -euo pipefail
cd "$(dirname "$0")/.."
# MAVEN_REPO=<dir> names the Maven repository, MAVEN_OFFLINE=1 builds offline (-o)
mvnflags=(-B -q)
if [ -n "${MAVEN_REPO:-}" ]; then mvnflags+=("-Dmaven.repo.local=$MAVEN_REPO"); fi
if [ "${MAVEN_OFFLINE:-}" = "1" ]; then mvnflags+=(-o); fi
if [ ! -f runtime/target/branchdesk.jar ] || [ ! -d bench/target/lib ] || [ "${BENCH_BUILD:-}" = "1" ]; then
  mvn "${mvnflags[@]}" install -DskipTests
fi
# the bench-only bundle the loads hot-deploy (POST /api/bench/write, the durable write ceiling): built on its own,
# against the API jars the line above installed; in no tier
if [ ! -f bench/durable-write/target/durable-write-1.0.0.jar ] || [ "${BENCH_BUILD:-}" = "1" ]; then
  mvn "${mvnflags[@]}" -f bench/durable-write/pom.xml package
fi
args=()
db=derby
while [ $# -gt 0 ]; do
  if [ "$1" = "--db" ]; then db="$2"; shift 2; else args+=("$1"); shift; fi
done
case "$db" in derby|postgres|both) ;; *) echo "--db: derby, postgres or both, not $db" >&2; exit 2 ;; esac
# BENCH_JAVA_OPTS: system properties of the bench itself, e.g. "-Dbranchdesk.bench.counter=none" (bench/README.md)
# shellcheck disable=SC2086
bench() { java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:bench/target/lib/*" org.branchdesk.bench.Bench --root . "$@"; }
pair=()
if [ "$db" = "both" ]; then
  # Derby and then PostgreSQL, one build, one after the other: results/README.md puts them side by side
  pair=(--pair "$(date -u +%Y%m%dT%H%M%SZ)")
  bench "${args[@]}" "${pair[@]}"
fi
if [ "$db" = "derby" ]; then
  bench "${args[@]}"
  exit 0
fi
# a server of the benchmark's own, on a free port, removed at the end (as the tests' TestPostgres)
bin="$(bash tests/postgres/install-postgres.sh | tail -1)"
pg="$(mktemp -d /tmp/branchdesk-bench-pg-XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
password="bench-only-$(date +%s)"
as=()
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pg"; as=(runuser -u postgres --); fi
echo "$password" > "$pg/pw"; [ "$(id -u)" -eq 0 ] && chown postgres: "$pg/pw"
"${as[@]}" "$bin/initdb" -D "$pg/data" -U branchdesk --pwfile="$pg/pw" --auth-host=scram-sha-256 --auth-local=trust \
  -E UTF8 --no-locale >/dev/null
# durable as a bank would run it: fsync and synchronous commit stay on
"${as[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -o \
  "-p $port -k $pg -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=1GB" start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$pg"' EXIT
"${as[@]}" "$bin/psql" -h "$pg" -p "$port" -U branchdesk -d postgres -qc "CREATE DATABASE bench" >/dev/null
bench "${args[@]}" "${pair[@]}" --db-url "jdbc:postgresql://127.0.0.1:$port/bench" --db-user branchdesk --db-password "$password" \
  --db-version "$("$bin/postgres" --version | awk '{print $3}')"
