#!/usr/bin/env bash
# Shared by backup.sh and restore.sh (docs/backup.md): the portal's database settings, and
# whether the embedded database is in use. Expects DATA and WORK to be set.

# Whether a process has the embedded database open (H2 locks the file itself; Linux /proc).
in_use() {
  [ -e "$DATA/jornada.lock.db" ] && return 0
  local file
  file=$(readlink -f "$DATA/jornada.mv.db" 2>/dev/null || echo "$DATA/jornada.mv.db")
  # (not "find | grep -q": with pipefail, find's permission errors would hide a match)
  [ -n "$(find /proc/[0-9]*/fd -maxdepth 1 -lname "$file" 2>/dev/null || true)" ]
}

# From DB_URL (jdbc:mysql://host[:port]/database[?options]), DB_USER and DB_PASSWORD(_FILE):
# sets NAME and writes the client's settings to $WORK/my.cnf (the password never on a command line).
database_settings() {
  [[ "$DB_URL" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || { echo "DB_URL is not a jdbc:mysql:// address: $DB_URL" >&2; exit 1; }
  local host=${BASH_REMATCH[2]} port=${BASH_REMATCH[4]:-3306} password=${DB_PASSWORD:-}
  NAME=${BASH_REMATCH[5]}
  [ -n "${DB_PASSWORD_FILE:-}" ] && password=$(cat "$DB_PASSWORD_FILE")
  printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\nprotocol=tcp\n' "${DB_USER:-root}" "$password" \
    "$host" "$port" >"$WORK/my.cnf"
}

# The first of the named client programs found in DB_CLIENT_DIR or on the PATH.
client() {
  local name
  for name in "$@"; do
    if [ -n "${DB_CLIENT_DIR:-}" ] && [ -x "$DB_CLIENT_DIR/$name" ]; then echo "$DB_CLIENT_DIR/$name"; return; fi
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
  echo "None of $* found: install the MariaDB or MySQL client, or set DB_CLIENT_DIR" >&2
  exit 1
}
