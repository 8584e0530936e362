-- Each wrk thread cycles through WRK_MIX (over its connections), one request a line: METHOD<TAB>PATH[<TAB>JSON BODY]. Every status
-- is counted, so a test can tell a 429 from a 502. Used by scripts/bench/wrk.ts for mixes and POST bodies.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local report = dofile(dir .. "report.lua")

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

-- Global, not local: done() reads each thread's `counts` with thread:get.
counts = {}
local requests, next_index = {}, 1
function init(args)
  for line in (os.getenv("WRK_MIX") or ""):gmatch("[^\n]+") do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    local headers = body ~= "" and { ["Content-Type"] = "application/json" } or {}
    requests[#requests + 1] = wrk.format(method, path, headers, body ~= "" and body or nil)
  end
  if #requests == 0 then error("WRK_MIX names no request") end
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

function response(status)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + count end
  end
  report(summary, latency, total)
end
