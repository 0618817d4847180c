#!/usr/bin/env bash
# Checks the deployment files that cannot run on the development machines (no Docker engine):
# docker/compose.yaml against the Compose Specification's JSON schema, docker/Caddyfile with
# Caddy's own validator, the systemd units with systemd-analyze. Each check runs when its tool is
# there (Debian: apt-get install -y docker-compose caddy python3-yaml python3-jsonschema).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

schema=/usr/lib/python3/dist-packages/compose/config/compose_spec.json
if [ -f "$schema" ] && /usr/bin/python3 -c 'import yaml, jsonschema' 2>/dev/null; then
  /usr/bin/python3 - "$schema" docker/compose.yaml <<'PY' || status=1
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
# the schema docker-compose 1.29 ships predates the top-level "name" (Compose Specification, 2022)
schema["properties"].setdefault("name", {"type": "string"})
doc = yaml.safe_load(open(sys.argv[2]))
errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
for e in errors:
    print("compose.yaml:", "/".join(map(str, e.path)), e.message)
print("compose.yaml:", "valid" if not errors else f"{len(errors)} errors", "- services:", ", ".join(sorted(doc["services"])))
sys.exit(1 if errors else 0)
PY
else
  echo "compose.yaml: not checked (no docker-compose schema or python3-yaml/jsonschema)"
fi

if command -v caddy >/dev/null; then
  JORNADA_DOMAIN=localhost caddy validate --config docker/Caddyfile --adapter caddyfile 2>&1 | tail -1 || status=1
else
  echo "Caddyfile: not checked (no caddy)"
fi

if command -v systemd-analyze >/dev/null; then
  for unit in scripts/systemd/*.service scripts/systemd/*.timer; do
    # the paths the units name exist only on an installed server
    out=$(systemd-analyze verify "$unit" 2>&1 | grep -v -e 'is not executable' -e 'No such file' || true)
    if [ -n "$out" ]; then echo "$out"; status=1; else echo "$(basename "$unit"): valid"; fi
  done
else
  echo "systemd units: not checked (no systemd-analyze)"
fi
exit $status
