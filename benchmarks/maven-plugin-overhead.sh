#!/usr/bin/env bash
# What trellis:check adds to `mvn verify` on a repository of 10,000 files.
#
# Builds a throw-away git repository (FILES files in 100 folders, committed) with a one-module POM
# that declares the plugin, then runs `mvn -o verify` RUNS times with -Dtrellis.skip (the build
# without the check) and RUNS times without it, alternating, and prints the wall-clock medians and
# their difference. The check's own line of the log ("Trellis: checked ...") proves it ran.
#
# Needs the plugin in maven-plugin/target/local-repo, which `./mvnw verify` (invoker:install) fills;
# nothing is installed anywhere else.
#
# Usage: benchmarks/maven-plugin-overhead.sh [FILES] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
files=${1:-10000}
runs=${2:-5}
repo_local="$here/maven-plugin/target/local-repo"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -n 1)
if [ ! -f "$repo_local/dev/trellis/trellis-maven-plugin/$version/trellis-maven-plugin-$version.jar" ]; then
  echo "run ./mvnw -pl maven-plugin -am verify first (it installs the plugin into $repo_local)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo"
for d in $(seq -w 0 99); do
  mkdir -p "$repo/src/main/java/com/acme/p$d"
done
i=0
while [ "$i" -lt "$files" ]; do
  d=$(printf '%02d' $((i % 100)))
  printf 'package com.acme.p%s;\n\n/** File %d. */\nclass C%d {}\n' "$d" "$i" "$i" > "$repo/src/main/java/com/acme/p$d/C$i.java"
  i=$((i + 1))
done
cat > "$repo/trellis.yml" <<'YML'
name: bench
rules:
  acme/readme:
    type: file-exists
    paths: ["README.md"]
    level: warn
  acme/no-secrets:
    type: file-absent
    paths: ["**/.env", "**/*.pem"]
    level: error
YML
echo "# bench" > "$repo/README.md"
echo "target/" > "$repo/.gitignore"
cat > "$repo/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.trellis</groupId><artifactId>trellis-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
# the integration tests' settings: artifacts in local-repo came through the repository 'outer-local'
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$here/maven-plugin/src/it/settings.xml" > "$work/settings.xml"
(cd "$repo" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.com commit -q -m bench)
count=$(cd "$repo" && git ls-files | wc -l)

mvn_verify() { # prints "wall-ms cpu-ms" (cpu = user + sys of Maven's JVM)
  (cd "$repo" && /usr/bin/time -o "$work/time" -f '%e %U %S' "$here/mvnw" -B -o -q -s "$work/settings.xml" -Dmaven.repo.local="$repo_local" verify "$@" > "$work/log" 2>&1) || { cat "$work/log" >&2; exit 1; }
  tail -n 1 "$work/time" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

mvn_verify > /dev/null # warm the file cache
mvn_verify -Dtrellis.skip > /dev/null
with_wall=(); with_cpu=(); without_wall=(); without_cpu=()
for _ in $(seq "$runs"); do
  read -r w c < <(mvn_verify -Dtrellis.skip); without_wall+=("$w"); without_cpu+=("$c")
  read -r w c < <(mvn_verify); with_wall+=("$w"); with_cpu+=("$c")
done
# the mojo's own execution, timed inside execute() and logged at debug level, RUNS times
own=()
for _ in $(seq "$runs"); do
  line=$(cd "$repo" && "$here/mvnw" -B -o -X -s "$work/settings.xml" -Dmaven.repo.local="$repo_local" verify | grep 'Trellis: the check took')
  echo "$line" >&2
  own+=("$(echo "$line" | sed 's/.*took \([0-9]*\) ms.*/\1/')")
done
med() { printf '%s\n' "$@" | median; }
echo "repository: $count files in git; runs: $runs each; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "mvn verify -Dtrellis.skip  wall: ${without_wall[*]} ms (median $(med "${without_wall[@]}")); cpu: ${without_cpu[*]} ms (median $(med "${without_cpu[@]}"))"
echo "mvn verify with the check  wall: ${with_wall[*]} ms (median $(med "${with_wall[@]}")); cpu: ${with_cpu[*]} ms (median $(med "${with_cpu[@]}"))"
echo "the mojo's own execute(): ${own[*]} ms (median $(med "${own[@]}"), fastest $(printf '%s\n' "${own[@]}" | sort -n | head -n 1))"
echo "the check adds (median difference): wall $(( $(med "${with_wall[@]}") - $(med "${without_wall[@]}") )) ms, cpu $(( $(med "${with_cpu[@]}") - $(med "${without_cpu[@]}") )) ms"
