#!/usr/bin/env bash
# bench/run.sh: the load and query-count benchmark for Commerce.GraphQL, in one command.
#
#   bench/run.sh [--quick] [--bare-only] [--reseed] [--publish] [--ops a,b] [--connections 16,64]
#
# Builds Release, generates (once) a large SQLite data set, starts the API and a bare ASP.NET Core floor app
# on 127.0.0.1, drives each GraphQL operation in bench/operations with wrk, and prints a markdown table that
# is also written to bench/results/<date>.md. See bench/README.md for what the numbers mean.
set -euo pipefail

# Remember the overrides as given, for the exact command in the results file.
OVERRIDABLE=(REPO_ROOT PRODUCTS ORDERS DURATION WARMUP THREADS API_PORT BARE_PORT READY_TIMEOUT SEED_TIMEOUT
  WRK_CHECK_BODIES)
declare -A ORIGINAL_ENV=()
for v in "${OVERRIDABLE[@]}"; do
  if [[ -n "${!v:-}" ]]; then ORIGINAL_ENV[$v]="${!v}"; fi
done
ORIGINAL_ARGS=("$@")

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HARNESS_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
# REPO_ROOT: the checkout whose API is built and measured (default: the one this script lives in).
REPO_ROOT="$(cd "${REPO_ROOT:-$HARNESS_ROOT}" && pwd)"

usage() {
  cat <<'EOF'
Usage: bench/run.sh [options]

  --quick              small data set (1,000 products / 20,000 orders), 2 s warm-up, 5 s runs
  --bare-only          measure only the bare ASP.NET Core floor (no API build, no data set)
  --reseed             regenerate the data set even if bench/data already holds it
  --publish            also write the results into docs/benchmarks.md ("Latest run"); full runs only
  --ops LIST           comma-separated operations from bench/operations (default: all, in a fixed order)
  --connections LIST   comma-separated wrk connection counts (default: 16,64)
  -h, --help           this text

Environment overrides: REPO_ROOT (checkout to build and measure), PRODUCTS, ORDERS, DURATION, WARMUP
(seconds), THREADS (wrk threads, default 2), API_PORT (default 5311), BARE_PORT (default 5312),
READY_TIMEOUT (default 60 s), SEED_TIMEOUT (default 1800 s), WRK_CHECK_BODIES=1 (count "errors" in every
response body during load; costs client CPU).
EOF
}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# The exact command, with the environment overrides that were in effect, for the results file.
command_line() {
  local var parts=()
  for var in "${OVERRIDABLE[@]}"; do
    if [[ -n "${ORIGINAL_ENV[$var]:-}" ]]; then parts+=("$var=${ORIGINAL_ENV[$var]}"); fi
  done
  parts+=("bench/run.sh" "${ORIGINAL_ARGS[@]}")
  printf '%s' "${parts[*]}"
}


# ---------------------------------------------------------------------------------------------- arguments
QUICK=0 BARE_ONLY=0 RESEED=0 PUBLISH=0 OPS_ARG="" CONN_ARG="16,64"
while (($# > 0)); do
  case "$1" in
    --quick) QUICK=1 ;;
    --bare-only) BARE_ONLY=1 ;;
    --reseed) RESEED=1 ;;
    --publish) PUBLISH=1 ;;
    --ops) (($# >= 2)) || die "--ops needs a value"; OPS_ARG="$2"; shift ;;
    --ops=*) OPS_ARG="${1#--ops=}" ;;
    --connections) (($# >= 2)) || die "--connections needs a value"; CONN_ARG="$2"; shift ;;
    --connections=*) CONN_ARG="${1#--connections=}" ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
  shift
done

if ((QUICK)); then
  PRODUCTS="${PRODUCTS:-1000}" ORDERS="${ORDERS:-20000}" DURATION="${DURATION:-5}" WARMUP="${WARMUP:-2}"
else
  PRODUCTS="${PRODUCTS:-10000}" ORDERS="${ORDERS:-200000}" DURATION="${DURATION:-15}" WARMUP="${WARMUP:-5}"
fi
THREADS="${THREADS:-2}" API_PORT="${API_PORT:-5311}" BARE_PORT="${BARE_PORT:-5312}"
READY_TIMEOUT="${READY_TIMEOUT:-60}" SEED_TIMEOUT="${SEED_TIMEOUT:-1800}"

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }
check_range() { # name value min max
  if ! is_uint "$2" || (($2 < $3 || $2 > $4)); then die "$1 must be an integer in [$3, $4], got '$2'"; fi
}
check_range PRODUCTS "$PRODUCTS" 1 10000000
check_range ORDERS "$ORDERS" 0 100000000
check_range DURATION "$DURATION" 1 600
check_range WARMUP "$WARMUP" 0 120
check_range THREADS "$THREADS" 1 64
check_range API_PORT "$API_PORT" 1024 65535
check_range BARE_PORT "$BARE_PORT" 1024 65535
check_range READY_TIMEOUT "$READY_TIMEOUT" 1 600
check_range SEED_TIMEOUT "$SEED_TIMEOUT" 1 86400
[[ "$API_PORT" != "$BARE_PORT" ]] || die "API_PORT and BARE_PORT must differ"

