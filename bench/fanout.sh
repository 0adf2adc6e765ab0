#!/usr/bin/env bash
# Fan-out of one issue to N subscribed Telegram chats against a local fake Bot API that enforces Telegram's
# flood limits (src/test/java/io/briefbot/bench/FakeTelegramServer.java: RATE messages/s over all chats, one a
# second per private chat, 429 with retry_after beyond). Reports the time taken, the 429s, and messages lost or
# duplicated. The limit allows N/RATE seconds (333 s for 10,000 chats at 30/s); the target is within 5 % of it.
#   bench/fanout.sh [chats] [rate] [--replicas N]   defaults: 10000 30, one replica
#   BUILD_DIR=/tmp/build-x bench/fanout.sh   builds with -Dbuild.dir (default: target/)
# Steps: package; start the fake server and briefbot (embedded PostgreSQL in a fresh folder, Telegram long
# polling against the fake); every chat sends "/subscribe HH:MM Zone daily" (limits off, answers counted);
# one issue dated today is ingested; POST /api/admin/deliveries/run?at=<slot + 1 min> starts the fan-out.
# With --replicas N, N-1 more briefbots share the first one's embedded PostgreSQL (Telegram webhook mode, so
# that only the first polls) and every replica is asked for the run at once: together they keep one pace.
# Loopback only; nothing but Java and curl needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
replicas=1
positional=()
while [ $# -gt 0 ]; do
  case $1 in
    --replicas) replicas=${2:?--replicas needs a number}; shift 2 ;;
    --replicas=*) replicas=${1#*=}; shift ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ $replicas =~ ^[1-9][0-9]?$ ]] || { echo "--replicas takes a number from 1 to 99, not '$replicas'" >&2; exit 2; }
chats=${positional[0]:-10000}
rate=${positional[1]:-30}
build=${BUILD_DIR:-$root/target}
fake_port=${FAKE_TELEGRAM_PORT:-18099}
port=${BRIEFBOT_BENCH_PORT:-18080}
management_port=${BRIEFBOT_BENCH_MANAGEMENT_PORT:-18090}
fake="http://127.0.0.1:$fake_port"
base="http://127.0.0.1:$port"
management="http://127.0.0.1:$management_port"
token=$(openssl rand -hex 16 2>/dev/null || echo "bench-admin-$$-$RANDOM")
work=$(mktemp -d /tmp/briefbot-fanout.XXXXXX)
fake_pid=""; pid=""; run_pids=(); others=()
cleanup() {
  # the first replica last: the others use its embedded PostgreSQL
  for p in "${run_pids[@]}" "${others[@]}" $pid $fake_pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

stat() { curl -fs "$fake/stats" | sed -E "s/.*\"$1\":([0-9a-z]+).*/\1/"; }
say() { echo "[$(date +%T)] $*" >&2; }

build_flag=(); [ -n "${BUILD_DIR:-}" ] && build_flag=(-Dbuild.dir="$BUILD_DIR")
(cd "$root" && ./mvnw -B -q "${build_flag[@]}" -DskipTests package >&2)

java -cp "$build/test-classes" io.briefbot.bench.FakeTelegramServer --port "$fake_port" --rate "$rate" > "$work/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 1 100); do curl -fs "$fake/stats" >/dev/null 2>&1 && break; sleep 0.1; done
kill -0 "$fake_pid" 2>/dev/null || { say "the fake Bot API did not start (port $fake_port taken? FAKE_TELEGRAM_PORT)"; cat "$work/fake.log" >&2; exit 1; }

mkdir -p "$work/data"
(cd "$work" && exec env BRIEFBOT_DATA_DIR="$work/data" BRIEFBOT_SAMPLE_ARCHIVE=false BRIEFBOT_INBOX_ENABLED=false \
  BRIEFBOT_HTTP_PORT="$port" BRIEFBOT_MANAGEMENT_PORT="$management_port" BRIEFBOT_ADMIN_TOKEN="$token" BRIEFBOT_TELEGRAM_CHATS='*' \
  TELEGRAM_BOT_TOKEN="123456789:bench-token" TELEGRAM_API_URL="$fake" \
  java -jar "$build/quarkus-app/quarkus-run.jar" > "$work/briefbot.log" 2>&1) &
pid=$!
for _ in $(seq 1 300); do curl -fs "$management/q/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done
if ! kill -0 "$pid" 2>/dev/null || ! curl -fs "$management/q/health/ready" >/dev/null; then
  say "briefbot did not start (port $port or $management_port taken? BRIEFBOT_BENCH_PORT, BRIEFBOT_BENCH_MANAGEMENT_PORT)"; tail -30 "$work/briefbot.log" >&2; exit 1
fi
bases=("$base"); managements=("$management")

# Replicas 2..N on the first one's database, each 100 ports above the one before.
if [ "$replicas" -gt 1 ]; then
  pg_port=$(sed -nE 's/.*Embedded PostgreSQL started on port ([0-9]+).*/\1/p' "$work/briefbot.log" | head -1)
  pg_password=$(sed -n 's/^briefbot=//p' "$work/data/pg.passwords")
  [ -n "$pg_port" ] && [ -n "$pg_password" ] || { say "the first replica's embedded PostgreSQL was not found"; exit 1; }
  for i in $(seq 2 "$replicas"); do
    replica_port=$((port + 100 * (i - 1))); replica_management=$((management_port + 100 * (i - 1)))
    mkdir -p "$work/data-$i"
    (cd "$work" && exec env BRIEFBOT_DATA_DIR="$work/data-$i" BRIEFBOT_SAMPLE_ARCHIVE=false BRIEFBOT_INBOX_ENABLED=false \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/briefbot" QUARKUS_DATASOURCE_USERNAME=briefbot \
      QUARKUS_DATASOURCE_PASSWORD="$pg_password" \
      BRIEFBOT_HTTP_PORT="$replica_port" BRIEFBOT_MANAGEMENT_PORT="$replica_management" BRIEFBOT_ADMIN_TOKEN="$token" \
      BRIEFBOT_TELEGRAM_CHATS='*' TELEGRAM_BOT_TOKEN="123456789:bench-token" TELEGRAM_API_URL="$fake" \
      TELEGRAM_WEBHOOK_URL="https://briefbot.example.org/telegram/webhook" TELEGRAM_WEBHOOK_SECRET="$token" \
      java -jar "$build/quarkus-app/quarkus-run.jar" > "$work/briefbot-$i.log" 2>&1) &
    others+=($!)
    bases+=("http://127.0.0.1:$replica_port"); managements+=("http://127.0.0.1:$replica_management")
  done
  for i in $(seq 2 "$replicas"); do
    ready="${managements[$((i - 1))]}/q/health/ready"
    for _ in $(seq 1 300); do curl -fs "$ready" >/dev/null 2>&1 && break; sleep 0.2; done
    curl -fs "$ready" >/dev/null || { say "replica $i did not start (ports taken?)"; tail -30 "$work/briefbot-$i.log" >&2; exit 1; }
  done
  say "$replicas replicas ready on one PostgreSQL"
fi

# Polling works: one /help is answered.
curl -fs -X POST "$fake/control/limits?on=false" >/dev/null
curl -fs -X POST "$fake/control/updates?chats=1&first=99&text=%2Fhelp" >/dev/null
for _ in $(seq 1 150); do [ "$(stat accepted)" -ge 1 ] && break; sleep 0.2; done
[ "$(stat accepted)" -ge 1 ] || { say "briefbot does not answer through the fake Bot API"; tail -30 "$work/briefbot.log" >&2; exit 1; }

# A zone where the slot (30 minutes from now) is daytime, so that "today" is one date throughout the run.
zone=""
for candidate in Europe/Berlin America/New_York Asia/Tokyo America/Los_Angeles Asia/Kolkata Pacific/Auckland; do
  hour=$(TZ=$candidate date -d '+30 min' +%-H)
  if [ "$hour" -ge 6 ] && [ "$hour" -le 18 ]; then zone=$candidate; break; fi
done
slot=$(TZ=$zone date -d '+30 min' +%H:%M)
day=$(TZ=$zone date -d '+30 min' +%F)
slot_epoch=$(date -d "TZ=\"$zone\" $day $slot" +%s)
at=$(date -u -d "@$((slot_epoch + 60))" +%FT%TZ)

say "subscribing $chats chats: /subscribe $slot $zone daily"
curl -fs -X POST "$fake/control/reset" >/dev/null
text=$(printf '/subscribe %s %s daily' "$slot" "$zone" | sed 's/ /%20/g; s#/#%2F#g; s/:/%3A/g')
curl -fs -X POST "$fake/control/updates?chats=$chats&first=100000001&text=$text" >/dev/null
last=-1; still=0
while [ "$(stat chats)" -lt "$chats" ]; do
  sleep 2
  now=$(stat accepted)
  if [ "$now" = "$last" ]; then still=$((still + 2)); else still=0; last=$now; fi
  [ $still -ge 60 ] && { say "subscribing stalled at $now answers"; tail -30 "$work/briefbot.log" >&2; exit 1; }
done
sleep 2
say "subscribed: $(stat chats) chats answered"

curl -fs -X POST "$fake/control/reset" >/dev/null
curl -fs -X POST "$fake/control/limits?on=true" >/dev/null
curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary @"$root/bench/fanout-issue.txt" \
  "$base/api/issues?date=$day" >/dev/null
say "issue of $day ingested; running the deliveries at $at"
start_ms=$(date +%s%3N)
for i in $(seq 1 "$replicas"); do
  curl -s -m 3600 -o "$work/run-$i.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    "${bases[$((i - 1))]}/api/admin/deliveries/run?at=$at" > "$work/run-$i.status" 2>&1 &
  run_pids+=($!)
done

last=-1; still=0
while [ "$(stat chats)" -lt "$chats" ]; do
  sleep 2
  now=$(stat accepted)
  if [ "$now" = "$last" ]; then still=$((still + 2)); else still=0; last=$now; fi
  [ $still -ge "${STALL_SECONDS:-90}" ] && { say "no message for $still s: stopping"; break; }
done
sleep 10   # anything sent twice arrives now
curl -fs "$fake/stats" > "$work/stats.json"
read -r accepted rate_limited chat_limited reached most least first_ms last_ms <<< "$(
  sed -E 's/.*"accepted":([0-9]+).*"rateLimited":([0-9]+),"chatRateLimited":([0-9]+),"chats":([0-9]+),"minPerChat":([0-9]+),"maxPerChat":([0-9]+),"firstMs":([0-9]+),"lastMs":([0-9]+).*/\1 \2 \3 \4 \6 \5 \7 \8/' "$work/stats.json")"
platform_429=$(for m in "${managements[@]}"; do curl -fs "$m/q/metrics"; done \
  | grep -E '^briefbot_platform_429_total\{.*platform="telegram"' | awk '{ sum += $2; n++ } END { if (n) print sum }' || true)
answered=$(for i in $(seq 1 "$replicas"); do cat "$work/run-$i.status" 2>/dev/null || echo '(still running)'; echo; done | paste -sd ' ')
per_chat=${least:-0}; [ "$per_chat" -lt 1 ] && per_chat=1
lost=$((chats - reached))
duplicated=$((accepted - reached * per_chat))
allowed=$(awk -v n="$chats" -v r="$rate" 'BEGIN { printf "%.1f", n / r }')
taken=n/a; spread=n/a
if [ "$last_ms" -gt 0 ]; then
  taken=$(awk -v a="$start_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
  spread=$(awk -v a="$first_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
fi
met=no
if [ "$taken" != n/a ] && [ "$lost" -eq 0 ] && [ "$duplicated" -eq 0 ]; then
  met=$(awk -v t="$taken" -v a="$allowed" 'BEGIN { print (t <= a * 1.05 ? "yes" : "no") }')
fi
echo "fan-out of one issue to $chats Telegram chats from $replicas replica(s), fake Bot API limited to $rate messages/s"
echo "  run requests answered: HTTP $answered"
echo "  time taken (run request to last message): $taken s   (the limit allows $allowed s)"
echo "  first to last message:                    $spread s"
echo "  messages accepted: $accepted ($per_chat per chat), chats reached: $reached"
echo "  lost: $lost   duplicated: $duplicated   (most to one chat: $most)"
echo "  429 answered: $rate_limited over the overall limit, $chat_limited over a chat's limit; briefbot counted ${platform_429:-?}"
echo "  target (within 5 % of $allowed s, none lost, none duplicated) met: $met"
