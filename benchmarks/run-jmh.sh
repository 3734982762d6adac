#!/usr/bin/env bash
# Runs the JMH benchmarks of ownership resolution (not part of verify):
#   benchmarks/run-jmh.sh [JMH options...]     e.g. benchmarks/run-jmh.sh -p files=16000 -p lines=1000
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
(cd "$here/.." && ./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2)
exec java -jar "$here/target/benchmarks.jar" OwnershipBenchmark "$@"
