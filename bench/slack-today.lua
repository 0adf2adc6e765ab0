-- One signed Slack slash command /today, replayed (a slash command carries no id to de-duplicate).
-- The signature is made by slack-signed-today.sh and stays valid for Slack's five minutes.
wrk.method = "POST"
wrk.body = os.getenv("SLACK_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("SLACK_TS")
wrk.headers["X-Slack-Signature"] = os.getenv("SLACK_SIGNATURE")
