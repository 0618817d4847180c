#!/usr/bin/env bash
# What one small server holds (issue #13): the shipped jar on the embedded H2 default (or
# DB=mariadb), started as a user starts it. Measures the time to ready (process start to the
# first 200 of /health/ready), resident memory (the process and its children: the launcher and
# the JVM it starts) once idle, and its peak while C clients file complaints for DURATION
# seconds, with the throughput. JAVA_OPTS go before -jar.
#   scripts/bench-footprint.sh                       # defaults: C=16 DURATION=20
#   JAVA_OPTS="-Xmx512m" scripts/bench-footprint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
C=${C:-16}
DURATION=${DURATION:-20}
PORT=${APP_PORT:-8091}
command -v wrk >/dev/null || { echo "Install wrk: apt-get install -y wrk" >&2; exit 1; }
[ -f target/jornada.jar ] || mvn -B -q -DskipTests package
WORK=$(mktemp -d /tmp/jornada-footprint.XXXXXX)
cleanup() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true; [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
export JORNADA_LIMIT_COMPLAINT_BURST=100000000/1 JORNADA_LIMIT_COMPLAINT_CEILING=100000000/1
if [ "${DB:-h2}" = mariadb ]; then
  DB_PORT=${DB_PORT:-33308}
  source scripts/lib-bench.sh
  start_database
  export DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/jornada?sslMode=DISABLED" DB_USER=jornada DB_PASSWORD=bench-only
else
  unset DB_URL DB_USER DB_PASSWORD
fi

rss_tree() { # resident kB of a process and its descendants
  local total=0 pid
  for pid in $1 $(pgrep -P "$1" 2>/dev/null) $(pgrep -P "$(pgrep -P "$1" 2>/dev/null | head -1)" 2>/dev/null); do
    [ -r "/proc/$pid/status" ] && total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")))
  done
  echo "$total"
}

# Starts the jar on $WORK/data, logging to $1, and waits for it: sets APP_PID and READY (ms).
start_jar() {
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  JORNADA_DATA_DIR="$WORK/data" PORT=$PORT java ${JAVA_OPTS:-} -jar target/jornada.jar ${ARGS:-} >"$1" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the jar stopped: $1" >&2; exit 1; }
    sleep 0.1
  done
  READY=$(( ($(date +%s%N) - start) / 1000000 ))
}

start_jar "$WORK/app.log"
echo "ready after: $READY ms"
sleep 15
echo "resident idle: $(( $(rss_tree "$APP_PID") / 1024 )) MB"
echo "threads: $(ls /proc/$(pgrep -P "$APP_PID" | head -1 || echo "$APP_PID")/task 2>/dev/null | wc -l) (JVM of the portal)"

cat >"$WORK/body.json" <<'JSON'
{"language":"es","visaType":"H2A","categories":["RECRUITMENT_FEE","BELOW_REQUIRED_WAGE"],"employerName":"Agrícola San José","worksiteState":"GA","narrative":"Me cobraron 9,000 pesos por la visa y en el campo nos pagan menos de lo que dice el contrato.","contact":{"channel":"WHATSAPP","value":"+52 55 1234 5678"},"consentToContact":true}
JSON
cat >"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BODY"), "r"); wrk.body = f:read("*a"); f:close()
LUA
export BODY="$WORK/body.json"
PEAK=0
( while kill -0 "$APP_PID" 2>/dev/null; do r=$(rss_tree "$APP_PID"); echo "$r"; sleep 0.5; done ) >"$WORK/rss.txt" &
SAMPLER=$!
wrk -t2 -c"$C" -d"${DURATION}s" -s "$WORK/post.lua" "http://127.0.0.1:$PORT/api/v1/complaints" >"$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
PEAK=$(sort -n "$WORK/rss.txt" | tail -1)
echo "resident peak under load: $(( PEAK / 1024 )) MB"
grep -E "Requests/sec|Non-2xx|Socket errors" "$WORK/wrk.txt" || true
# A restart on the same data (the usual start: schema up to date, demo data already there).
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
start_jar "$WORK/app2.log"
echo "ready after a restart: $READY ms"
