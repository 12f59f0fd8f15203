# Shared by scripts/demo.sh and scripts/test.sh: dependencies and the two services we need.
PGHOST_ADDR=${PGHOST_ADDR:-127.0.0.1}
REDIS_HOST_ADDR=${REDIS_HOST_ADDR:-127.0.0.1}

ensure_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "▶ installing dependencies (npm ci)"
    npm ci --no-audit --no-fund || { echo "npm ci failed: check your network access to the npm registry" >&2; return 1; }
  fi
}

postgres_up() { node -e "const {Client}=require('pg');const c=new Client({connectionString:process.argv[1]});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "${DATABASE_ADMIN_URL:-postgres://postgres@$PGHOST_ADDR:5432/postgres}" 2>/dev/null; }
redis_up() { node -e "const n=require('net').connect(6379,process.argv[1]);n.on('connect',()=>{n.write('PING\r\n')});n.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));n.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),2000)" "$REDIS_HOST_ADDR" 2>/dev/null; }

require_services() {
  local ok=0
  if ! postgres_up; then
    echo "✖ PostgreSQL is not reachable at $PGHOST_ADDR:5432 (user postgres)." >&2
    echo "  Start it: 'docker compose -f docker-compose.services.yml up -d postgres', or on this machine:" >&2
    echo "  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
    ok=1
  fi
  if ! redis_up; then
    echo "✖ Redis is not reachable at $REDIS_HOST_ADDR:6379." >&2
    echo "  Start it: 'docker compose -f docker-compose.services.yml up -d redis', or on this machine:" >&2
    echo "  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no" >&2
    ok=1
  fi
  return $ok
}
