#!/usr/bin/env bash
# Scanners against a local instance (docs/security.md): wapiti over the worker pages and public
# API, sqlmap over every public form and JSON endpoint. Only 127.0.0.1, bounded in time; not in CI.
# Needs: apt-get install -y wapiti sqlmap; a built target/jornada.jar (embedded H2, demo data).
#   scripts/scan.sh            # reports under target/scan/
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wapiti >/dev/null && command -v sqlmap >/dev/null || {
  echo "Install the scanners: apt-get install -y wapiti sqlmap" >&2; exit 1; }
[ -f target/jornada.jar ] || mvn -B -q -DskipTests package
PORT=${PORT:-8095}
OUT=$PWD/target/scan
WORK=$(mktemp -d /tmp/jornada-scan.XXXXXX)
mkdir -p "$OUT"
JORNADA_DATA_DIR="$WORK/data" PORT=$PORT JORNADA_BOOTSTRAP_TOKEN=scan-bootstrap-token-0123456789 \
  java -Xmx768m -jar target/jornada.jar >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break; sleep 1; done
BASE="http://127.0.0.1:$PORT"

echo "== wapiti (max ${WAPITI_MINUTES:-10} minutes)"
wapiti -u "$BASE/" --scope domain -m "${WAPITI_MODULES:-common,csp,http_headers,cookieflags,methods,redirect}" --max-attack-time 120 --max-scan-time $(( ${WAPITI_MINUTES:-10} * 60 )) \
  --flush-session -f json -o "$OUT/wapiti.json" --color >"$OUT/wapiti.txt" 2>&1 || true
tail -n 40 "$OUT/wapiti.txt"

echo "== sqlmap"
sqlmap_run() { # name, then sqlmap arguments
  local name=$1; shift
  timeout "${SQLMAP_SECONDS:-600}" sqlmap --batch --level 3 --risk 2 --flush-session --disable-coloring \
    --output-dir="$WORK/sqlmap" "$@" >"$OUT/sqlmap-$name.txt" 2>&1 || true
  grep -E "is vulnerable|appears to be injectable|all tested parameters do not appear|no parameter\(s\) found" \
    "$OUT/sqlmap-$name.txt" | sort -u | sed "s/^/[$name] /" || true
}
sqlmap_run search -u "$BASE/api/v1/directory/search?q=agricola&kind=EMPLOYER"
sqlmap_run profile -u "$BASE/api/v1/employers/1*"
sqlmap_run followup -u "$BASE/api/v1/followup" --data '{"receipt":"2026 0000 0000 0000 0009"}' \
  -H 'Content-Type: application/json'
sqlmap_run suggest -u "$BASE/api/v1/directory/suggest" --data '{"q":"agricola","field":"employer"}' \
  -H 'Content-Type: application/json'
sqlmap_run reviews -u "$BASE/api/v1/reviews" \
  --data '{"entityType":"EMPLOYER","entityId":1,"overall":4,"season":"2026","text":"bien"}' -H 'Content-Type: application/json'
sqlmap_run complaints -u "$BASE/api/v1/complaints" \
  --data '{"categories":["OTHER"],"employerName":"Granja","recruiterName":"Norte","worksiteState":"GA","narrative":"prueba"}' \
  -H 'Content-Type: application/json'
sqlmap_run follow-up-page -u "$BASE/follow-up" --data 'open=open&code=2026+0000+0000+0000+0009&open-case=x&jakarta.faces.ViewState=stateless'
sqlmap_run directory-page -u "$BASE/directory?q=agricola"

echo "== server errors during the scans (the log's SEVERE lines)"
grep -c SEVERE "$OUT/app.log" || true
echo "Reports: $OUT"
