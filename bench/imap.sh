#!/usr/bin/env bash
# Mailbox ingest: the packaged briefbot, on a fresh data folder (embedded PostgreSQL, durable settings), reads a
# local IMAP server (GreenMail) holding generated issue e-mails until every one is stored; several rounds, median
# reported. The time runs from starting briefbot (JVM and database start included) to the last issue stored.
#   bench/imap.sh [count] [rounds]      defaults: 1000 3
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
rounds=${2:-3}
work=$(mktemp -d /tmp/briefbot-imap-bench.XXXXXX)
server_pid=
briefbot_pid=
stop() {
  for pid in $briefbot_pid $server_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  briefbot_pid=
  server_pid=
}
trap 'stop; rm -rf "$work"' EXIT

./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"

stored() {
  curl -sf "http://127.0.0.1:$1/api/issues?page=0&size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}

times=()
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/data" "$work/port"
  java -cp "$classpath" io.briefbot.bench.ImapBenchServer "$count" "$work/port" > "$work/server-$round.log" 2>&1 &
  server_pid=$!
  until [ -s "$work/port" ]; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$round.log" >&2; exit 1; }
    sleep 0.2
  done
  http_port=$(( 20000 + RANDOM % 20000 ))
  start=$(date +%s.%N)
  BRIEFBOT_DATA_DIR="$work/data" BRIEFBOT_SAMPLE_ARCHIVE=false BRIEFBOT_HTTP_PORT="$http_port" \
    BRIEFBOT_MANAGEMENT_PORT=$(( http_port + 1 )) \
    BRIEFBOT_IMAP_URL="imap://127.0.0.1:$(cat "$work/port")/INBOX" BRIEFBOT_IMAP_USER=bench \
    BRIEFBOT_IMAP_PASSWORD=bench-app-password \
    java -jar target/quarkus-app/quarkus-run.jar > "$work/round-$round.log" 2>&1 &
  briefbot_pid=$!
  ready=
  done_at=
  deadline=$(( $(date +%s) + 600 ))
  while :; do
    kill -0 "$briefbot_pid" 2>/dev/null || { cat "$work/round-$round.log" >&2; exit 1; }
    n=$(stored "$http_port" || true)
    if [ -n "$n" ] && [ -z "$ready" ]; then ready=$(date +%s.%N); fi
    if [ "${n:-0}" -ge "$count" ]; then done_at=$(date +%s.%N); break; fi
    [ "$(date +%s)" -lt "$deadline" ] || { echo "round $round: only ${n:-0} of $count stored after 600 s" >&2; exit 1; }
    sleep 0.2
  done
  seconds=$(awk -v a="$start" -v b="$done_at" 'BEGIN {print b - a}')
  after_ready=$(awk -v a="$ready" -v b="$done_at" 'BEGIN {print b - a}')
  times+=("$seconds")
  stop
  printf 'round %d: %.1f s for %d e-mails from start (%.1f s after the HTTP server answered, %.0f e-mails/s)\n' \
    "$round" "$seconds" "$count" "$after_ready" "$(awk -v n="$count" -v s="$after_ready" 'BEGIN {print n / s}')"
  grep -E 'Mailbox .*connected|refused|not stored' "$work/round-$round.log" | head -3 | sed 's/^/  /'
  tail -1 "$work/server-$round.log" | sed 's/^/  /'
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'median: %.1f s for %d e-mails from start (%s rounds, %d cores, target < 60 s)\n' "$median" "$count" "$rounds" "$(nproc)"
