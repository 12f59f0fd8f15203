-- wrk script of npm run bench:ballots: each request is a distinct ballot (its own Idempotency-Key), cast with the
-- ballot tokens of many jurors in turn, scoring every candidate. Arguments: tokens file, candidacy ids file,
-- number of threads. The bare server gets the very same requests.
local tokens, candidates = {}, {}
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  for line in io.lines(args[2]) do candidates[#candidates + 1] = line end
  thread_count = tonumber(args[3])
end

function request()
  counter = counter + 1
  -- The threads take disjoint turns through the tokens.
  local token = tokens[((counter - 1) * thread_count + thread_id - 1) % #tokens + 1]
  local marks = {}
  for i, id in ipairs(candidates) do marks[i] = '{"candidacyId":"' .. id .. '","score":' .. ((counter * 7 + i * 13) % 101) .. '}' end
  return wrk.format("POST", "/jury/ballots", {
    ["Content-Type"] = "application/json",
    ["X-Ballot-Token"] = token,
    ["Idempotency-Key"] = "bench-" .. thread_id .. "-" .. counter,
  }, '{"scores":[' .. table.concat(marks, ",") .. ']}')
end
