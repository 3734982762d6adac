#!/usr/bin/env bash
# Times the history signal on a generated repository: benchmarks/history.sh [COMMITS] [DIR]
# Builds the CLI jar (which bundles checker-core and its dependencies) and runs
# benchmarks/history/HistoryBenchmark.java with the single-file source launcher on it.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
dir="${2:-target/bench-history-$n.git}"
./mvnw -q -o -B -Dmaven.test.skip=true -Dspotless.check.skip=true -pl cli -am package
mkdir -p target
java -cp cli/target/trellis.jar benchmarks/history/HistoryBenchmark.java "$dir" "$n"
