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
# Whether a process has the embedded database open (H2 locks the file itself; Linux /proc).
in_use() {
  [ -e "$DATA/jornada.lock.db" ] && return 0
  local file
  file=$(readlink -f "$DATA/jornada.mv.db" 2>/dev/null || echo "$DATA/jornada.mv.db")
  # (not "find | grep -q": with pipefail, find's permission errors would hide a match)
  [ -n "$(find /proc/[0-9]*/fd -maxdepth 1 -lname "$file" 2>/dev/null || true)" ]
}
umask 077
mkdir -p "$WORK/backup/data"

client() {
  local name
  for name in "$@"; do
    if [ -n "${DB_CLIENT_DIR:-}" ] && [ -x "$DB_CLIENT_DIR/$name" ]; then echo "$DB_CLIENT_DIR/$name"; return; fi
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
  echo "None of $* found: install the MariaDB or MySQL client, or set DB_CLIENT_DIR" >&2
  exit 1
}

if [ -n "${DB_URL:-}" ]; then
  # jdbc:mysql://host[:port]/database[?options]
  [[ "$DB_URL" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || { echo "DB_URL is not a jdbc:mysql:// address: $DB_URL" >&2; exit 1; }
  HOST=${BASH_REMATCH[2]}; PORT=${BASH_REMATCH[4]:-3306}; NAME=${BASH_REMATCH[5]}
  PASSWORD=${DB_PASSWORD:-}
  [ -n "${DB_PASSWORD_FILE:-}" ] && PASSWORD=$(cat "$DB_PASSWORD_FILE")
  printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\nprotocol=tcp\n' "${DB_USER:-root}" "$PASSWORD" \
    "$HOST" "$PORT" >"$WORK/my.cnf"
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
