#!/usr/bin/env bash
# Load on briefbot's chat endpoints without ../shared: signed Slack /today and Telegram webhook
# /today, answered from the archive (bench/today-issue.html), measured with wrk.
#   bench/chat-load.sh [seconds] [connections]     defaults: 10 16
# Needs wrk (apt-get install -y wrk) and openssl. Loopback only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-10}
connections=${2:-16}
work=$(mktemp -d /tmp/briefbot-chat-load.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$root" && ./mvnw -B -q -DskipTests package >&2)
"$root/bench/seed.sh" "$work/data"
set -a; . "$root/bench/targets/briefbot.env"; set +a
export BRIEFBOT_DATA_DIR="$work/data"
(cd "$root" && eval "exec $START_CMD" > "$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do curl -fs "$READY_URL" >/dev/null 2>&1 && break; sleep 0.1; done

. "$root/bench/slack-signed-today.sh"
export TELEGRAM_WEBHOOK_SECRET

check=$(slack_today)
echo "$check" | grep -q 'news.example.org/a/1008' || { echo "Slack /today did not answer the briefing: $check" >&2; exit 1; }

for phase in slack telegram; do
  path=$SLACK_PATH; [ $phase = telegram ] && path=$TELEGRAM_PATH
  wrk -t1 -c"$connections" -d3s -s "$root/bench/$phase-today.lua" "$BASE_URL$path" >/dev/null   # warm-up
  echo "== $phase /today: ${duration}s, $connections connections"
  wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$root/bench/$phase-today.lua" "$BASE_URL$path" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%'
done
echo "server RSS: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status)"
