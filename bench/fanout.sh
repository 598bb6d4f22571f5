#!/usr/bin/env bash
# bench/fanout.sh: fan-out of one order's events to many WebSocket subscribers on one API instance.
#
#   bench/fanout.sh [SUBSCRIBERS...]        (default: 1000 10000)
#
# Builds Release, starts the API on 127.0.0.1 over a fresh demo database, creates an admin key, and for each
# subscriber count runs bench/Fanout:
#   1. warms the write path: 20 orders nobody watches go through their whole life (a long-running server has long
#      compiled its mutation code; one just started spends the first measured events JIT-compiling it);
#   2. a warm-up round, run and checked like a measured one but not counted (tiered compilation promotes the
#      per-event path over its first few events);
#   3. the measured round: N graphql-transport-ws clients subscribe to orderStatusChanged of one new order; a warm-up
#      mutation (confirm) and four measured ones (authorize, capture, fulfil, deliver) move it.
# Each delivery's latency is taken from the event's occurredAt (delivery proper) and from the moment the mutation was
# sent (adds the mutation's own work). Server RSS is read before and after the first round's subscribers connect.
# Results go to stdout and bench/results/<date>-fanout.md. FANOUT_ARGS adds client options (--warm-up-orders N,
# --warm-up-rounds N, --rounds N, or --pause-before-events S to attach a profiler once everyone has subscribed).
# Client and server share this machine's cores.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PORT="${FANOUT_PORT:-5313}"
COUNTS=("$@")
((${#COUNTS[@]})) || COUNTS=(1000 10000)
log() { printf '[fanout %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Each subscriber is one socket on each side, in this one machine.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
TMP="$(mktemp -d)"
API_PID=""
trap '[[ -n "$API_PID" ]] && kill "$API_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT

log "dotnet build -c Release (API and bench/Fanout)"
dotnet build -c Release "$REPO_ROOT/src/Commerce.Api" -nologo -v quiet >"$TMP/build-api.log" 2>&1 || { tail -n 30 "$TMP/build-api.log"; exit 1; }
dotnet build -c Release "$BENCH_DIR/Fanout" -nologo -v quiet >"$TMP/build-fanout.log" 2>&1 || { tail -n 30 "$TMP/build-fanout.log"; exit 1; }
API_BIN="$REPO_ROOT/src/Commerce.Api/bin/Release/net10.0"
DB_ENV=("ConnectionStrings__Commerce=Data Source=$TMP/fanout.db" ASPNETCORE_ENVIRONMENT=Production
  Serilog__MinimumLevel__Default=Warning GraphQL__Limits__MaximumAvailable=2000000000 GraphQL__Limits__RestoreRate=2000000000)

KEY="$(cd "$API_BIN" && env "${DB_ENV[@]}" timeout 120 dotnet Commerce.Api.dll create-api-key --name fanout --scopes admin 2>&1 | grep -E '^cgk_' | tail -n 1)"
[[ -n "$KEY" ]] || { log "create-api-key printed no key"; exit 1; }
(cd "$API_BIN" && exec env "${DB_ENV[@]}" Auth__CreateFirstApiKey=false dotnet Commerce.Api.dll --urls "http://127.0.0.1:$PORT") >"$TMP/api.log" 2>&1 &
API_PID=$!
for ((i = 0; i < 240; i++)); do
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$PORT/graphql" 2>/dev/null && break
  kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$TMP/api.log"; exit 1; }
  sleep 0.25
done
log "API ready (pid $API_PID)"

RESULTS="$BENCH_DIR/results/$(date -u +%Y-%m-%d)-fanout.md"
{
  echo "# WebSocket fan-out, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO_ROOT" rev-parse --short HEAD)"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); client and server on 127.0.0.1"
  echo
  echo "| subscribers | connect s | deliveries | missed | failed | from event p50 ms | p99 ms | max ms | from mutation sent p50 ms | p99 ms | server RSS before / after MiB | KiB per connection |"
  echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
} | tee "$RESULTS"
status=0
for n in "${COUNTS[@]}"; do
  dotnet "$BENCH_DIR/Fanout/bin/Release/net10.0/Fanout.dll" --url "http://127.0.0.1:$PORT" --key "$KEY" --subscribers "$n" \
    --server-pid "$API_PID" --subscription "$BENCH_DIR/operations/subscriptions/order-status-changed.graphql" ${FANOUT_ARGS:-} | tee -a "$RESULTS" || status=1
done
log "results in ${RESULTS#"$REPO_ROOT"/}"
exit "$status"
