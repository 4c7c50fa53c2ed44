#!/usr/bin/env bash
# Installs (when absent) and starts the real servers the tests use, on loopback only:
# PostgreSQL 15 and RabbitMQ 3.10 from Debian's packages; Debian's chromium for the browser tests and Noto Sans
# (fonts-noto-core, with Noto Sans Arabic) for the PDF records. Safe to run again: it starts only what is down.
# Prints the environment the tests read, as `export` lines, on stdout.
set -euo pipefail

log() { echo "test-servers: $*" >&2; }

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v rabbitmq-server >/dev/null || missing+=(rabbitmq-server)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf ]] || missing+=(fonts-noto-core)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

# PostgreSQL: loopback only, enough connections for tests that run in parallel, durable commits.
pg_version=$(ls /etc/postgresql | sort -n | tail -n 1)
conf_dir=/etc/postgresql/$pg_version/main/conf.d
mkdir -p "$conf_dir"
cat > "$conf_dir/krisenstab-tests.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 400
synchronous_commit = on
CONF
if ! pg_ctlcluster "$pg_version" main status >/dev/null 2>&1; then
  log "starting PostgreSQL $pg_version"
  pg_ctlcluster "$pg_version" main start >&2
fi
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 0.5; done
pg_isready -h 127.0.0.1 -q || { log "PostgreSQL did not become ready"; exit 1; }
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='krisenstab'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE krisenstab LOGIN SUPERUSER PASSWORD 'krisenstab'\"" >&2

# RabbitMQ: loopback only, management API for creating a vhost per test.
mkdir -p /etc/rabbitmq
cat > /etc/rabbitmq/rabbitmq.conf <<CONF
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
CONF
echo "NODENAME=rabbit@localhost" > /etc/rabbitmq/rabbitmq-env.conf
rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
if ! rabbitmqctl -q status >/dev/null 2>&1; then
  log "starting RabbitMQ"
  rabbitmq-server -detached >&2
fi
for _ in $(seq 1 60); do rabbitmqctl -q await_startup >/dev/null 2>&1 && break; sleep 1; done
rabbitmqctl -q await_startup >/dev/null 2>&1 || { log "RabbitMQ did not start"; exit 1; }
for _ in $(seq 1 60); do
  curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && break; sleep 0.5
done

cat <<ENV
export KRISENSTAB_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=krisenstab;Password=krisenstab;Database=postgres'
export KRISENSTAB_TEST_RABBITMQ='amqp://guest:guest@127.0.0.1:5672/'
export KRISENSTAB_TEST_RABBITMQ_MANAGEMENT='http://guest:guest@127.0.0.1:15672/'
ENV
