#!/usr/bin/env bash
# Load test: bookings created per second and latency at 200 concurrent connections, on this machine.
# Starts the service from the jar on port 4100 with a throw-away embedded database, runs wrk for DURATION
# (default 30s) against POST /api/bookings with a distinct customer and slot per request, then stops the service.
# Crews are set high so the run measures creating bookings rather than a calendar filling up.
# Usage (project root): bench/booking-load.sh [DURATION]        Needs: wrk (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
port=4100
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 2; }
[ -f target/chefweb-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q package -DskipTests
log=$(mktemp)
PORT=$port CHEFWEB_EMBEDDED_POSTGRES_DIR= CHEFWEB_BOOKING_CREWS=1000 \
  CHEFWEB_RATE_LIMITS_BOOKING_CREATE_LIMIT=100000000 \
  JAVA_TOOL_OPTIONS="-Dchefweb.rate-limits.booking-create.limit=100000000 -Dspring.datasource.hikari.maximum-pool-size=30" \
  "$(./mvnw -q help:evaluate -Dexpression=java.home -DforceStdout 2>/dev/null || echo /usr/lib/jvm/temurin-25-jdk-amd64)/bin/java" \
  -jar target/chefweb-0.1.0-SNAPSHOT.jar > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
for i in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
  kill -0 $pid 2>/dev/null || { echo "service failed to start:"; tail -30 "$log"; exit 1; }
  sleep 1
done
# warm up the JIT and connection pool, then measure
wrk -t2 -c50 -d10s -s bench/scenario.lua "http://127.0.0.1:$port" -- book > /dev/null
echo "== POST /api/bookings, 200 connections, $duration =="
wrk -t2 -c200 -d"$duration" --timeout 10s -s bench/scenario.lua "http://127.0.0.1:$port" -- book | grep '^RESULT' \
  | awk '{ printf "%s bookings/s, latency ms p50 %s p95 %s p99 %s, failed requests %s\n", $2, $3, $4, $5, $6 }'
