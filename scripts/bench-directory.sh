#!/usr/bin/env bash
# The directory at scale: generates an H-2A disclosure CSV of ROWS cases naming about ROWS
# distinct employers (accented Spanish and English names, legal suffixes, some repeats), imports
# it through the API into MariaDB and the real jar (timed, with the JVM's peak heap), imports it
# again (must change nothing), then times the search with hey.
#   ROWS=200000 scripts/bench-directory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-200000}
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }
source scripts/lib-bench.sh
start_database
start_app
TOKEN=${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}
FILE="$WORK/H-2A_Disclosure_Data_FY2025.csv"

python3 - "$ROWS" "$FILE" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
first = ["Agrícola", "Rancho", "Viveros", "Huertos", "Granja", "Campos", "Blue Ridge", "Sunny", "Valley", "Green",
         "Cosecha", "Frutas", "Hermanos", "Golden", "Pacific", "Sierra", "Río", "Peña", "Smith", "García"]
second = ["San José", "Santa María", "del Norte", "Pérez", "López", "La Esperanza", "Orchards", "Farms", "Growers",
          "Produce", "Harvesting", "Nursery", "Berries", "Citrus", "Dairy", "Tomatoes", "Apples", "Onions"]
suffix = ["", " LLC", ", Inc.", " S.A. de C.V.", " Corp.", " Co.", ", L.L.C.", " Ltd"]
states = ["GA", "FL", "NC", "WA", "CA", "AZ", "TX", "NY", "MI", "LA"]
with open(path, "w", encoding="utf-8") as out:
    out.write("CASE_NUMBER,CASE_STATUS,EMPLOYER_NAME,EMPLOYER_CITY,EMPLOYER_STATE,JOB_TITLE,SOC_CODE,PRIMARY_CROP,"
              "WAGE_OFFER,PER,TOTAL_WORKERS_H-2A_REQUESTED,TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,"
              "REQUESTED_BEGIN_DATE,REQUESTED_END_DATE\n")
    for i in range(rows):
        name = f"{random.choice(first)} {random.choice(second)} {i % (rows * 9 // 10)}{random.choice(suffix)}"
        out.write(f"H-300-25{i:09d},Determination Issued - Certification,\"{name}\",Town {i % 500},"
                  f"{random.choice(states)},Farmworkers,45-2092,Crops,16.08,Hour,10,10,GA,2025-03-01,2025-10-31\n")
PY
echo "Generated $(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1)"

import_once() {
  curl -s -o "$WORK/report.json" -w "%{time_total}" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$FILE" \
    "http://127.0.0.1:$APP_PORT/api/v1/staff/imports/H2A_DISCLOSURE?fileName=$(basename "$FILE")"
}
echo "First import: $(import_once) s"; head -c 600 "$WORK/report.json"; echo
echo "Second import: $(import_once) s"; head -c 600 "$WORK/report.json"; echo
echo "Heap after imports: $(jcmd "$APP_PID" GC.heap_info | grep -E 'total|used' | head -2 | tr -s ' ')"
echo "Directory entries: $(sql jornada -e 'SELECT COUNT(*) FROM directory_entity')"

URL="http://127.0.0.1:$APP_PORT/api/v1/directory/search"
measure() {
  echo "== $1"
  hey -n 50 -c 1 "$URL$1" >/dev/null
  hey -n 400 -c 2 "$URL$1" | grep -E 'Requests/sec|Average|50% in|95% in|99% in|\[200\]'
}
measure "?q=agricola+san+jose"
measure "?q=agricla+san+hose+123"
measure "?q=blue+ridge+orchards&state=GA"
measure "?q=garcia+harvesting&visa=H-2A"
