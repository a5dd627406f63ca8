-- wrk script: every request books a different customer into a different slot, so the run measures creating
-- bookings (validation, pricing, the crew constraint, the event registry), not contention on one row.
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  counter = 0
end

local function event_date(n)
  local days = 4 + (n % 360)
  return os.date("!%Y-%m-%d", os.time() + days * 86400)
end

function request()
  counter = counter + 1
  local n = id * 1000000 + counter
  local hour = 10 + math.floor(n / 360) % 12
  local body = string.format([[{"serviceState":"CA","city":"Oakland","zipCode":"94612","eventDate":"%s","eventTime":"%02d:00",
"numAdults":12,"numChildren":2,"package":"signature","addons":[{"id":"mochi-ice-cream","quantity":1}],
"address":"1 Lakeshore Ave","venueType":"backyard","contactName":"Load Tester","contactEmail":"load-%d@example.com",
"contactPhone":"4155550134","agreeToTerms":true,"paymentOption":"deposit"}]], event_date(n), hour, n)
  -- each customer comes from their own address (documentation ranges), as real customers do; one shared address
  -- would measure the per-address rate-limit row instead of booking
  local address = string.format("198.51.%d.%d", math.floor(n / 250) % 250, n % 250 + 1)
  return wrk.format("POST", "/api/bookings", {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address}, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.1f bookings/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
