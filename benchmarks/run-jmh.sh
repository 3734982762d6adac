#!/usr/bin/env bash
# Runs a JMH benchmark (not part of verify); ownership resolution unless a benchmark name comes first:
#   benchmarks/run-jmh.sh [BENCHMARK] [JMH options...]
#   e.g. benchmarks/run-jmh.sh -p files=16000 -p lines=1000
#        benchmarks/run-jmh.sh GlobSetBenchmark -f 1 -wi 2 -i 3
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=OwnershipBenchmark
if [[ $# -gt 0 && $1 != -* ]]; then
  bench=$1
  shift
fi
(cd "$here/.." && ./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2)
exec java -jar "$here/target/benchmarks.jar" "$bench" "$@"
