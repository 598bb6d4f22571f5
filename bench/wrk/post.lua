-- wrk script for bench/run.sh: POSTs one GraphQL request body over and over and prints a JSON summary.
--
--   WRK_BODY_FILE=path/to/body.json   the request body (a JSON object: query, variables, operationName)
--   WRK_BODY='{"query":"{ __typename }"}'   alternative to WRK_BODY_FILE
--   WRK_AUTHORIZATION="Bearer cgk_…"  sent as the Authorization header when set
--   WRK_CHECK_BODIES=1                count responses whose body contains "errors" (costs client CPU, so off
--                                     by default; bench/run.sh checks one response with curl + jq instead)
--
-- done() prints one line:  BENCH_JSON {"requests":…, "duration_s":…, "rps":…, "p50_ms":…, "p99_ms":…, …}

local function read_body()
  local path = os.getenv("WRK_BODY_FILE")
  if path and path ~= "" then
    local f = assert(io.open(path, "rb"), "cannot open WRK_BODY_FILE " .. path)
    local body = f:read("*a")
    f:close()
    return body
  end
  local body = os.getenv("WRK_BODY")
  if body and body ~= "" then
    return body
  end
  error("set WRK_BODY_FILE or WRK_BODY")
end

wrk.method = "POST"
wrk.body = read_body()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
local authorization = os.getenv("WRK_AUTHORIZATION")
if authorization and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

graphql_errors = 0

if os.getenv("WRK_CHECK_BODIES") == "1" then
  function response(status, headers, body)
    if body and string.find(body, '"errors"', 1, true) then
      graphql_errors = graphql_errors + 1
    end
  end
end

function done(summary, latency, requests)
  local checked = os.getenv("WRK_CHECK_BODIES") == "1"
  local gql = 0
  for _, t in ipairs(threads) do
    gql = gql + (tonumber(t:get("graphql_errors")) or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"graphql_errors":%s}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.status, e.timeout,
    checked and tostring(gql) or "null"))
end
