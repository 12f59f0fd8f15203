#!/usr/bin/env bash
# The main job: install what is missing, build, migrate, start api + worker, load the demo campaign through the
# public API, print the results and where to look, and keep serving until Ctrl-C.
# DEMO_EXIT=1 stops the service after the demo has been loaded and printed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh
source scripts/lib/web-ui.sh

export PORT=${PORT:-3000}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/open_selection}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export LOG_LEVEL=${LOG_LEVEL:-warn}

ensure_dependencies || exit 1
require_services || exit 1
if [ -f apps/admin-web/package.json ] && [ -f apps/admin-web/package-lock.json ]; then
  build_web_ui >.demo-ui-build.log 2>&1 \
    || echo "⚠ the web UI did not build (see .demo-ui-build.log); the API works without it"
  grep '^▶' .demo-ui-build.log
fi
echo "▶ building"
npm run --silent build || exit 1
echo "▶ migrating $DATABASE_URL"
npm run --silent migrate || exit 1

if node -e "require('net').connect(${PORT},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  echo "✖ Port ${PORT} is already in use; stop what runs there or choose another: PORT=3001 npm start" >&2
  exit 1
fi

mkdir -p .demo
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap cleanup EXIT INT TERM

MIGRATE_ON_START=false node -r ./scripts/register-paths.js dist/apps/worker/src/main.js >.demo/worker.log 2>&1 &
pids+=($!)
MIGRATE_ON_START=false node -r ./scripts/register-paths.js dist/apps/api/src/main.js >.demo/api.log 2>&1 &
pids+=($!)

echo "▶ starting api (port ${PORT}) and worker (logs in .demo/)"
for _ in $(seq 1 60); do
  grep -q "API listening" .demo/api.log 2>/dev/null && grep -q "Worker ready" .demo/worker.log 2>/dev/null && break
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "✖ a process stopped while starting:" >&2; tail -n 20 .demo/api.log .demo/worker.log >&2; exit 1; }
  done
  sleep 0.5
done

node -r ./scripts/register-paths.js dist/apps/demo/src/main.js "http://localhost:${PORT}" || exit 1

# A real account for the demo (password sign-in, as in production): an organiser of the organisation the demo
# campaign belongs to (the development root). Created once; a second run finds it and changes nothing.
DEMO_LOGIN=${DEMO_LOGIN:-demo-organiser@example.org}
DEMO_PASSWORD=${DEMO_PASSWORD:-Demo-Organiser-2026}
DEVELOPMENT_ROOT_ORGANISATION=00000000-0000-4000-8000-00000000d001
admin() { node -r ./scripts/register-paths.js dist/apps/admin/src/main.js "$@"; }
if printf '%s\n' "$DEMO_PASSWORD" | admin create-person --name 李主任（演示） --email "$DEMO_LOGIN" --roles organiser --password-stdin >.demo/admin.log 2>&1; then
  admin add-organiser --organisation "$DEVELOPMENT_ROOT_ORGANISATION" --login "$DEMO_LOGIN" >>.demo/admin.log 2>&1 \
    || { echo "✖ could not make the demo account an organiser (see .demo/admin.log)" >&2; exit 1; }
fi
echo "  Sign in (password)   http://localhost:${PORT}/app/login   as ${DEMO_LOGIN} / ${DEMO_PASSWORD}   (the demo's organiser account)"

if [ "${DEMO_EXIT:-0}" = "1" ]; then exit 0; fi
echo
echo "Serving on http://localhost:${PORT} — press Ctrl-C to stop."
wait
