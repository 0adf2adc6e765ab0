#!/usr/bin/env bash
# Prepares a data folder whose latest issue is bench/today-issue.html (8 linked articles), for the
# chat benchmarks. Usage: bench/seed.sh <data folder>
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?data folder}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package >&2
rm -rf "$data" && mkdir -p "$data/seed"
cp bench/today-issue.html "$data/seed/"
BRIEFBOT_DATA_DIR="$data" BRIEFBOT_SAMPLE_ARCHIVE=false \
  java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -jar "$jar" backfill "$data/seed" >&2
