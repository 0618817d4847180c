#!/usr/bin/env bash
# The pattern views at scale (issue #12): loads ROWS cases spread over two years, ENTITIES
# employers with one certification each, every case linked to an employer, straight into MariaDB;
# then times each /api/v1/patterns view with hey (SUPERVISOR token; UNION tokens take the same path).
# The jar runs as users start it, with its launcher's heap (lib-bench.sh); a bigger heap is an
# option: JORNADA_HEAP_MB=512, or APP_JVM_OPTS="-Xmx1g -XX:+UseParallelGC". Ends with the portal's
# heap after the views, and fails when a view answered anything but 200 (docs/performance.md).
#   ROWS=1000000 ENTITIES=200000 scripts/bench-patterns.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
ENTITIES=${ENTITIES:-200000}
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }
source scripts/lib-bench.sh
start_database
start_app
TOKEN=${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}
YEAR=$(date +%Y)

echo "Loading $ENTITIES employers and $ROWS cases..."
START=$(date +%s)
sql jornada -e "
INSERT INTO directory_entity (id, kind, name, match_key, state, created_at)
SELECT 1000000 + seq, 'EMPLOYER', CONCAT('Bench Farm ', seq), CONCAT(seq, ' bench farm'),
  ELT(1 + seq % 5, 'GA','FL','NC','WA','CA'), NOW(6)
FROM seq_1_to_${ENTITIES};
INSERT INTO certification (id, case_number, visa_class, fiscal_year, employer_id, workers_certified, begin_date,
  worksite_state, crop)
SELECT 2000000 + seq, CONCAT('BENCH-', seq), IF(seq % 3 = 0, 'H-2B', 'H-2A'), $YEAR - seq % 2, 1000000 + seq,
  10 + seq % 90, MAKEDATE($YEAR - seq % 2, 60), ELT(1 + seq % 5, 'GA','FL','NC','WA','CA'), ELT(1 + seq % 4, 'Onions','Apples','Tobacco','Nursery')
FROM seq_1_to_${ENTITIES};
INSERT INTO complaint (receipt_hash, urgent, in_danger, language, visa_type, employer_name, worksite_state,
  narrative_sealed, contact_channel, consent_to_contact, received_at, version, employer_entity_id,
  recruited_in, wants_organizing)
SELECT SHA2(CONCAT('pattern-bench-', seq), 256),
  seq % 10 = 0, FALSE, 'es', IF(seq % 3 = 0, 'H2B', 'H2A'), CONCAT('Bench Farm ', 1 + seq % ${ENTITIES}),
  ELT(1 + seq % 5, 'GA','FL','NC','WA','CA'), x'01', 'NONE', FALSE,
  NOW(6) - INTERVAL (seq * 63) SECOND, 0, 1000000 + 1 + seq % ${ENTITIES},
  ELT(1 + seq % 6, 'MX-GUA','MX-OAX','MX-MIC','MX-VER','MX-SLP','GT'), seq % 40 = 0
FROM seq_1_to_${ROWS};
-- each case's file (V30): its state
INSERT INTO case_file (complaint_id, state, urgent, received_at, version)
SELECT id, ELT(1 + id % 8, 'RECEIVED','TRIAGED','VERIFYING','VERIFIED','ESCALATED','RESOLVED','CLOSED','DUPLICATE'),
  urgent, received_at, 0
FROM complaint;
INSERT INTO complaint_category (complaint_id, code)
SELECT id, ELT(1 + id % 6, 'UNPAID_HOURS','RECRUITMENT_FEE','UNSAFE_HOUSING','DOCUMENTS_TAKEN','HEAT_WATER_SHADE','RETALIATION')
FROM complaint;
-- the groups those categories belong to (V16's bit set): WAGES 2, RECRUITMENT 1, HOUSING 4, COERCION 32,
-- HEALTH_SAFETY 16, RETALIATION 128
UPDATE complaint SET category_groups = ELT(1 + id % 6, 2, 1, 4, 32, 16, 128);
-- certifications written behind the import's back: say so, as an import does (V18)
UPDATE data_version SET version = version + 1 WHERE name = 'directory';
ANALYZE TABLE complaint, complaint_category, directory_entity, certification;"
echo "Loaded in $(( $(date +%s) - START )) s: $(sql jornada -e 'SELECT COUNT(*) FROM complaint') cases"

URL="http://127.0.0.1:$APP_PORT/api/v1/patterns"
FAILED=0
measure() {
  echo "== $1"
  hey -n 3 -c 1 -H "Authorization: Bearer $TOKEN" "$URL$1" >/dev/null
  local out
  out=$(hey -n ${N:-10} -c 1 -t 120 -H "Authorization: Bearer $TOKEN" "$URL$1")
  echo "$out" | grep -E 'Average|50% in|95% in|\[[0-9][0-9][0-9]\]'
  echo "$out" | grep -qE '\[[^2][0-9][0-9]\]|Error distribution' && FAILED=1 || true
}
# The first view reads every case into this node's copy (CaseCopyRefresher); the columns V18 adds were
# just written for every row, so wait out the minute of overlap before timing.
curl -s -o /dev/null -w "first view (reads all cases): %{time_total} s\n" -H "Authorization: Bearer $TOKEN" \
  "$URL/entities?kind=EMPLOYER"
grep -ho "Pattern data read: .*" "$WORK/app.log" || true
sleep 65
measure "/entities?kind=EMPLOYER"
measure "/entities?kind=RECRUITER"
measure "/entities?kind=EMPLOYER&crop=onion"
measure "/entities?kind=EMPLOYER&sort=COUNT&offset=100000&limit=200"
measure "/entities?kind=EMPLOYER&state=GA&group=WAGES&verifiedOnly=true"
measure "/trends?by=MONTH"
measure "/trends?by=SEASON&visa=H2A"
measure "/map?of=US_WORKSITE"
measure "/map?of=MX_RECRUITMENT"
measure "/entities.csv?kind=EMPLOYER"
measure "/entities.xlsx?kind=EMPLOYER&sort=COUNT"
measure "/entities.csv?kind=EMPLOYER&limit=1000"
measure "/trends.xlsx?by=MONTH"
sql jornada -e "UPDATE case_file SET state = 'VERIFYING' WHERE complaint_id BETWEEN 400000 AND 409999"
curl -s -o /dev/null -w "first view after 10,000 cases changed: %{time_total} s\n" -H "Authorization: Bearer $TOKEN" \
  "$URL/entities?kind=EMPLOYER"
PORTAL=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
echo "portal JVM: $(tr '\0' ' ' <"/proc/$PORTAL/cmdline" | grep -oE -- '-Xmx[0-9a-z]+' || echo 'no -Xmx')"
# the live heap: what a full collection leaves (the portal, the pattern copy and its counting arrays)
jcmd "$PORTAL" GC.run >/dev/null 2>&1 || true
jcmd "$PORTAL" GC.heap_info 2>/dev/null | grep -E "generation|tenured|the space" || true
echo "resident: $(awk '/VmRSS/ {print $2}' "/proc/$PORTAL/status") kB"
grep -c "OutOfMemoryError" "$WORK/app.log" | sed 's/^/OutOfMemoryError in the log: /' || true
[ "$FAILED" = 0 ] || { echo "A view answered something other than 200" >&2; exit 1; }
