-- Shared by the wrk scripts: done() prints one JSON line that scripts/bench/wrk.ts reads (and validates).

-- wrk's own CPU time (all its threads), from /proc, so a run can show the load generator was not the bottleneck.
local function cpu_ticks()
  local file = io.open("/proc/self/stat", "r")
  if not file then return -1 end
  local fields = {}
  for field in file:read("*a"):match("%) (.*)"):gmatch("%S+") do fields[#fields + 1] = field end
  file:close()
  return tonumber(fields[12]) + tonumber(fields[13]) -- utime and stime (fields 14 and 15 of the line)
end

local function statuses_json(counts)
  local parts = {}
  for status, count in pairs(counts) do parts[#parts + 1] = string.format('"%d":%d', status, count) end
  return "{" .. table.concat(parts, ",") .. "}"
end

return function(summary, latency, counts)
  local e = summary.errors
  io.write(string.format(
    '\nWRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d},"cpuTicks":%d,"statuses":%s}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, cpu_ticks(), statuses_json(counts or {})))
end
