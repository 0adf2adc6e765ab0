#!/usr/bin/env bash
# Bulk-import throughput: `briefbot backfill` of a generated 2,500-issue archive into a fresh
# embedded PostgreSQL (durable settings, as in production), several rounds, median reported.
#   bench/import.sh [issues] [rounds]      defaults: 2500 3
set -euo pipefail
cd "$(dirname "$0")/.."
issues=${1:-2500}
rounds=${2:-3}
work=$(mktemp -d /tmp/briefbot-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.briefbot.bench.GeneratedArchive "$work/archive" "$issues" >&2

times=()
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/data"
  start=$(date +%s.%N)
  BRIEFBOT_DATA_DIR="$work/data" BRIEFBOT_SAMPLE_ARCHIVE=false \
    java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -jar target/quarkus-app/quarkus-run.jar backfill "$work/archive" \
    > "$work/round-$round.log" 2>&1 || { cat "$work/round-$round.log" >&2; exit 1; }
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  times+=("$seconds")
  printf 'round %d: %.1f s for %d issues (%.0f issues/s, whole command incl. JVM and database start)\n' \
    "$round" "$seconds" "$issues" "$(awk -v n="$issues" -v s="$seconds" 'BEGIN {print n / s}')"
  grep -iE 'created|duplicate|refused|issues/s' "$work/round-$round.log" | tail -5 | sed 's/^/  /'
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'median: %.1f s for %d issues = %.0f issues/s (%s rounds, %d cores)\n' \
  "$median" "$issues" "$(awk -v n="$issues" -v s="$median" 'BEGIN {print n / s}')" "$rounds" "$(nproc)"
