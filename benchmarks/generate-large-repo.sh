#!/usr/bin/env bash
# Generates a large monorepo-shaped git repository with a CODEOWNERS for benchmarks:
#   benchmarks/generate-large-repo.sh OUT_DIR [FILES=100000] [RULE_LINES=5000]
# Deterministic (seed 42). Needs git. Builds benchmarks/target/benchmarks.jar when missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: generate-large-repo.sh OUT_DIR [FILES] [RULE_LINES]}
files=${2:-100000}
lines=${3:-5000}
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$here/.." && ./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2)
fi
if [ -d "$out/.git" ]; then
  echo "$out exists; delete it to generate again" >&2
  exit 0
fi
mkdir -p "$out"
java -cp "$jar" dev.trellis.benchmarks.LargeRepo "$out" "$files" "$lines"
cd "$out"
git init -q -b main
git add -A
git -c user.name=bench -c user.email=bench@example.com commit -q -m "generated repository"
echo "committed $(git ls-files | wc -l) files in $out"
