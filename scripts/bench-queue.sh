#!/usr/bin/env bash
# The staff queue at scale: loads ROWS cases straight into MariaDB (sealed narratives are
# placeholders: the queue never decrypts), then times GET /api/v1/staff/cases with hey.
#   ROWS=1000000 scripts/bench-queue.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }
source scripts/lib-bench.sh
start_database
start_app
TOKEN=${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}

echo "Loading $ROWS cases..."
START=$(date +%s)
sql jornada -e "
INSERT INTO complaint (receipt_hash, urgent, in_danger, language, visa_type, employer_name,
  recruiter_name, employer_key, recruiter_key, worksite_state, started_on, narrative_sealed, contact_channel,
  consent_to_contact, received_at, version)
SELECT SHA2(CONCAT('bench-', seq), 256),
  seq % 10 = 0, seq % 50 = 0, 'es', IF(seq % 3 = 0, 'H2B', 'H2A'),
  CONCAT('Agrícola ', seq % 20000), CONCAT('Reclutadora ', seq % 3000),
  CONCAT(seq % 20000, ' agricola'), CONCAT(seq % 3000, ' reclutadora'),
  ELT(1 + seq % 5, 'GA','FL','NC','WA','CA'), '2026-03', x'01', 'NONE', FALSE,
  NOW(6) - INTERVAL seq SECOND, 0
FROM seq_1_to_${ROWS};
-- each case's file (V30): its state and nearest clock
INSERT INTO case_file (complaint_id, state, urgent, received_at, nearest_deadline, version)
SELECT id, ELT(1 + id % 8, 'RECEIVED','TRIAGED','VERIFYING','VERIFIED','ESCALATED','RESOLVED','CLOSED','DUPLICATE'),
  urgent, received_at, IF(id % 7 = 0, '9999-12-31', CURDATE() + INTERVAL (id % 1100) DAY), 0
FROM complaint;
INSERT INTO complaint_category (complaint_id, code)
SELECT id, ELT(1 + id % 6, 'UNPAID_HOURS','RECRUITMENT_FEE','UNSAFE_HOUSING','DOCUMENTS_TAKEN','HEAT_WATER_SHADE','RETALIATION')
FROM complaint;
-- the word index of those names, as NameWords writes it (NameKey sorts the words: digits first)
INSERT IGNORE INTO name_word (word, name_key) SELECT 'agricola', CONCAT(seq, ' agricola') FROM seq_0_to_19999;
INSERT IGNORE INTO name_word (word, name_key) SELECT CONCAT(seq), CONCAT(seq, ' agricola') FROM seq_0_to_19999;
INSERT IGNORE INTO name_word (word, name_key) SELECT 'reclutadora', CONCAT(seq, ' reclutadora') FROM seq_0_to_2999;
INSERT IGNORE INTO name_word (word, name_key) SELECT CONCAT(seq), CONCAT(seq, ' reclutadora') FROM seq_0_to_2999;
ANALYZE TABLE complaint, complaint_category, name_word;"
echo "Loaded in $(( $(date +%s) - START )) s: $(sql jornada -e 'SELECT COUNT(*) FROM complaint') cases"

URL="http://127.0.0.1:$APP_PORT/api/v1/staff/cases"
measure() {
  echo "== $1"
  hey -n 20 -c 1 -H "Authorization: Bearer $TOKEN" "$URL$1" >/dev/null
  hey -n 100 -c 2 -H "Authorization: Bearer $TOKEN" "$URL$1" | grep -E 'Requests/sec|Average|50% in|95% in|99% in|\[200\]'
}
measure "?page=0&size=25"
measure "?urgent=true&page=0&size=25"
measure "?state=RECEIVED&page=0&size=25"
measure "?q=agr%C3%ADcola%201234&page=0&size=25"
measure "?q=AGRICOLA%2017&page=0&size=25"
measure "?q=reclutadora&page=0&size=25"
measure "?page=2000&size=25"

# BACKFILL=1: also time migration V10 (name keys for cases filed before V9) over all the cases:
# the keys and the word index are emptied, V10 is forgotten, and the jar is started again.
if [ "${BACKFILL:-0}" = 1 ]; then
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  sql jornada -e "UPDATE complaint SET employer_key = NULL, recruiter_key = NULL; DELETE FROM name_word;
    DELETE FROM flyway_schema_history WHERE version = '10';"
  START=$(date +%s)
  READY_SECONDS=3600 start_app
  echo "Restarted with migration V10 over $ROWS cases in $(( $(date +%s) - START )) s (jar start included);" \
    "keys: $(sql jornada -e 'SELECT COUNT(*) FROM complaint WHERE employer_key IS NOT NULL'), words: $(sql jornada -e 'SELECT COUNT(*) FROM name_word')"
  measure "?q=agr%C3%ADcola%201234&page=0&size=25"
fi
