#!/usr/bin/env bash
# The workspace's first load in headless Chromium (docs/benchmarks.md, "The workspace in the browser"):
#   bench/workspace.sh                                   # starts a demo branch of its own, measures, stops it
#   bench/workspace.sh --url http://localhost:8091       # against a running demo (demo staff's password harbour-tour-4410)
#   bench/workspace.sh --user demo.teller --page counter --runs 10
# Writes bench/results/workspace.json (and prints it). Needs /usr/bin/chromium and /usr/bin/chromedriver
# (Debian: chromium chromium-driver); the browser harness of tests-browser drives them.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=()
if [ -n "${MAVEN_REPO:-}" ]; then repo=("-Dmaven.repo.local=$MAVEN_REPO"); fi
if [ ! -f runtime/target/branchdesk.jar ]; then
  mvn -B -q "${repo[@]}" install -DskipTests -pl runtime,examples/prospecting -am
fi
if [ ! -f tests-browser/target/test-classes/org/branchdesk/browser/WorkspaceBench.class ] || [ ! -f tests-browser/target/bench.classpath ] \
   || [ -n "$(find tests-browser/src tests-browser/pom.xml -newer tests-browser/target/bench.classpath -print -quit)" ]; then
  mvn -B -q "${repo[@]}" test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath -pl tests-browser
fi
out=()
case " $* " in *" --out "*) ;; *) out=(--out bench/results/workspace.json) ;; esac
export SE_OFFLINE=true
exec java -Dwebdriver.chrome.driver=/usr/bin/chromedriver -Dbranchdesk.launcher=runtime/branchdesk \
  -Dbranchdesk.testData=tests-browser/target/test-data \
  -cp "tests-browser/target/test-classes:$(cat tests-browser/target/bench.classpath)" \
  org.branchdesk.browser.WorkspaceBench "${out[@]}" "$@"
