#!/usr/bin/env bash
# The job check at scale (issue #28): generates ROWS certified H-2A jobs of about ROWS distinct
# employers (this season, with agents), a Foreign Labor Recruiter List naming a recruiter and a
# sub-recruiter for every tenth case, WHD actions and debarments for a few hundred employers;
# imports them through the staff API into the real jar on its embedded H2 database (the default
# a user gets), then times GET /api/v1/job-check with hey, on 127.0.0.1 only.
#   ROWS=200000 scripts/bench-job-check.sh
# Settings: ROWS (200000), PORT (8097), JORNADA_DATA_DIR (/tmp/jc, emptied first), N (400 timed
# requests per query), C (2 concurrent), REUSE=1 (time again on the data folder of an earlier run,
# importing nothing), JORNADA_HEAP_MB (768; the import's name book and the
# search index of 200,000 names need more than the launcher's default).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-200000}
PORT=${PORT:-8097}
DATA=${JORNADA_DATA_DIR:-/tmp/jc}
N=${N:-400}
C=${C:-2}
TOKEN=bench-job-check-token-0123456789abcdef
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }
[ -f target/jornada.jar ] || mvn -B -o -q -DskipTests package
WORK=$(mktemp -d /tmp/jornada-jobcheck.XXXXXX)
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

python3 scripts/job-check-data.py "$ROWS" "$WORK"
ls -lh "$WORK"/*.csv | awk '{print $5, $9}'

[ "${REUSE:-0}" = 1 ] || rm -rf "$DATA"
JORNADA_DATA_DIR="$DATA" PORT="$PORT" JORNADA_BOOTSTRAP_TOKEN="$TOKEN" JORNADA_HEAP_MB="${JORNADA_HEAP_MB:-768}" \
  java -jar target/jornada.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "jar not ready; see $WORK/app.log" >&2; exit 1; }

import() { # KIND FILE FISCAL_YEAR
  local took
  took=$(curl -s -o "$WORK/report.json" -w "%{time_total}" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$WORK/$2" \
    "http://127.0.0.1:$PORT/api/v1/staff/imports/$1?fileName=$2&fiscalYear=$3")
  echo "import $1 $2: ${took} s: $(head -c 300 "$WORK/report.json")"
}
if [ "${REUSE:-0}" != 1 ]; then
  FY=$(python3 -c 'import datetime as d; t=d.date.today(); print(t.year + (1 if t.month >= 10 else 0))')
  import H2A_DISCLOSURE disclosure.csv "$FY"
  import RECRUITER_LIST recruiters.csv "$FY"
  import WHD whd.csv "$FY"
  import DEBARMENT debarment.csv "$FY"
fi

URL="http://127.0.0.1:$PORT/api/v1/job-check"
curl -s "$URL?employer=warm+up" >/dev/null # builds the search index
measure() {
  echo "== $1"
  curl -s "$URL$1" | python3 -c 'import json, sys; a = json.load(sys.stdin); print("found:", a["found"],
    "certifications:", len(a["certifications"]), "flags:", [f["code"] for f in a["flags"]])'
  hey -n 200 -c 1 "$URL$1" >/dev/null
  hey -n "$N" -c "$C" "$URL$1" | grep -E 'Requests/sec|Average|50% in|95% in|99% in|\[200\]'
}
while read -r query; do measure "?$query"; done <"$WORK/queries.txt"
echo "jar log: $WORK/app.log"
