#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (docs/backup.md), with the portal stopped:
#   scripts/restore.sh jornada-backup-<time>.tar.gz [jornada-keys-<time>.tar.gz]
# MySQL/MariaDB (DB_URL set): loads the dump into the database DB_URL names (its tables are
# replaced). Embedded H2: puts the database file back into JORNADA_DATA_DIR. The letters of
# outbox/ go back into the data folder; the keys too when given (never over different keys).
# Environment as for backup.sh.
set -euo pipefail
BACKUP=${1:?"usage: restore.sh jornada-backup-<time>.tar.gz [jornada-keys-<time>.tar.gz]"}
KEYS=${2:-}
DATA=${JORNADA_DATA_DIR:-$HOME/.jornada}
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
tar -C "$WORK" -xzf "$BACKUP"
(cd "$WORK" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup does not match its SHA256SUMS" >&2; exit 1; }
mkdir -p "$DATA"
chmod 700 "$DATA"

if [ -n "$KEYS" ]; then
  mkdir "$WORK/keys"
  tar -C "$WORK/keys" -xzf "$KEYS"
  for key in "$WORK"/keys/*; do
    name=$(basename "$key")
    if [ -f "$DATA/$name" ] && ! cmp -s "$key" "$DATA/$name"; then
      echo "$DATA/$name exists and differs from the backup's: move it away first" >&2
      exit 1
    fi
    cp "$key" "$DATA/$name"
    chmod 600 "$DATA/$name"
  done
fi

read -r KIND _ <"$WORK/KIND"
if [ "$KIND" = mysql ]; then
  [ -n "${DB_URL:-}" ] || { echo "This is a MySQL backup: set DB_URL (and DB_USER, DB_PASSWORD)" >&2; exit 1; }
  [[ "$DB_URL" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || { echo "DB_URL is not a jdbc:mysql:// address: $DB_URL" >&2; exit 1; }
  HOST=${BASH_REMATCH[2]}; PORT=${BASH_REMATCH[4]:-3306}; NAME=${BASH_REMATCH[5]}
  PASSWORD=${DB_PASSWORD:-}
  [ -n "${DB_PASSWORD_FILE:-}" ] && PASSWORD=$(cat "$DB_PASSWORD_FILE")
  printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\nprotocol=tcp\n' "${DB_USER:-root}" "$PASSWORD" \
    "$HOST" "$PORT" >"$WORK/my.cnf"
  MYSQL=""
  for name in mariadb mysql; do
    if [ -n "${DB_CLIENT_DIR:-}" ] && [ -x "$DB_CLIENT_DIR/$name" ]; then MYSQL="$DB_CLIENT_DIR/$name"; break; fi
    if command -v "$name" >/dev/null 2>&1; then MYSQL=$(command -v "$name"); break; fi
  done
  [ -n "$MYSQL" ] || { echo "Neither mariadb nor mysql found: install the client, or set DB_CLIENT_DIR" >&2; exit 1; }
  "$MYSQL" --defaults-extra-file="$WORK/my.cnf" -e "CREATE DATABASE IF NOT EXISTS \`$NAME\` CHARACTER SET utf8mb4"
  "$MYSQL" --defaults-extra-file="$WORK/my.cnf" --default-character-set=utf8mb4 "$NAME" <"$WORK/database.sql"
else
  in_use && { echo "The embedded database in $DATA is in use: stop the portal first" >&2; exit 1; }
  cp -p "$WORK/jornada.mv.db" "$DATA/jornada.mv.db"
  chmod 600 "$DATA/jornada.mv.db"
fi
if [ -d "$WORK/data/outbox" ]; then
  mkdir -p "$DATA/outbox"
  cp -rp "$WORK/data/outbox/." "$DATA/outbox/"
fi
echo "Restored $BACKUP into ${DB_URL:-$DATA}"
[ -f "$DATA/data.key" ] || [ -n "${JORNADA_DATA_KEY:-}${JORNADA_DATA_KEY_FILE:-}" ] \
  || echo "No data key in $DATA nor in the environment: give the keys archive, or the portal cannot read the cases" >&2
