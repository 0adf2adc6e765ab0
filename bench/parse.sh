#!/usr/bin/env bash
# Parser throughput with JMH: issues/s on one thread, over 2,500 generated issues per format.
#   bench/parse.sh                 the default run (1 fork, 3 warm-up and 5 measured iterations)
#   bench/parse.sh -f 3 -wi 5 -i 10 -t 1   other JMH options (they replace the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
[ $# -gt 0 ] || set -- -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main 'io.briefbot.bench.ParseBenchmark' "$@"
