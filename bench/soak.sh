#!/usr/bin/env bash
# The soak: two briefbot replicas sharing one PostgreSQL (Debian's postgresql-15, as the ITs use) under mixed
# traffic for N minutes, with Slack's and Telegram's APIs stood in for on loopback. Signed Slack slash commands and
# Telegram webhook updates (/today, /tag, /issue, /search, /ask …) alternate between the replicas; an issue is
# ingested every 10 s; 300 subscribed chats fall due minute after minute; two issues bring tag alerts to 100
# following chats and today's issue is corrected mid-run; a delivery pass is asked for every minute on top of the
# replicas' own. Then it checks: no request failed, every deferred answer arrived once, the ledger and what the
# platforms received match (nothing lost, nothing twice), no ERROR logged; and reports p50/p99 per minute and
# each replica's RSS per minute. See src/test/java/io/briefbot/bench/soak/Soak.java.
#   bench/soak.sh [minutes] [slack commands/s] [telegram updates/s]     defaults: 10 25 35
#   BUILD_DIR=/tmp/x builds outside target/. Exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
slack=${2:-25}
telegram=${3:-35}
build=${BUILD_DIR:-target}
[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || echo "note: postgresql-15 is missing (apt-get install -y postgresql-15); a zonky server stands in" >&2
work=$(mktemp -d /tmp/briefbot-soak.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as its own user, who must reach its folder inside
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -Dbuild.dir="$build" -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >&2
java -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" io.briefbot.bench.soak.Soak \
  --jar "$build/quarkus-app/quarkus-run.jar" --work "$work" --today bench/today-issue.html \
  --minutes "$minutes" --slack "$slack" --telegram "$telegram"