IFS=',' read -r -a CONNECTIONS <<<"$CONN_ARG"
((${#CONNECTIONS[@]} > 0)) || die "--connections is empty"
for c in "${CONNECTIONS[@]}"; do
  check_range "connection count" "$c" 1 1024
  ((c >= THREADS)) || die "connection count $c is below THREADS=$THREADS (wrk needs one per thread)"
done

DEFAULT_OPS=(typename catalog-page product-by-sku orders-page place-order)
OPS_DIR="$BENCH_DIR/operations"
if [[ -n "$OPS_ARG" ]]; then IFS=',' read -r -a OPS <<<"$OPS_ARG"; else OPS=("${DEFAULT_OPS[@]}"); fi
for op in "${OPS[@]}"; do
  [[ "$op" =~ ^[A-Za-z0-9._-]+$ && -f "$OPS_DIR/$op.graphql" ]] || die "no such operation: $OPS_DIR/$op.graphql"
done

if ((PUBLISH && (QUICK || BARE_ONLY))); then
  die "--publish takes full runs only (not --quick or --bare-only): published figures must be the real thing"
fi

TMP_DIR="$BENCH_DIR/results/tmp"
DATA_DIR="$BENCH_DIR/data"
mkdir -p "$TMP_DIR" "$DATA_DIR"
LUA="$BENCH_DIR/wrk/post.lua"
TYPENAME_BODY='{"query":"{ __typename }"}'

# ---------------------------------------------------------------------------------------------- cleanup
SERVER_PIDS=()
stop_pid() {
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do # up to 10 s for a graceful shutdown
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid ignored SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$? pid
  trap - EXIT INT TERM
  for pid in "${SERVER_PIDS[@]}"; do stop_pid "$pid"; done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------- tools
ensure_tools() {
  local missing=() t
  for t in wrk curl jq; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH (the .NET 10 SDK is required)"
  ((${#missing[@]} == 0)) && return 0
  log "installing ${missing[*]} with apt-get"
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}; install them (apt-get install -y ${missing[*]})"
    sudo=(sudo)
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null \
    || { "${sudo[@]}" apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null; } \
    || die "apt-get install ${missing[*]} failed"
  for t in "${missing[@]}"; do command -v "$t" >/dev/null 2>&1 || die "$t still missing after apt-get"; done
}

# ---------------------------------------------------------------------------------------------- build
build() { # project-dir log-name
  log "dotnet build -c Release ${1#"$HARNESS_ROOT"/}"
  if ! dotnet build -c Release "$1" -nologo -v minimal >"$TMP_DIR/build-$2.log" 2>&1; then
    tail -n 40 "$TMP_DIR/build-$2.log" >&2
    die "build of $1 failed (full log: $TMP_DIR/build-$2.log)"
  fi
}

API_BIN="$REPO_ROOT/src/Commerce.Api/bin/Release/net10.0"
API_DLL="$API_BIN/Commerce.Api.dll"
BARE_BIN="$BENCH_DIR/Bare/bin/Release/net10.0"
BARE_DLL="$BARE_BIN/Bare.dll"

# ---------------------------------------------------------------------------------------------- data set
DB="$DATA_DIR/bench-$PRODUCTS-$ORDERS.db"
ensure_data_set() {
  # The marker is written only after the seed command succeeded, so a half-written database is never reused.
  local commit
  commit="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if ((RESEED == 0)) && [[ -f "$DB" && -f "$DB.complete" ]]; then
    log "reusing data set ${DB#"$HARNESS_ROOT"/} ($(cat "$DB.complete"))"
    grep -q "^seeded by $commit " "$DB.complete" \
      || log "note: the data set was seeded by another commit than $commit; pass --reseed if the schema changed"
    return 0
  fi
  rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.complete"
  log "generating data set: $PRODUCTS products, $ORDERS orders -> ${DB#"$HARNESS_ROOT"/} (once)"
  local start=$SECONDS pid rc=0 i
  # In the background so that an API without the seed command (which would just start serving) is caught
  # instead of waiting out SEED_TIMEOUT. Port 0 keeps such a server off any real port.
  (cd "$API_BIN" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:0 \
    "ConnectionStrings__Commerce=Data Source=$DB" \
    dotnet "$API_DLL" seed --products "$PRODUCTS" --orders "$ORDERS" --reset) >"$TMP_DIR/seed.log" 2>&1 &
  pid=$!
  SERVER_PIDS+=("$pid")
  for ((i = 0; i < SEED_TIMEOUT; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    if grep -q 'Now listening on' "$TMP_DIR/seed.log"; then
      stop_pid "$pid"
      die "the API started serving instead of seeding: this build has no 'seed' command yet (log: $TMP_DIR/seed.log)"
    fi
    if ((i > 0 && i % 60 == 0)); then log "still seeding ($i s)"; fi
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    stop_pid "$pid"
    die "seeding took longer than SEED_TIMEOUT=$SEED_TIMEOUT s (log: $TMP_DIR/seed.log)"
  fi
  wait "$pid" || rc=$?
  if ((rc != 0)); then
    tail -n 40 "$TMP_DIR/seed.log" >&2
    die "seed command failed with exit code $rc (full log: $TMP_DIR/seed.log)"
  fi
  [[ -s "$DB" ]] || die "seed command succeeded but $DB is missing or empty"
  printf 'seeded by %s in %s s\n' "$commit" "$((SECONDS - start))" >"$DB.complete"
  log "data set ready in $((SECONDS - start)) s ($(du -h "$DB" | cut -f1))"
}

# ---------------------------------------------------------------------------------------------- servers
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

BENCH_AUTH="" # "Bearer <key>" once the API has a bench key (see create_bench_key); sent by curl and wrk
post() { # url body-file response-file -> prints HTTP status
  local auth=()
  [[ -n "$BENCH_AUTH" ]] && auth=(-H "Authorization: $BENCH_AUTH")
  curl -sS --max-time 30 -o "$3" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json, application/json' \
    "${auth[@]}" --data-binary "@$2" "$1" || true # on a connection failure curl still prints 000
}

# The operations read staff data (stock levels, orders), so the run uses an admin API key, as a back office
# would. A checkout from before API keys existed has no such command (it starts serving instead, hence the
# timeout) and needs none: the run goes on without.
create_bench_key() {
  local out
  if out="$(cd "$API_BIN" && env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Commerce=Data Source=$DB" \
    Database__SeedDemoData=false Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS=http://127.0.0.1:0 \
    timeout 60 dotnet "$API_DLL" create-api-key --name "bench $(date +%s)" --scopes admin 2>&1)"; then
    BENCH_AUTH="Bearer $(printf '%s\n' "$out" | grep -E '^cgk_' | tail -n 1)"
    [[ "$BENCH_AUTH" != "Bearer " ]] || die "create-api-key printed no key: $out"
    log "created an admin API key for the run"
  else
    log "this checkout has no create-api-key command; running without credentials"
  fi
}

SERVER_PID=""
start_server() { # name dll port [VAR=value ...]
  local name="$1" dll="$2" port="$3" url="http://127.0.0.1:$3/graphql" i status
  shift 3
  [[ -f "$dll" ]] || die "$dll not found (did the build succeed?)"
  port_in_use "$port" && die "127.0.0.1:$port is already in use; set ${name^^}_PORT"
  log "starting $name on 127.0.0.1:$port"
  # Run from the output folder so the app finds its appsettings.json, as a deployed app would.
  (cd "$(dirname "$dll")" && exec env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port") \
    >"$TMP_DIR/$name.log" 2>&1 &
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
  printf '%s' "$TYPENAME_BODY" >"$TMP_DIR/ready-body.json"
  for ((i = 0; i < READY_TIMEOUT * 4; i++)); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 40 "$TMP_DIR/$name.log" >&2
      die "$name exited during start-up (log: $TMP_DIR/$name.log)"
    fi
    status="$(post "$url" "$TMP_DIR/ready-body.json" "$TMP_DIR/ready-response.json" 2>/dev/null)"
    if [[ "$status" == 200 ]]; then
      log "$name ready after $((i / 4)) s (pid $SERVER_PID)"
      return 0
    fi
    sleep 0.25
  done
  tail -n 40 "$TMP_DIR/$name.log" >&2
  die "$name did not answer 200 to { __typename } within $READY_TIMEOUT s (last status $status)"
}

kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
proc_kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
# Linux resets VmHWM (peak RSS) to the current RSS when 5 is written to clear_refs; each row gets its own peak.
reset_peak() { { echo 5 >"/proc/$1/clear_refs"; } 2>/dev/null || PEAK_CUMULATIVE=1; }
PEAK_CUMULATIVE=0

# ---------------------------------------------------------------------------------------------- measuring
ROWS="$TMP_DIR/rows.tsv" # label, connections, rps, p50, p99, sql, peak MiB, current MiB, errors
: >"$ROWS"
FAILURES=()

# Runs wrk (warm-up, then the measured run) and appends a row.
measure() { # label url body-file connections sql pid
  local label="$1" url="$2" body="$3" conns="$4" sql="$5" pid="$6" out json errors
  out="$TMP_DIR/wrk-${label//[^A-Za-z0-9-]/_}-c$conns.txt"
  reset_peak "$pid"
  if ((WARMUP > 0)); then
    WRK_AUTHORIZATION="$BENCH_AUTH" WRK_BODY_FILE="$body" wrk -t "$THREADS" -c "$conns" -d "${WARMUP}s" --timeout 5s -s "$LUA" "$url" \
      >"$out.warmup" 2>&1 || die "wrk warm-up failed for $label (see $out.warmup)"
  fi
  log "$label: $conns connections, ${DURATION} s"
  WRK_AUTHORIZATION="$BENCH_AUTH" WRK_BODY_FILE="$body" wrk -t "$THREADS" -c "$conns" -d "${DURATION}s" --timeout 5s --latency -s "$LUA" "$url" \
    >"$out" 2>&1 || die "wrk failed for $label (see $out)"
  kill -0 "$pid" 2>/dev/null || die "the server (pid $pid) died during $label at $conns connections (logs in $TMP_DIR)"
  json="$(sed -n 's/^BENCH_JSON //p' "$out")"
  [[ -n "$json" ]] || die "wrk printed no BENCH_JSON line for $label (see $out)"
  errors="$(jq '[.errors[]] + [.graphql_errors // 0] | add' <<<"$json")"
  if ((errors > 0)); then
    FAILURES+=("$label at $conns connections: $errors failed requests $(jq -c '.errors' <<<"$json") graphql_errors=$(jq '.graphql_errors' <<<"$json")")
  fi
  ((PEAK_CUMULATIVE)) && PEAK_NOTE=1
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$conns" \
    "$(jq '.rps | floor' <<<"$json")" "$(jq -r '.p50_ms' <<<"$json" | xargs printf '%.2f')" \
    "$(jq -r '.p99_ms' <<<"$json" | xargs printf '%.2f')" "$sql" \
    "$(kib_to_mib "$(proc_kib "$pid" VmHWM)")" "$(kib_to_mib "$(proc_kib "$pid" VmRSS)")" "$errors" >>"$ROWS"
}
PEAK_NOTE=0

# Checks one response with curl + jq: HTTP 200, data present, no errors. Prints the SQL command count.
precheck() { # label url body-file
  local resp="$TMP_DIR/check-${1//[^A-Za-z0-9-]/_}.json" status
  status="$(post "$2" "$3" "$resp")"
  if [[ "$status" != 200 ]] || ! jq -e '(.data != null) and ((.errors // []) | length == 0)' "$resp" >/dev/null 2>&1; then
    log "$1: HTTP $status, response:"
    head -c 2000 "$resp" >&2 || true
    printf '\n' >&2
    return 1
  fi
  jq -r '.extensions.sqlCommands // "n/a"' "$resp"
}

make_body() { # operation-name -> prints body file path
  local op="$1" file="$OPS_DIR/$1.graphql" vars="$OPS_DIR/$1.variables.json" body="$TMP_DIR/body-$1.json"
  if [[ -f "$vars" ]]; then
    jq -n --rawfile q "$file" --arg sku "$SKU" --arg variant "$VARIANT_ID" --slurpfile v "$vars" \
      '{query: $q, variables: ($v[0] | walk(if . == "@SKU@" then $sku elif . == "@VARIANT_ID@" then $variant else . end))}' >"$body"
  else
    jq -n --rawfile q "$file" '{query: $q}' >"$body"
  fi
  printf '%s' "$body"
}

# ---------------------------------------------------------------------------------------------- run
ensure_tools
((BARE_ONLY)) || build "$REPO_ROOT/src/Commerce.Api" api
build "$BENCH_DIR/Bare" bare
((BARE_ONLY)) || ensure_data_set

STARTED_AT="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
# Other work on the host skews every figure; record how busy it was just before measuring.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v l="${LOAD_BEFORE%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average $LOAD_BEFORE on $(nproc) CPUs before the run; figures will be noisy"
fi

# The floor first, alone on the machine.
start_server bare "$BARE_DLL" "$BARE_PORT" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=None
BARE_URL="http://127.0.0.1:$BARE_PORT/graphql"
printf '%s' "$TYPENAME_BODY" >"$TMP_DIR/body-bare.json"
precheck "bare" "$BARE_URL" "$TMP_DIR/body-bare.json" >/dev/null || die "the bare floor app answered wrongly"
for c in "${CONNECTIONS[@]}"; do
  measure "bare floor" "$BARE_URL" "$TMP_DIR/body-bare.json" "$c" "n/a" "$SERVER_PID"
done
stop_pid "$SERVER_PID"

if ((BARE_ONLY == 0)); then
  create_bench_key
  # Cost is computed and charged on every request, but the bucket is made large enough that one load generator
  # is never throttled: the run measures what authorization and cost analysis cost, not the throttle itself.
  start_server api "$API_DLL" "$API_PORT" \
    ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Commerce=Data Source=$DB" \
    Database__SeedDemoData=false Diagnostics__ExposeSqlCommandCount=true GraphQL__Ide__Enabled=false \
    Serilog__MinimumLevel__Default=Warning GraphQL__Limits__MaximumAvailable=2000000000 \
    GraphQL__Limits__RestoreRate=2000000000 Auth__CreateFirstApiKey=false
  API_URL="http://127.0.0.1:$API_PORT/graphql"
  API_PID="$SERVER_PID"

  SKU="" VARIANT_ID=""
  if printf '%s\n' "${OPS[@]}" | grep -qxE 'product-by-sku|place-order'; then
    jq -n --rawfile q "$OPS_DIR/lookup/first-sku.graphql" '{query: $q}' >"$TMP_DIR/body-lookup.json"
    if [[ "$(post "$API_URL" "$TMP_DIR/body-lookup.json" "$TMP_DIR/lookup.json")" == 200 ]]; then
      SKU="$(jq -r '[.. | objects | .sku? | strings] | first // empty' "$TMP_DIR/lookup.json" 2>/dev/null || true)"
      VARIANT_ID="$(jq -r '[.. | objects | select(.sku?) | .id? | strings] | first // empty' "$TMP_DIR/lookup.json" 2>/dev/null || true)"
    fi
    if [[ -n "$SKU" ]]; then log "product-by-sku uses SKU $SKU"; else log "could not read a SKU (see $TMP_DIR/lookup.json)"; fi
  fi

  # place-order sells one unit per request: restock the variant first (adjustStock, as a back office would) so
  # the run measures placing orders, not OUT_OF_STOCK refusals.
  if [[ -n "$VARIANT_ID" && -n "$BENCH_AUTH" ]] && printf '%s\n' "${OPS[@]}" | grep -qx place-order; then
    jq -n --arg v "$VARIANT_ID" '{query: "query($v: ID!) { warehouses(first: 1, where: { isActive: { eq: true } }) { nodes { id } } productVariant(id: $v) { sku } }", variables: {v: $v}}' >"$TMP_DIR/body-wh.json"
    post "$API_URL" "$TMP_DIR/body-wh.json" "$TMP_DIR/wh.json" >/dev/null
    WAREHOUSE_ID="$(jq -r '.data.warehouses.nodes[0].id // empty' "$TMP_DIR/wh.json")"
    if [[ -n "$WAREHOUSE_ID" ]]; then
      jq -n --arg v "$VARIANT_ID" --arg w "$WAREHOUSE_ID" '{query: "mutation($v: ID!, $w: ID!) { adjustStock(input: { variantId: $v, warehouseId: $w, delta: 1000000, reason: RESTOCK, note: \"bench\" }) { stockLevel { available } userErrors { message } } }", variables: {v: $v, w: $w}}' >"$TMP_DIR/body-restock.json"
      post "$API_URL" "$TMP_DIR/body-restock.json" "$TMP_DIR/restock.json" >/dev/null
      log "restocked the place-order variant: $(jq -c '.data.adjustStock // .errors' "$TMP_DIR/restock.json")"
    fi
  fi

  for op in "${OPS[@]}"; do
    body="$(make_body "$op")"
    if ! sql="$(precheck "$op" "$API_URL" "$body")"; then
      FAILURES+=("$op: the check request failed (HTTP error or GraphQL errors); not load-tested")
      printf '%s\t%s\t-\t-\t-\t-\t-\t-\tFAILED\n' "$op" "-" >>"$ROWS"
      continue
    fi
    for c in "${CONNECTIONS[@]}"; do measure "$op" "$API_URL" "$body" "$c" "$sql" "$API_PID"; done
  done
  stop_pid "$API_PID"
fi

# ---------------------------------------------------------------------------------------------- report
rps_of() { awk -F'\t' -v l="$1" -v c="$2" '$1 == l && $2 == c { print $3 }' "$ROWS"; }
p99_of() { awk -F'\t' -v l="$1" -v c="$2" '$1 == l && $2 == c { print $5 }' "$ROWS"; }

TABLE="$(
  printf '| operation | connections | req/s | p50 ms | p99 ms | SQL cmds/request | peak RSS MiB | RSS now MiB | errors |\n'
  printf '|---|--:|--:|--:|--:|--:|--:|--:|--:|\n'
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$ROWS"
)"

SUMMARY=""
JUDGE=$((QUICK == 0 && PRODUCTS == 10000))
for c in "${CONNECTIONS[@]}"; do
  bare="$(rps_of "bare floor" "$c")" typename="$(rps_of typename "$c")"
  if [[ -n "$bare" && -n "$typename" && "$typename" != - ]]; then
    ratio="$(awk -v t="$typename" -v b="$bare" 'BEGIN { printf "%.2f", t / b }')"
    verdict="$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "meets" : "misses") }')"
    SUMMARY+="- \`{ __typename }\` ÷ bare floor at $c connections: $typename ÷ $bare = **$ratio** ($verdict the ≥ 0.50 target)"$'\n'
  fi
done
cat_rps="$(rps_of catalog-page 64)" cat_p99="$(p99_of catalog-page 64)"
if [[ -n "$cat_rps" && "$cat_rps" != - ]]; then
  verdict="$(awk -v r="$cat_rps" -v p="$cat_p99" 'BEGIN { print (r >= 2000 && p < 100 ? "meets" : "misses") }')"
  if ((JUDGE)); then
    SUMMARY+="- catalog page at 64 connections: $cat_rps req/s, p99 $cat_p99 ms ($verdict the ≥ 2,000 req/s, p99 < 100 ms target)"$'\n'
  else
    SUMMARY+="- catalog page at 64 connections: $cat_rps req/s, p99 $cat_p99 ms (target is judged on the full 10,000-product set only)"$'\n'
  fi
fi
((PEAK_NOTE)) && SUMMARY+="- peak RSS could not be reset between rows (/proc/PID/clear_refs not writable): it is cumulative per server"$'\n'

api_commit="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$REPO_ROOT" diff --quiet HEAD -- src 2>/dev/null || api_commit+=" (with uncommitted changes in src/)"
mode="full"
((QUICK)) && mode="quick"
((BARE_ONLY)) && mode+=", bare floor only"

MACHINE="$(
  printf -- '- date: %s\n' "$STARTED_AT"
  # shellcheck disable=SC2016 # the backquotes are markdown
  printf -- '- command: `%s` (%s)\n' "$(command_line)" "$mode"
  printf -- '- measured checkout: %s at %s\n' "$REPO_ROOT" "$api_commit"
  printf -- '- machine: %s CPUs (%s), %s GiB RAM, %s, kernel %s\n' "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)" \
    "$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release)" "$(uname -r)"
  printf -- '- .NET SDK %s, %s\n' "$(cd "$REPO_ROOT" && dotnet --version)" "$(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }')"
  printf -- '- load: wrk, %s threads, %s s warm-up then %s s per row, client and server on the same host (127.0.0.1)\n' \
    "$THREADS" "$WARMUP" "$DURATION"
  printf -- '- host load average before the run (1/5/15 min): %s\n' "$LOAD_BEFORE"
  if ((BARE_ONLY == 0)); then
    printf -- '- data set: %s products, %s orders (%s)\n' "$PRODUCTS" "$ORDERS" "${DB#"$HARNESS_ROOT"/}"
  fi
)"

STATUS=""
if ((${#FAILURES[@]} > 0)); then
  STATUS="**INVALID RUN: requests failed; do not quote these figures.**"$'\n'
  for f in "${FAILURES[@]}"; do STATUS+="- $f"$'\n'; done
fi

REPORT="$(
  ((${#FAILURES[@]} > 0)) && printf '%s\n' "$STATUS"
  printf '%s\n\n%s\n' "$MACHINE" "$TABLE"
  [[ -n "$SUMMARY" ]] && printf '\n%s' "$SUMMARY"
  true
)"

stamp="$(date -u +%Y-%m-%d)"
suffix=""
((QUICK)) && suffix+="-quick"
((BARE_ONLY)) && suffix+="-bare"
RESULT_FILE="$BENCH_DIR/results/$stamp$suffix.md"
printf '# Benchmark run %s\n\n%s\n' "$stamp$suffix" "$REPORT" >"$RESULT_FILE"

printf '\n%s\n\n' "$REPORT"
log "written to ${RESULT_FILE#"$HARNESS_ROOT"/} (raw wrk output in ${TMP_DIR#"$HARNESS_ROOT"/})"

if ((${#FAILURES[@]} > 0)); then
  die "${#FAILURES[@]} failure(s); see above. Nothing was published."
fi

if ((PUBLISH)); then
  DOC="$HARNESS_ROOT/docs/benchmarks.md"
  if ! grep -q '^<!-- bench:latest:start -->$' "$DOC" || ! grep -q '^<!-- bench:latest:end -->$' "$DOC"; then
    die "$DOC lacks the <!-- bench:latest:start/end --> markers"
  fi
  printf '%s\n' "$REPORT" >"$TMP_DIR/latest.md"
  awk -v f="$TMP_DIR/latest.md" '
    /^<!-- bench:latest:end -->$/ { skip = 0 }
    !skip { print }
    /^<!-- bench:latest:start -->$/ { while ((getline line < f) > 0) print line; skip = 1 }
  ' "$DOC" >"$TMP_DIR/benchmarks.md"
  mv "$TMP_DIR/benchmarks.md" "$DOC"
  log "published to docs/benchmarks.md (Latest run)"
fi
