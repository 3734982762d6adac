#!/usr/bin/env bash
# Times `trellis owners --unowned` against the npm peers on the same generated repository:
#   @snyk/github-codeowners  (github-codeowners audit -g -u)
#   codeowners               (codeowners audit -u)
# Usage: benchmarks/owners-vs-peers.sh [FILES=100000] [RULE_LINES=5000] [RUNS=3] [TIMEOUT_S=600]
# The peers are installed with npm into benchmarks/target/peers (build output, never committed).
# Prints one line per run (wall, user and system seconds) and what each tool found.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
files=${1:-100000}
lines=${2:-5000}
runs=${3:-3}
limit=${4:-600}
repo="$here/target/repo-$files-$lines"
peers="$here/target/peers"
out="$here/target/owners-vs-peers"
mkdir -p "$out"

"$here/generate-large-repo.sh" "$repo" "$files" "$lines" >&2
if [ ! -x "$peers/node_modules/.bin/github-codeowners" ] || [ ! -x "$peers/node_modules/.bin/codeowners" ]; then
  mkdir -p "$peers"
  npm install --no-audit --no-fund --silent --prefix "$peers" @snyk/github-codeowners codeowners >&2
fi
"$root/trellis" --version >/dev/null  # builds the CLI and its class-data archive once

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1), node $(node --version)"
echo "repository: $(git -C "$repo" ls-files | wc -l) tracked files, CODEOWNERS of $(grep -cv '^\s*\(#\|$\)' "$repo/.github/CODEOWNERS") rules"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name command...
  local name=$1; shift
  for i in $(seq 1 "$runs"); do
    local t
    # time writes to its own file: the command's stderr goes to .err, so the two never mix
    /usr/bin/time -o "$out/$name.time" -f "%e %U %S" timeout "$limit" "$@" >"$out/$name.out" 2>"$out/$name.err"
    t=$(cat "$out/$name.time")
    read -r wall user sys <<<"$(echo "$t" | grep -Eo '^[0-9.]+ [0-9.]+ [0-9.]+$' | tail -1 || echo "- - -")"
    local status="ok"
    if grep -q "Command exited with non-zero status 124" <<<"$t"; then status="timeout after ${limit}s";
    elif grep -q "Command exited with non-zero status" <<<"$t"; then status="failed: $(head -c 120 "$out/$name.err" | tr '\n' ' ')"; fi
    printf '%-24s run %d  wall %6ss  user %6ss  sys %5ss  %5s lines  %s\n' "$name" "$i" "$wall" "$user" "$sys" "$(wc -l <"$out/$name.out")" "$status"
    if [ "$status" != "ok" ]; then break; fi
  done
}

cd "$repo"
run trellis "$root/trellis" owners --repo "$repo" --unowned
run snyk-github-codeowners "$peers/node_modules/.bin/github-codeowners" audit -g -u
# with -g it reads `git ls-files` through a 1 MB buffer and fails on large repositories; without
# it, it walks the directory (and so also lists untracked files)
run snyk-without-g "$peers/node_modules/.bin/github-codeowners" audit -u
run codeowners "$peers/node_modules/.bin/codeowners" audit -u
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
