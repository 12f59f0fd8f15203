# What a run of the tests needs first: dependencies, PostgreSQL and Redis, the web UI and the server build (dist/).
# Source it from the repository's root, then call prepare_for_tests.
source scripts/lib/services.sh
source scripts/lib/web-ui.sh

prepare_for_tests() {
  ensure_dependencies || return 1
  require_services || return 1
  build_web_ui || return 1
  echo "▶ build"
  npm run --silent build || return 1
}
