#!/usr/bin/env bash
# Listing cost: Trellis's repository model against `git ls-files` on a generated repository.
#   benchmarks/list-files.sh [DIR] [FILES]     (defaults: /tmp/trellis-bench-100k, 100000)
# Builds the CLI jar if needed (./trellis), generates the repository once (tracked files in
# 1,000 folders, plus an ignored build/ tree and a few untracked files), then times each command
# three times with a warm page cache and prints the fastest and the median.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/tmp/trellis-bench-100k}
files=${2:-100000}
jar="$here/cli/target/trellis.jar"

"$here/trellis" --version >/dev/null
mkdir -p "$here/benchmarks/target"
javac -d "$here/benchmarks/target" -cp "$jar" "$here/benchmarks/ListFiles.java"

if [ ! -d "$dir/.git" ]; then
  echo "generating $files tracked files in $dir ..." >&2
  rm -rf "$dir" && mkdir -p "$dir"
  python3 - "$dir" "$files" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
per = 100
for i in range(n):
    d = os.path.join(root, "src", "module%03d" % (i // per // 10), "pkg%d" % (i // per % 10))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "File%05d.java" % i), "w") as f:
        f.write("class File%05d {}\n" % i)
with open(os.path.join(root, ".gitignore"), "w") as f:
    f.write("build/\n*.log\n")
for i in range(20000):  # an ignored tree that a file-system walk would pay for
    d = os.path.join(root, "build", "classes", "b%03d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "C%05d.class" % i), "w").close()
PY
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" -c user.name=bench -c user.email=bench@example.com commit -q -m "generated"
  for i in 1 2 3; do echo "untracked $i" > "$dir/NOTES-$i.md"; done
fi

measure() { # label, command...: wall time and CPU time (user + sys, all threads)
  local label=$1; shift
  "$@" >/dev/null 2>&1  # warm-up
  local runs=()
  for _ in 1 2 3; do
    runs+=("$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)")
  done
  printf '%s\n' "${runs[@]}" | awk '{print $1, $2 + $3}' | sort -n | awk -v l="$label" \
    '{w[NR]=$1; c[NR]=$2} END {printf "| %s | %.2f s | %.2f s | %.2f s |\n", l, w[1], w[2], c[2]}'
}

echo "repository: $dir ($(git -C "$dir" ls-files | wc -l) tracked files; build/ ignored)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command (whole process, warm cache) | wall, fastest | wall, median | CPU (user+sys), median run |"
echo "| --- | --- | --- | --- |"
measure "git ls-files" git -C "$dir" ls-files
measure "git ls-files --cached --others --exclude-standard" git -C "$dir" ls-files --cached --others --exclude-standard
cp="$jar:$here/benchmarks/target"
measure "Trellis work tree (index + untracked, not ignored)" java -cp "$cp" ListFiles "$dir"
measure "Trellis at HEAD (tree read from objects)" java -cp "$cp" ListFiles "$dir" HEAD
echo
echo "in process, five rounds in one JVM (first = cold classes):"
java -cp "$cp" ListFiles "$dir" - 5
java -cp "$cp" ListFiles "$dir" HEAD 5
