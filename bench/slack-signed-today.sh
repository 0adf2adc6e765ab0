# Sourced by the bench scripts after a target file: exports one Slack slash command /today signed with the target's
# SLACK_SIGNING_SECRET (SLACK_TS, SLACK_BODY, SLACK_SIGNATURE), valid for Slack's five minutes, and defines
# slack_today, which sends it to the target's Slack endpoint and prints the answer. Needs openssl.
export SLACK_TS=$(date +%s)
export SLACK_BODY="token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=general&user_id=U0BENCH&user_name=bench&command=%2Ftoday&text=&api_app_id=A0BENCH&is_enterprise_install=false&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhooks&trigger_id=1.2.3"
export SLACK_SIGNATURE="v0=$(printf 'v0:%s:%s' "$SLACK_TS" "$SLACK_BODY" | openssl dgst -sha256 -hmac "$SLACK_SIGNING_SECRET" -r | cut -d' ' -f1)"

slack_today() {
  curl -s -X POST "$BASE_URL$SLACK_PATH" -H "Content-Type: application/x-www-form-urlencoded" \
    -H "X-Slack-Request-Timestamp: $SLACK_TS" -H "X-Slack-Signature: $SLACK_SIGNATURE" --data "$SLACK_BODY"
}
