#!/usr/bin/env bash
# Load test of POST /api/v1/complaints, end to end (HTTP, validation, AES-GCM, HMAC, JPA insert,
# durable InnoDB commit) against a real MariaDB, all on 127.0.0.1. Bounded: N requests.
# Needs `hey` (apt-get install hey) and a MariaDB unpacked by a previous `mvn -B verify`.
#   N=20000 C=64 scripts/bench-complaints.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
C=${C:-64}
source scripts/lib-bench.sh
start_database
start_app

cat >"$WORK/body.json" <<'JSON'
{"language":"es","visaType":"H2A","categories":["RECRUITMENT_FEE","BELOW_REQUIRED_WAGE"],"employerName":"Agrícola San José","recruiterName":"Reclutadora del Norte","worksiteState":"GA","startedOn":"2026-03","narrative":"Me cobraron 9,000 pesos por la visa y en el campo nos pagan menos de lo que dice el contrato. Somos doce en una casa con un solo baño.","inDanger":false,"contact":{"channel":"WHATSAPP","value":"+52 55 1234 5678"},"consentToContact":true}
JSON
URL="http://127.0.0.1:$APP_PORT/api/v1/complaints"
echo "Warm-up: 3000 requests"
hey -n 3000 -c 32 -m POST -T application/json -D "$WORK/body.json" "$URL" >/dev/null
echo "Measured: $N requests, $C concurrent"
hey -n "$N" -c "$C" -m POST -T application/json -D "$WORK/body.json" "$URL" | tee "$WORK/hey.txt"
echo "Rows in complaint: $(sql -e 'SELECT COUNT(*) FROM jornada.complaint')"
