#!/usr/bin/env bash
# The message channel's webhook under load: RATE (default 200) signed Twilio SMS a second for
# DURATION seconds (default 20), open loop, from WORKERS numbers each walking through whole reports
# (so the answers file cases, look codes up and add messages), against the real jornada.jar on a
# throwaway MariaDB, one node; prints the answers' p50/p90/p99. Target (issue #27): p99 < 200 ms
# at 200 messages/s. 127.0.0.1 only, bounded in time. docs/performance.md has the figures.
#   RATE=200 DURATION=20 scripts/bench-channel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib-bench.sh
export JORNADA_PUBLIC_URL="http://127.0.0.1:$APP_PORT"
export JORNADA_TWILIO_AUTH_TOKEN="bench-twilio-token-0123456789"
start_database
start_app
URL="http://127.0.0.1:$APP_PORT/api/v1/channels/twilio" PUBLIC_URL="$JORNADA_PUBLIC_URL" \
  TWILIO_TOKEN="$JORNADA_TWILIO_AUTH_TOKEN" RATE=50 DURATION=10 python3 scripts/bench-channel.py >/dev/null
echo "Warmed up; measuring ${DURATION:-20} s at ${RATE:-200} messages/s"
URL="http://127.0.0.1:$APP_PORT/api/v1/channels/twilio" PUBLIC_URL="$JORNADA_PUBLIC_URL" \
  TWILIO_TOKEN="$JORNADA_TWILIO_AUTH_TOKEN" python3 scripts/bench-channel.py
echo "Cases filed by message: $(sql -e "SELECT COUNT(*) FROM jornada.complaint WHERE channel = 'SMS'")"
