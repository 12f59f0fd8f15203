# The web UI (apps/admin-web): installed and built only when needed. Source this file, then call build_web_ui.

# A hash of everything the UI build reads: its sources, its lock file and its configuration.
web_ui_source_hash() {
  (
    cd apps/admin-web || exit 1
    find src public index.html package.json package-lock.json tsconfig.json ./*.ts -type f 2>/dev/null | LC_ALL=C sort | xargs sha256sum
  ) | sha256sum | cut -d' ' -f1
}

# Installs the UI's own dependencies when its lock file changed, and builds it unless dist/ was built from the
# same sources (the hash is stored beside dist/index.html). Returns non-zero when the install or build fails.
build_web_ui() {
  local stamp=apps/admin-web/dist/.source-hash
  if [ ! -d apps/admin-web/node_modules ] || [ apps/admin-web/package-lock.json -nt apps/admin-web/node_modules/.package-lock.json ]; then
    echo "▶ installing the web UI's dependencies"
    npm ci --prefix apps/admin-web --no-audit --no-fund || return 1
  fi
  local hash
  hash=$(web_ui_source_hash)
  if [ -f apps/admin-web/dist/index.html ] && [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
    echo "▶ web UI unchanged since its last build (apps/admin-web/dist)"
    return 0
  fi
  echo "▶ building the web UI (apps/admin-web → apps/admin-web/dist, served by the api under /app)"
  npm run --silent build --prefix apps/admin-web || return 1
  echo "$hash" >"$stamp"
}
