-- Telegram webhook updates with /today in a group, each with its own update_id (briefbot answers a
-- repeated update_id only once, as Telegram expects).
-- update_id is a 32-bit number; a base from the clock keeps the warm-up's ids apart from the run's.
local counter = 0
local base = (os.time() % 2000) * 1000000
function request()
  counter = counter + 1
  local body = string.format(
    '{"update_id":%d,"message":{"message_id":%d,"date":1764400000,"chat":{"id":-100200300,"type":"group","title":"Bench"},' ..
    '"from":{"id":4242,"is_bot":false,"first_name":"Bench"},"text":"/today","entities":[{"type":"bot_command","offset":0,"length":6}]}}',
    base + counter, counter)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Telegram-Bot-Api-Secret-Token"] = os.getenv("TELEGRAM_WEBHOOK_SECRET")
  }, body)
end
