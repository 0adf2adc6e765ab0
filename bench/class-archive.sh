#!/usr/bin/env bash
# Makes the class archive a bench target starts with: one training start of the packaged jar, with the target's
# settings, on a seeded data folder, until it has answered a signed Slack /today and a Telegram /today; the JVM
# writes the classes it loaded when it exits. A target starting with -XX:SharedArchiveFile=F gets a class data
# sharing archive F (-XX:ArchiveClassesAtExit); one starting with -XX:AOTCache=F (JDK 25 and later) gets an
# ahead-of-time cache F (-XX:AOTCacheOutput). Run it again after every package: the JVM ignores, with a warning,
# an archive made for another jar.
#   bench/class-archive.sh <data folder seeded by bench/seed.sh> [target file, default bench/targets/briefbot.env]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:?data folder}
set -a; . "${2:-$root/bench/targets/briefbot.env}"; set +a
export BRIEFBOT_DATA_DIR="$data"
case "$START_CMD" in
  *-XX:SharedArchiveFile=*) option=SharedArchiveFile; training=ArchiveClassesAtExit;;
  *-XX:AOTCache=*) option=AOTCache; training=AOTCacheOutput;;
  *) echo "the target's START_CMD uses no class archive" >&2; exit 2;;
esac
archive=${START_CMD#*-XX:$option=}; archive=${archive%% *}
cd "$root" && rm -f "$archive"
eval "exec ${START_CMD/-XX:$option=/-XX:$training=}" > "$data/class-archive.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -fs "$READY_URL" >/dev/null 2>&1 && break; sleep 0.1; done
. "$root/bench/slack-signed-today.sh"
slack_today > /dev/null
curl -fs -o /dev/null -X POST "$BASE_URL$TELEGRAM_PATH" -H "Content-Type: application/json" \
  -H "X-Telegram-Bot-Api-Secret-Token: $TELEGRAM_WEBHOOK_SECRET" \
  --data '{"update_id":1,"message":{"message_id":1,"date":1764400000,"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"Bench"},"text":"/today"}}'
kill -TERM "$pid" && wait "$pid" || true
trap - EXIT
[ -s "$archive" ] || { echo "no $archive written; see $data/class-archive.log" >&2; exit 1; }
echo "$archive: $(du -m "$archive" | cut -f1) MB" >&2
