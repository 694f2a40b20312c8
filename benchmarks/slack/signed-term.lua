-- wrk script: every request is a /term slash command as Slack sends it, signed as Slack signs it
-- (v0 HMAC-SHA256 over "v0:<timestamp>:<body>" with SLACK_SIGNING_SECRET, timestamp taken when the
-- request is made). Requests come from 2,000 members (1,000 per wrk thread: the active members of
-- a big community, each seen during the warm-up, as a running jabu has seen them), with a rate
-- limit raised for the run, and each request has its own trigger id, so neither jabu's dedupe nor
-- its rate limit short-cuts one: every request runs /term. wrk's LuaJIT has no crypto library, so
-- SHA-256 is written out below (FIPS 180-4), with LuaJIT's 32-bit bit operations.
local bit = require("bit")
local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local rshift, lshift, ror, tobit = bit.rshift, bit.lshift, bit.ror, bit.tobit
local byte, char, rep, format = string.byte, string.char, string.rep, string.format

local K = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}
for i = 1, 64 do K[i] = tobit(K[i]) end
local H0 = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}
for i = 1, 8 do H0[i] = tobit(H0[i]) end

local function word(n)
  return char(band(rshift(n, 24), 255), band(rshift(n, 16), 255), band(rshift(n, 8), 255),
    band(n, 255))
end

local w = {}
local function sha256(msg)
  local bits = #msg * 8
  msg = msg .. "\128" .. rep("\0", (55 - #msg) % 64) .. "\0\0\0\0" .. word(bits)
  local h1, h2, h3, h4, h5, h6, h7, h8 = H0[1], H0[2], H0[3], H0[4], H0[5], H0[6], H0[7], H0[8]
  for chunk = 1, #msg, 64 do
    for i = 0, 15 do
      local a, b, c, d = byte(msg, chunk + i * 4, chunk + i * 4 + 3)
      w[i] = bor(lshift(a, 24), lshift(b, 16), lshift(c, 8), d)
    end
    for i = 16, 63 do
      local x, y = w[i - 15], w[i - 2]
      local s0 = bxor(ror(x, 7), ror(x, 18), rshift(x, 3))
      local s1 = bxor(ror(y, 17), ror(y, 19), rshift(y, 10))
      w[i] = tobit(w[i - 16] + s0 + w[i - 7] + s1)
    end
    local a, b, c, d, e, f, g, h = h1, h2, h3, h4, h5, h6, h7, h8
    for i = 0, 63 do
      local S1 = bxor(ror(e, 6), ror(e, 11), ror(e, 25))
      local ch = bxor(band(e, f), band(bnot(e), g))
      local t1 = tobit(h + S1 + ch + K[i + 1] + w[i])
      local S0 = bxor(ror(a, 2), ror(a, 13), ror(a, 22))
      local maj = bxor(band(a, b), band(a, c), band(b, c))
      h, g, f, e, d, c, b, a = g, f, e, tobit(d + t1), c, b, a, tobit(t1 + S0 + maj)
    end
    h1, h2, h3, h4 = tobit(h1 + a), tobit(h2 + b), tobit(h3 + c), tobit(h4 + d)
    h5, h6, h7, h8 = tobit(h5 + e), tobit(h6 + f), tobit(h7 + g), tobit(h8 + h)
  end
  return word(h1) .. word(h2) .. word(h3) .. word(h4) .. word(h5) .. word(h6) .. word(h7)
    .. word(h8)
end

local secret = os.getenv("SLACK_SIGNING_SECRET") or error("set SLACK_SIGNING_SECRET")
local ipad, opad = {}, {}
for i = 1, 64 do
  local k = byte(secret, i) or 0
  ipad[i], opad[i] = char(bxor(k, 0x36)), char(bxor(k, 0x5c))
end
ipad, opad = table.concat(ipad), table.concat(opad)

local function hex(s)
  return (s:gsub(".", function(c) return format("%02x", byte(c)) end))
end

function sign(timestamp, body)
  return "v0=" .. hex(sha256(opad .. sha256(ipad .. "v0:" .. timestamp .. ":" .. body)))
end

-- each wrk thread gets its own number, so members and trigger ids never repeat across threads
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local count = 0
function request()
  count = count + 1
  local timestamp = tostring(os.time())
  local who = "UB" .. tid .. "X" .. (count % 1000)
  local body = "token=x&team_id=TJABU&team_domain=bench&channel_id=CBENCH&channel_name=bench"
    .. "&user_id=" .. who .. "&user_name=" .. who .. "&command=%2Fterm&text=k8s&api_app_id=ABENCH"
    .. "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=" .. timestamp .. "." .. tid .. "."
    .. count
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Slack-Request-Timestamp"] = timestamp,
    ["X-Slack-Signature"] = sign(timestamp, body),
  }, body)
end

-- SELFTEST=1: print a known signature, to compare with openssl before trusting the figures
if os.getenv("SELFTEST") then
  print(sign("1531420618", "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J"))
end
