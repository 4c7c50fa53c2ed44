#!/usr/bin/env bash
# Runs Krisenstab distributed on this machine: the gateway on http://localhost:8080 and one service host per
# module, on the local RabbitMQ and PostgreSQL (installed and started by scripts/test-servers.sh when absent).
# Each run uses a fresh RabbitMQ vhost and PostgreSQL database named krisenstab_local unless KEEP_DATA=1.
# Ctrl-C stops every process this script started.
set -euo pipefail
cd "$(dirname "$0")/.."

eval "$(scripts/test-servers.sh)"
modules=(situation dashboard accommodation tasking staffing communication logbook)

database=krisenstab_local
vhost=krisenstab-local
rabbit_api=http://guest:guest@127.0.0.1:15672/api
if [[ "${KEEP_DATA:-0}" != 1 ]]; then
  psql "postgresql://krisenstab:krisenstab@127.0.0.1/postgres" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
  curl -fsS -X DELETE "$rabbit_api/vhosts/$vhost" >/dev/null 2>&1 || true
fi
psql "postgresql://krisenstab:krisenstab@127.0.0.1/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$database'" | grep -q 1 ||
  psql "postgresql://krisenstab:krisenstab@127.0.0.1/postgres" -qc "CREATE DATABASE $database" >/dev/null
curl -fsS -X PUT "$rabbit_api/vhosts/$vhost" >/dev/null
curl -fsS -X PUT -H 'content-type: application/json' -d '{"configure":".*","write":".*","read":".*"}' \
  "$rabbit_api/permissions/$vhost/guest" >/dev/null

dotnet build gateway/Krisenstab.Gateway/Krisenstab.Gateway.csproj -nologo -v q
dotnet build services/Krisenstab.ServiceHost/Krisenstab.ServiceHost.csproj -nologo -v q

gateway=http://127.0.0.1:8080
# Everything started below belongs to this script's process group: stop it all on exit or Ctrl-C.
trap 'trap - EXIT INT TERM; kill 0' EXIT INT TERM

port=5101
services_env=()
for module in "${modules[@]}"; do
  (cd services/Krisenstab.ServiceHost/bin/Debug/net10.0 &&
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Krisenstab__Mode=Distributed \
    Krisenstab__Modules="$module" \
    Krisenstab__Auth__Authority="$gateway/" \
    Krisenstab__EventStore__Provider=Postgres \
    ConnectionStrings__Postgres="Host=127.0.0.1;Username=krisenstab;Password=krisenstab;Database=$database" \
    Krisenstab__Bus__Transport=RabbitMQ \
    ConnectionStrings__RabbitMQ="amqp://guest:guest@127.0.0.1:5672/$vhost" \
    exec dotnet Krisenstab.ServiceHost.dll 2>&1 | sed "s/^/[$module] /") &
  services_env+=("Krisenstab__Services__$module=http://127.0.0.1:$port")
  port=$((port + 1))
done

(cd gateway/Krisenstab.Gateway/bin/Debug/net10.0 &&
  env ASPNETCORE_URLS="$gateway" ASPNETCORE_ENVIRONMENT=Development \
    Krisenstab__Mode=Distributed Krisenstab__Auth__Issuer="$gateway/" \
    Krisenstab__EventStore__DataDirectory="$PWD/../../../../../data" \
    "${services_env[@]}" dotnet Krisenstab.Gateway.dll 2>&1 | sed "s/^/[gateway] /") &

for _ in $(seq 1 120); do
  curl -fsS "$gateway/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$gateway/health/ready" >/dev/null && echo "Krisenstab (distributed) is up on $gateway with ${modules[*]} — Ctrl-C stops it." >&2
wait
