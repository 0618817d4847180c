#!/usr/bin/env bash
# How long does a referral packet take for a case with 25 evidence files (the most a case holds)?
# Files one complaint, uploads 25 distinct phone-sized JPEGs (scripts/FakePhotos.java), verifies the case,
# prepares an anonymous referral that attaches the evidence, then times RUNS downloads of its
# packet (PDF/A, built fresh for a draft: case, checklist, notes, directory, 25 evidence lines)
# and of its evidence ZIP (25 files opened, checked against their SHA-256, zipped). MariaDB, the
# real jar, 127.0.0.1 only.
#   RUNS=10 scripts/bench-referral-packet.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
FILES=${FILES:-25}
source scripts/lib-bench.sh
start_database
start_app
URL="http://127.0.0.1:$APP_PORT"
TOKEN="${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}"
auth=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")

RECEIPT=$(curl -fs -H 'Content-Type: application/json' -d '{"categories":["UNPAID_HOURS","RECRUITMENT_FEE"],
  "employerName":"Bench Orchards LLC","recruiterName":"Bench Recruiting","worksiteState":"GA","startedOn":"2026-03",
  "narrative":"Caso para medir el paquete de remision."}' "$URL/api/v1/complaints" | sed 's/.*"receipt":"\([0-9 ]*\)".*/\1/')
echo "Uploading $FILES photos"
java scripts/FakePhotos.java "$WORK" "$FILES"
for i in $(seq 1 "$FILES"); do
  curl -fs -o /dev/null -F "receipt=$RECEIPT" -F "file=@$WORK/photo-$i.jpg;type=image/jpeg" "$URL/api/v1/followup/evidence"
done
CASE=$(sql -e "SELECT MAX(id) FROM jornada.complaint")
for move in '{"to":"TRIAGED"}' '{"to":"VERIFYING"}' '{"to":"VERIFIED","reason":"bench"}'; do
  curl -fs -o /dev/null "${auth[@]}" -d "$move" "$URL/api/v1/staff/cases/$CASE/transitions"
done
WHD=$(curl -fs "${auth[@]}" "$URL/api/v1/staff/cases/$CASE/authorities" | grep -o '"authorityId":[0-9]*' | head -1 | cut -d: -f2)
REFERRAL=$(curl -fs "${auth[@]}" -d "{\"authorityId\":$WHD,\"identity\":\"ANONYMOUS\",\"evidence\":\"ATTACH\"}" \
  "$URL/api/v1/staff/cases/$CASE/referrals" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "Case $CASE, referral $REFERRAL, stored evidence: $(sql -e "SELECT COUNT(*), ROUND(SUM(size_bytes)/1048576,1) FROM jornada.evidence WHERE complaint_id=$CASE") (files, MB)"

measure() { # path: prints each run's seconds and size, then the median
  local path=$1 times=()
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL$path"   # warm-up
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -fs -o "$WORK/out" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$URL$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v size="$(stat -c %s "$WORK/out")" -v path="$path" \
    '{a[NR]=$1} END {printf "%s: median %.3f s, min %.3f s, max %.3f s, %d bytes\n", path, a[int((NR+1)/2)], a[1], a[NR], size}'
}
measure "/api/v1/staff/referrals/$REFERRAL/packet.pdf"
measure "/api/v1/staff/referrals/$REFERRAL/evidence.zip"
