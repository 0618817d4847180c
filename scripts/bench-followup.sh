#!/usr/bin/env bash
# How fast can a client that ignores 429 test receipt codes? POST /api/v1/followup with a new
# random wrong code per request, against a real MariaDB holding ROWS cases, limits at their
# defaults (a right code must always open, so every request is looked up). The figure feeds the
# guessing arithmetic in docs/security.md. 127.0.0.1 only, bounded in time.
#   ROWS=100000 DURATION=30 scripts/bench-followup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
C=${C:-32}
ROWS=${ROWS:-100000}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
command -v wrk >/dev/null || { echo "Install wrk: apt-get install -y wrk" >&2; exit 1; }
# this benchmark measures the lookup itself: keep the receipt budget at its default
export JORNADA_LIMIT_RECEIPT_MISSES="${JORNADA_LIMIT_RECEIPT_MISSES:-10/3600}"
source scripts/lib-bench.sh
start_database
start_app
echo "Filing $ROWS cases through the API (live receipts to miss)"
cat >"$WORK/body.json" <<'JSON'
{"categories":["UNPAID_HOURS"],"narrative":"Caso para medir la busqueda de codigos."}
JSON
post_lua "$WORK/post.lua"
export BODY="$WORK/body.json"
while [ "$(sql -e 'SELECT COUNT(*) FROM jornada.complaint')" -lt "$ROWS" ]; do
  wrk -t2 -c64 -d5s -s "$WORK/post.lua" "http://127.0.0.1:$APP_PORT/api/v1/complaints" >/dev/null
done
echo "Cases: $(sql -e 'SELECT COUNT(*) FROM jornada.complaint')"
cat >"$WORK/guess.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())
request = function()
  local digits = {}
  for i = 1, 20 do digits[i] = tostring(math.random(0, 9)) end
  return wrk.format(nil, nil, nil, '{"receipt":"' .. table.concat(digits) .. '"}')
end
local counts = {}
response = function(status) counts[status] = (counts[status] or 0) + 1 end
done = function() end
LUA
URL="http://127.0.0.1:$APP_PORT/api/v1/followup"
wrk -t2 -c"$C" -d"${WARMUP}s" -s "$WORK/guess.lua" "$URL" >/dev/null
echo "Measured: ${DURATION}s, $C connections, each request a new random code"
wrk -t2 -c"$C" -d"${DURATION}s" --latency -s "$WORK/guess.lua" "$URL"
