#!/usr/bin/env bash
# Load test of POST /api/v1/complaints, end to end (HTTP, validation, AES-GCM, HMAC, group-
# committed insert, durable InnoDB commit) against a real MariaDB, all on 127.0.0.1.
# Bounded in time: WARMUP seconds, then DURATION seconds measured, C connections.
# Needs `wrk` (apt-get install -y wrk) and a MariaDB unpacked by a previous `mvn -B verify`.
#   C=64 DURATION=30 scripts/bench-complaints.sh
set -euo pipefail
cd "$(dirname "$0")/.."
C=${C:-64}
WARMUP=${WARMUP:-40}
DURATION=${DURATION:-30}
command -v wrk >/dev/null || { echo "Install wrk: apt-get install -y wrk" >&2; exit 1; }
source scripts/lib-bench.sh
start_database
start_app

cat >"$WORK/body.json" <<'JSON'
{"language":"es","visaType":"H2A","categories":["RECRUITMENT_FEE","BELOW_REQUIRED_WAGE"],"employerName":"Agrícola San José","recruiterName":"Reclutadora del Norte","worksiteState":"GA","startedOn":"2026-03","narrative":"Me cobraron 9,000 pesos por la visa y en el campo nos pagan menos de lo que dice el contrato. Somos doce en una casa con un solo baño.","inDanger":false,"contact":{"channel":"WHATSAPP","value":"+52 55 1234 5678"},"consentToContact":true}
JSON
post_lua "$WORK/post.lua"
export BODY="$WORK/body.json"
URL="http://127.0.0.1:$APP_PORT/api/v1/complaints"
echo "Warm-up: ${WARMUP}s (the JIT compiles the request path)"
wrk -t2 -c"$C" -d"${WARMUP}s" -s "$WORK/post.lua" "$URL" >/dev/null
before=$(sql -e 'SELECT COUNT(*) FROM jornada.complaint')
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }
app0=$(cpu "$APP_PID"); db0=$(cpu "$DB_PID")
echo "Measured: ${DURATION}s, $C connections"
wrk -t2 -c"$C" -d"${DURATION}s" --latency -s "$WORK/post.lua" "$URL" | tee "$WORK/wrk.txt"
app1=$(cpu "$APP_PID"); db1=$(cpu "$DB_PID")
after=$(sql -e 'SELECT COUNT(*) FROM jornada.complaint')
sent=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
echo "Rows added while measuring: $((after - before)) (requests completed: $sent)"
echo "CPU seconds while measuring: app $(( (app1 - app0) / 100 )), MariaDB $(( (db1 - db0) / 100 ))"
