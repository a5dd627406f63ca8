-- wrk script for bench/run: one scenario per run, named by the first argument after "--".
--   health | packages | homepage GET the trivial endpoint, the catalog or the home page's video
--   quote                        POST /api/bookings/quote with one party
--   lookup CONFIRMATION EMAIL    GET /api/bookings/lookup for one booking
--   book                         POST /api/bookings, every request a new customer and slot
--   chat                         POST /api/chatbot/message, a question the model answers (no price, no tool call)
--   checkout                     POST /api/payments/create-intent with bookingData: the storefront's card checkout
--                                (booking and deposit PaymentIntent in one request), a new customer and slot each
--   meal-order TOKEN EVENT       POST /meals/api/chef-meal-orders/ for one serving of one meal event, signed in
--   signed-in TOKEN PATH         GET PATH signed in
-- Every request comes from a client address of its own (the benchmarking range 198.18.0.0/15), as many real customers
-- do: rate limits are set high for the run, but each address still costs the service a bucket and a ledger row.
local scenario, confirmation, email
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  scenario, confirmation, email = args[1], args[2], args[3]
end

local function address(n)
  local m = (id * 65536 + n) % 131072
  return string.format("198.%d.%d.%d", 18 + math.floor(m / 65536), math.floor(m / 256) % 256, m % 256)
end

local function party(n)
  local days = 4 + (n % 360)
  local hour = 10 + math.floor(n / 360) % 12
  return string.format([[{"serviceState":"CA","city":"Oakland","zipCode":"94612","eventDate":"%s","eventTime":"%02d:00",
"numAdults":12,"numChildren":2,"package":"signature",
"venueAddress":"1 Lakeshore Ave","venueType":"backyard","contactName":"Load Tester","contactEmail":"load-%d@example.com",
"contactPhone":"4155550134","agreeToTerms":true,"paymentOption":"deposit"}]],
    os.date("!%Y-%m-%d", os.time() + days * 86400), hour, n)
end

function request()
  counter = counter + 1
  local n = id * 1000000 + counter
  local headers = {["X-Forwarded-For"] = address(counter)}
  if scenario == "health" then
    return wrk.format("GET", "/health", headers)
  elseif scenario == "packages" then
    return wrk.format("GET", "/api/packages", headers)
  elseif scenario == "homepage" then
    return wrk.format("GET", "/api/videos/homepage", headers)
  elseif scenario == "signed-in" then
    headers["Authorization"] = "Bearer " .. confirmation
    return wrk.format("GET", email, headers)
  elseif scenario == "lookup" then
    return wrk.format("GET", "/api/bookings/lookup?confirmation=" .. confirmation .. "&email=" .. email, headers)
  end
  headers["Content-Type"] = "application/json"
  if scenario == "chat" then
    return wrk.format("POST", "/api/chatbot/message", headers,
      '{"message":"What do you do?","history":[{"role":"user","content":"hello"},{"role":"assistant","content":"Hi! How can I help?"}]}')
  end
  if scenario == "meal-order" then
    headers["Authorization"] = "Bearer " .. confirmation
    return wrk.format("POST", "/meals/api/chef-meal-orders/", headers, '{"meal_event":' .. email .. ',"quantity":1}')
  end
  if scenario == "checkout" then
    return wrk.format("POST", "/api/payments/create-intent", headers,
      '{"paymentType":"deposit","amount":100,"currency":"usd","bookingData":' .. party(n) .. '}')
  end
  return wrk.format("POST", scenario == "quote" and "/api/bookings/quote" or "/api/bookings", headers, party(n))
end

function done(summary, latency, requests)
  -- one line bench/run reads: requests per second, p50 p95 p99 in ms, and every failed request (status 400 and up
  -- included; no response() function, so wrk does not parse every answer)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
