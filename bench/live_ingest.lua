-- wrk script for bench/live_ingest_load.sh: POST /v1/readings as the squad's devices, each
-- request one batch of BATCH readings from one athlete's ring, with its own Idempotency-Key.
-- Bodies are built once in init() so the client spends its CPU on sending, not on JSON.

local athletes = tonumber(os.getenv("LOAD_ATHLETES") or "30")
local batch = tonumber(os.getenv("LOAD_BATCH") or "25")
local run = os.getenv("LOAD_RUN") or "run"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local bodies, tokens = {}, {}

function init(args)
  for a = 1, athletes do
    local id = string.format("a%02d", a)
    local readings = {}
    for i = 1, batch do
      readings[i] = string.format(
        '{"athlete":"%s","device":"ring-%s","metric":"ln_rmssd","measured":"2025-07-01T06:%02d:%02dZ",' ..
        '"value":%.3f,"unit":"ln_ms"}', id, id, i % 60, a % 60, 3.5 + (a * batch + i) % 100 / 100)
    end
    bodies[a] = '{"readings":[' .. table.concat(readings, ",") .. ']}'
    tokens[a] = "Bearer tok-ring-" .. id
  end
end

function request()
  counter = counter + 1
  local a = counter % athletes + 1
  return wrk.format("POST", "/v1/readings", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = tokens[a],
    ["Idempotency-Key"] = string.format("%s-t%d-%d", run, id, counter),
  }, bodies[a])
end

function done(summary, latency, requests)
  local refused = summary.errors.status
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("LOAD requests=%d refused=%d socket_errors=%d duration_us=%d " ..
    "p50_us=%d p90_us=%d p99_us=%d max_us=%d\n", summary.requests, refused, failed, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
