#!/usr/bin/env bash
# Questions to the archive (/ask): index build time, answer latency p50/p99 by words alone (BM25) and by words and
# meaning (hybrid, with embeddings), and memory, over a generated archive; then the packaged server's own index build
# from PostgreSQL at start.
#   bench/qa.sh [issues] [questions] [units to embed]      defaults: 2500 2000 3000
#   BUILD_DIR=/tmp/x builds outside target/. Units beyond the third number reuse real vectors (see QaBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
issues=${1:-2500}
questions=${2:-2000}
embed=${3:-3000}
work=$(mktemp -d /tmp/briefbot-qa-bench.XXXXXX)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

build=${BUILD_DIR:-target}
./mvnw -B -q -Dbuild.dir="$build" -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >&2
classpath="$build/test-classes:$build/classes:$(cat "$build/bench.classpath")"

echo "== in process: $issues generated issues, $questions questions ($(nproc) cores)"
java -Xmx1g -cp "$classpath" io.briefbot.qa.QaBenchmark "$work/index" "$issues" "$questions" "$embed" 2>&1 \
  | grep --line-buffered -vE 'CUDA|djl|tokenizers|LogManager|JBossLoggerFinder'

echo "== packaged server: index built from PostgreSQL at start"
java -cp "$classpath" io.briefbot.bench.GeneratedArchive "$work/archive" "$issues" >&2
BRIEFBOT_DATA_DIR="$work/data" BRIEFBOT_SAMPLE_ARCHIVE=false BRIEFBOT_QA_EMBEDDINGS=false \
  java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -jar "$build/quarkus-app/quarkus-run.jar" backfill "$work/archive" > "$work/backfill.log" 2>&1
rm -rf "$work/data/index"
BRIEFBOT_DATA_DIR="$work/data" BRIEFBOT_SAMPLE_ARCHIVE=false BRIEFBOT_INBOX_ENABLED=false \
  java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -jar "$build/quarkus-app/quarkus-run.jar" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  if grep -q 'Search index: .* indexed' "$work/server.log"; then break; fi
  sleep 0.5
done
grep -E 'Search index' "$work/server.log" | sed 's/^.*INFO  *//'
printf 'server RSS once the index is built (embeddings still loading in the background): %s MB\n' \
  "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")"
for _ in $(seq 1 600); do
  if grep -q 'Embedded [0-9]* units' "$work/server.log"; then break; fi
  sleep 1
done
grep -E 'Embedded [0-9]* units' "$work/server.log" | sed 's/^.*INFO  *//' || echo "embeddings not done within 10 minutes"
printf 'server RSS with the embedding model loaded: %s MB\n' "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")"
