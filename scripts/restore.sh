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
umask 077
source "$(dirname "$0")/lib-backup.sh"
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
  database_settings
  MYSQL=$(client mariadb mysql)
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
