#!/usr/bin/env bash
# Backs up Jornada (docs/backup.md): the database (MySQL/MariaDB through DB_URL, or the embedded
# H2 file) and the data folder's other contents (letters written to outbox/), in
#   <dir>/jornada-backup-<time>.tar.gz
# and, when the keys live in the data folder (the embedded default generates them there), the
# keys apart in
#   <dir>/jornada-keys-<time>.tar.gz   (mode 0600: store it somewhere else than the backup)
# Evidence files, narratives, contacts and messages are in the database, sealed with the data key:
# the backup is useless without the key, and the key alone holds no worker data.
#
#   scripts/backup.sh [dir]                      (default dir: .)
# Environment: JORNADA_DATA_DIR (default ~/.jornada), DB_URL, DB_USER, DB_PASSWORD or
# DB_PASSWORD_FILE; DB_CLIENT_DIR where mariadb-dump/mysqldump live when not on PATH.
# The embedded H2 database must not be in use: stop the portal first (MySQL is dumped live, in one
# consistent snapshot, --single-transaction).
set -euo pipefail
OUT=$(cd "${1:-.}" && pwd)
DATA=${JORNADA_DATA_DIR:-$HOME/.jornada}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
umask 077
source "$(dirname "$0")/lib-backup.sh"
mkdir -p "$WORK/backup/data"

if [ -n "${DB_URL:-}" ]; then
  database_settings
  DUMP=$(client mariadb-dump mysqldump)
  "$DUMP" --defaults-extra-file="$WORK/my.cnf" --single-transaction --quick --hex-blob --routines \
    --default-character-set=utf8mb4 --no-tablespaces "$NAME" >"$WORK/backup/database.sql"
  echo "mysql $NAME" >"$WORK/backup/KIND"
else
  [ -f "$DATA/jornada.mv.db" ] || { echo "No embedded database in $DATA (set JORNADA_DATA_DIR or DB_URL)" >&2; exit 1; }
  if in_use; then
    echo "The embedded database in $DATA is in use: stop the portal, then back up" >&2
    exit 1
  fi
  cp -p "$DATA/jornada.mv.db" "$WORK/backup/jornada.mv.db"
  echo "h2" >"$WORK/backup/KIND"
fi
[ -d "$DATA/outbox" ] && cp -rp "$DATA/outbox" "$WORK/backup/data/"
(cd "$WORK/backup" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS)
tar -C "$WORK/backup" -czf "$OUT/jornada-backup-$STAMP.tar.gz" .
echo "Backup: $OUT/jornada-backup-$STAMP.tar.gz"

KEYS=()
for key in data.key receipt-pepper.key; do [ -f "$DATA/$key" ] && KEYS+=("$key"); done
if [ ${#KEYS[@]} -gt 0 ]; then
  tar -C "$DATA" -czf "$OUT/jornada-keys-$STAMP.tar.gz" "${KEYS[@]}"
  chmod 600 "$OUT/jornada-keys-$STAMP.tar.gz"
  echo "Keys:   $OUT/jornada-keys-$STAMP.tar.gz  <- keep it apart from the backup; without it the backup cannot be read"
else
  echo "Keys:   not in $DATA (JORNADA_DATA_KEY / JORNADA_RECEIPT_SECRET or their _FILE): back them up where you keep them"
fi
