#!/usr/bin/env bash
# The benchmark in one command: builds what it needs, then measures at the chosen N.
#   bench/run.sh --n 100000            # N customers (default 10000), a whole quarter of daily balances
#   bench/run.sh --n 1000000 --days 92 --threads 8 --seconds 20 --tiers all
# Writes bench/results/<N>.json and rebuilds bench/results/README.md, results.json and chart.png.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f runtime/target/branchdesk.jar ] || [ ! -d bench/target/lib ] || [ "${BENCH_BUILD:-}" = "1" ]; then
  mvn -B -q install -DskipTests
fi
exec java -Xmx4g -cp "bench/target/classes:bench/target/lib/*" org.branchdesk.bench.Bench --root . "$@"
