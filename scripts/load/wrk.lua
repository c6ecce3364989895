-- wrk script for scripts/load-test.sh. With $WRK_BODY (a waarborg.case/1 file) every request is a
-- POST of that case; with $WRK_TOKEN it carries the bearer token, so a register read goes through
-- the token check as a client's would.
local body = os.getenv("WRK_BODY")
if body and body ~= "" then
  local f = assert(io.open(body, "rb"), "WRK_BODY: cannot open " .. body)
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end
local token = os.getenv("WRK_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- wrk prints socket errors only when there are some, and statuses other than 2xx/3xx as
-- "Non-2xx"; one line that always says all of them, for the script to quote.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
