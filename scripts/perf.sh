#!/usr/bin/env bash
# The load test of issue #13 (Gatling, the Maven profile "perf"; not in CI): a throwaway MariaDB
# and the real jornada.jar on 127.0.0.1, started as a user starts it (the launcher sizes the JVM
# for a small server), then WorkersSimulation: WORKERS workers (200) filing, following up and
# uploading a pay stub for MINUTES minutes (5), five advocates reading the queue. Prints Gatling's
# summary, whether every receipt was found afterwards, and the portal's peak resident memory.
#   scripts/perf.sh
#   WORKERS=50 MINUTES=1 scripts/perf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORKERS=${WORKERS:-200}
MINUTES=${MINUTES:-5}
export APP_JVM_OPTS="${APP_JVM_OPTS-}"
export JORNADA_BOOTSTRAP_TOKEN="${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}"
source scripts/lib-bench.sh
start_database
start_app
echo "Ready; $WORKERS workers for $MINUTES minutes"

rss_kb() { # the launcher and the portal JVM it started
  ps -o rss= -p "$APP_PID" --ppid "$APP_PID" 2>/dev/null | awk '{s+=$1} END {print s+0}'
}
PEAK=0
( while kill -0 "$APP_PID" 2>/dev/null; do rss_kb; sleep 2; done ) >"$WORK/rss.txt" &
SAMPLER=$!

status=0
mvn -B -q -Pperf -DskipTests test-compile gatling:test -Dperf.baseUrl="http://127.0.0.1:$APP_PORT" \
  -Dperf.workers="$WORKERS" -Dperf.minutes="$MINUTES" -Dperf.staffToken="$JORNADA_BOOTSTRAP_TOKEN" \
  | tee "$WORK/gatling.txt" || status=$?
kill "$SAMPLER" 2>/dev/null || true
PEAK=$(sort -n "$WORK/rss.txt" | tail -1)
echo "Cases in the database: $(sql -e 'SELECT COUNT(*) FROM jornada.complaint'), files: $(sql -e 'SELECT COUNT(*) FROM jornada.evidence')"
cat target/gatling/receipts-check.txt 2>/dev/null || echo "no receipts check written"
echo "Peak resident memory of the portal (launcher + JVM): $((PEAK / 1024)) MB"
echo "Server errors in the portal's log: $(grep -c SEVERE "$WORK/app.log" || true)"
exit $status
