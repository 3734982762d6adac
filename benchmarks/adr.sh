#!/usr/bin/env bash
# Times the ADR signal (parse every record + one history walk) on a generated bare repository:
# benchmarks/adr.sh [RECORDS] [COMMITS] [DIR]
# Builds the CLI jar (which bundles checker-core and its dependencies) and runs
# benchmarks/adr/AdrBenchmark.java with the single-file source launcher on it.
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-1000}"
commits="${2:-5000}"
dir="${3:-target/bench-adr-$records-$commits.git}"
./mvnw -q -o -B -Dmaven.test.skip=true -Dspotless.check.skip=true -pl cli -am package
mkdir -p target
java -cp cli/target/trellis.jar benchmarks/adr/AdrBenchmark.java "$dir" "$records" "$commits"
