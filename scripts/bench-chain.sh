#!/usr/bin/env bash
# The recruitment chain at scale (issue #28): generates a fiscal year of H-2A disclosure data with
# agents (ROWS cases, default 25,000, a few hundred agent firms) and a Foreign Labor Recruiter List
# of LIST_ROWS rows (default 20,000: recruiters, a third with sub-recruiters) keyed to those cases'
# last six digits; one employer has 500 certifications, each with its own recruiter, so its profile
# has 500 links. Imports both through the API into MariaDB and the real jar (timed), imports the
# list again (must change nothing), then times that employer's profile, as JSON and as the page,
# with hey. Targets: both imports under 90 s; a profile with 500 links under 100 ms.
#   ROWS=25000 LIST_ROWS=20000 scripts/bench-chain.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-25000}
LIST_ROWS=${LIST_ROWS:-20000}
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }
source scripts/lib-bench.sh
start_database
start_app
TOKEN=${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}
DISCLOSURE="$WORK/H-2A_Disclosure_Data_FY2025.csv"
LIST="$WORK/Foreign_Labor_Recruiter_List_FY2025.csv"

python3 - "$ROWS" "$LIST_ROWS" "$DISCLOSURE" "$LIST" <<'PY'
import random, sys
rows, list_rows, disclosure, recruiters = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
random.seed(28)
states = ["GA", "FL", "NC", "WA", "CA", "AZ", "TX", "NY", "MI", "LA"]
crops = ["Onions", "Apples", "Berries", "Tobacco", "Nursery", "Citrus", "Tomatoes"]
towns = ["León, Guanajuato", "Oaxaca, Oaxaca", "Zacatecas, Zacatecas", "Ciudad de Guatemala", "Monterrey, Nuevo León"]
def case(i):
    return f"H-300-25{i // 1000000:03d}-{i % 1000000:06d}"
with open(disclosure, "w", encoding="utf-8") as out:
    out.write("CASE_NUMBER,CASE_STATUS,EMPLOYER_NAME,EMPLOYER_STATE,JOB_TITLE,PRIMARY_CROP,WAGE_OFFER,PER,"
              "TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,LAWFIRM_NAME_BUSINESS_NAME,REQUESTED_BEGIN_DATE,"
              "REQUESTED_END_DATE\n")
    for i in range(rows):
        # the first 500 cases are one big employer's
        employer = "Big Chain Growers LLC" if i < 500 else f"Granja {i // 3} Farms LLC"
        agent = f"Agentes Legales {random.randrange(300)} PLLC" if random.random() < 0.7 else ""
        # one state per employer: the importer keeps a name in two states as two entries
        home = "GA" if i < 500 else states[(i // 3) % len(states)]
        out.write(f"{case(i)},Determination Issued - Certification,\"{employer}\",{home},"
                  f"Farmworkers,{random.choice(crops)},16.08,Hour,{random.randint(1, 80)},{random.choice(states)},"
                  f"\"{agent}\",2025-03-01,2025-10-31\n")
with open(recruiters, "w", encoding="utf-8") as out:
    out.write("Case Number,Recruiter Name,Recruiter Location,Sub-Recruiter Name\n")
    for j in range(list_rows):
        if j < 500:
            i, name = j, f"Reclutadora Grande {j} S.A."
        else:
            i, name = random.randrange(500, rows), f"Reclutadora {random.randrange(2000)} S.A."
        sub = f"Enganchador {random.randrange(3000)}" if random.random() < 0.33 else ""
        out.write(f"{case(i)[-6:]},\"{name}\",\"{random.choice(towns)}, México\",\"{sub}\"\n")
PY
echo "Generated $(wc -l < "$DISCLOSURE") disclosure lines and $(wc -l < "$LIST") list lines"

import_file() { # KIND FILE
  curl -s -o "$WORK/report.json" -w "%{time_total}" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$2" \
    "http://127.0.0.1:$APP_PORT/api/v1/staff/imports/$1?fiscalYear=2025&fileName=$(basename "$2")"
}
echo "Disclosure import: $(import_file H2A_DISCLOSURE "$DISCLOSURE") s"; head -c 400 "$WORK/report.json"; echo
echo "Recruiter list import: $(import_file RECRUITER_LIST "$LIST") s"; head -c 400 "$WORK/report.json"; echo
echo "Recruiter list again: $(import_file RECRUITER_LIST "$LIST") s"; head -c 400 "$WORK/report.json"; echo
echo "Rows: $(sql jornada -e 'SELECT COUNT(*) FROM recruiter_disclosure') list rows stored"

BIG=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/directory/search?q=big+chain+growers" | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
LINKS=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/employers/$BIG" | python3 -c \
  'import json,sys; print(len(json.load(sys.stdin)["chain"]))')
echo "Big employer $BIG: $LINKS links"
measure() {
  echo "== $1"
  hey -n 30 -c 1 "http://127.0.0.1:$APP_PORT$1" >/dev/null
  hey -n 300 -c 2 "http://127.0.0.1:$APP_PORT$1" | grep -E 'Requests/sec|Average|50% in|95% in|99% in|\[200\]'
}
measure "/api/v1/employers/$BIG"
measure "/employers/$BIG"
REC=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/directory/search?q=reclutadora+grande+7" | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
measure "/recruiters/$REC"
# the union's chain view reads every recruiter→employer link (RecruitmentChain.supplies)
echo "== /api/v1/patterns/chain (as a SUPERVISOR)"
hey -n 20 -c 1 -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$APP_PORT/api/v1/patterns/chain" | \
  grep -E 'Average|50% in|95% in|99% in|\[200\]|\[403\]'
