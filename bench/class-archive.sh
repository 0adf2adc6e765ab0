#!/usr/bin/env bash
# Makes target/briefbot.jsa, the class data sharing (AppCDS) archive that bench/targets/briefbot.env starts
# with: one training start of the packaged jar, with the target's settings, on a seeded data folder, until
# its first Telegram /today is answered; the JVM writes the classes it loaded when it exits. Run it again
# after every package (the JVM ignores, with a warning, an archive made for another jar).
#   bench/class-archive.sh <data folder seeded by bench/seed.sh> [target file, default bench/targets/briefbot.env]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:?data folder}
archive=target/briefbot.jsa
set -a; . "${2:-$root/bench/targets/briefbot.env}"; set +a
export BRIEFBOT_DATA_DIR="$data"
cd "$root" && rm -f "$archive"
eval "exec ${START_CMD/-XX:SharedArchiveFile=/-XX:ArchiveClassesAtExit=}" > "$data/class-archive.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -fs "$READY_URL" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs -o /dev/null -X POST "$BASE_URL$TELEGRAM_PATH" -H "Content-Type: application/json" \
  -H "X-Telegram-Bot-Api-Secret-Token: $TELEGRAM_WEBHOOK_SECRET" \
  --data '{"update_id":1,"message":{"message_id":1,"date":1764400000,"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"Bench"},"text":"/today"}}'
kill -TERM "$pid" && wait "$pid" || true
trap - EXIT
[ -s "$archive" ] || { echo "no $archive written; see $data/class-archive.log" >&2; exit 1; }
echo "$archive: $(du -m "$archive" | cut -f1) MB" >&2
