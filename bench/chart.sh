#!/usr/bin/env bash
# /trend's chart with JMH: milliseconds per PNG (three tags, 12 and 52 weeks) after warm-up; the target is < 150 ms.
#   bench/chart.sh                 the default run (1 fork, 3 warm-up and 5 measured iterations)
#   bench/chart.sh -f 1 -wi 1 -w 1s -i 1 -r 1s   a quick check that it runs (other JMH options replace the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
[ $# -gt 0 ] || set -- -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1
exec java -Xmx512m -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main 'io.briefbot.bench.TrendChartBenchmark' "$@"
