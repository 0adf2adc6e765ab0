#!/usr/bin/env bash
# Keyword watches: one stored issue matched against many watches, as before its watch alerts are queued; the median of
# the runs after the first (which parses every watch) is the figure; the target is < 200 ms for 10,000 watches.
#   bench/watch.sh [watches] [runs]      defaults: 10000 20
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "load: $(uptime)"
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.briefbot.qa.WatchBenchmark "${1:-10000}" "${2:-20}"
