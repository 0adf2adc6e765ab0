#!/usr/bin/env bash
# briefbot against the peer bot (Bolt for JavaScript + Telegraf) in ../shared/bench, side by side
# in one compare.sh run: signed Slack /today and Telegram webhook /today, answered from the archive.
#   bench/compare-with-peer.sh [compare.sh options]   default: --rounds 3 --duration 10 --connections 16 --warmup 5
# Needs wrk (apt-get install -y wrk), Node.js 20 and ../shared/bench.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared/bench"
[ -d "$shared" ] || { echo "needs ../shared/bench beside the project" >&2; exit 2; }
work=/tmp/briefbot-compare
rm -rf "$work" && cp -r "$shared" "$work" && chmod -R u+w "$work"
(cd "$work/peer-node" && npm_config_cache="$work/npm-cache" npm ci --silent >&2)
(cd "$root" && ./mvnw -B -q -DskipTests package >&2)
"$root/bench/seed.sh" "$work/data"
"$root/bench/class-archive.sh" "$work/data"
{ cat "$root/bench/targets/briefbot.env"; echo "WORKDIR=$root"; echo "BRIEFBOT_DATA_DIR=$work/data"; } > "$work/targets/briefbot.env"
[ $# -gt 0 ] || set -- --rounds 3 --duration 10 --connections 16 --warmup 5
cd "$work" && ./compare.sh "$@" targets/node-peer.env targets/briefbot.env
