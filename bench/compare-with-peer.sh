#!/usr/bin/env bash
# briefbot against the peer bot (Bolt for JavaScript + Telegraf) in ../shared/bench, side by side
# in one compare.sh run: signed Slack /today and Telegram webhook /today, answered from the archive.
#   bench/compare-with-peer.sh [compare.sh options]   default: --rounds 3 --duration 10 --connections 16 --warmup 5
# With AOT_JDK_HOME set to a JDK 25 or later, a third target runs the same jar on that JDK with its ahead-of-time
# cache (-XX:AOTCache) instead of the class data sharing archive.
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
targets=(targets/node-peer.env targets/briefbot.env)
if [ -n "${AOT_JDK_HOME:-}" ]; then
  sed -e 's/^NAME=.*/NAME=briefbot-jvm-aot-cache/' \
      -e "s|^START_CMD='java |START_CMD='$AOT_JDK_HOME/bin/java |" \
      -e 's|-XX:SharedArchiveFile=target/briefbot.jsa|-XX:AOTCache=target/briefbot.aot|' \
      "$work/targets/briefbot.env" > "$work/targets/briefbot-aot-cache.env"
  "$root/bench/class-archive.sh" "$work/data" "$work/targets/briefbot-aot-cache.env"
  targets+=(targets/briefbot-aot-cache.env)
fi
[ $# -gt 0 ] || set -- --rounds 3 --duration 10 --connections 16 --warmup 5
cd "$work" && ./compare.sh "$@" "${targets[@]}"
