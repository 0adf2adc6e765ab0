-- A delivery the allow-lists refuse when it is due (BRIEFBOT_TELEGRAM_CHATS no longer names the chat,
-- BRIEFBOT_SLACK_TEAMS no longer names its team) is not sent and ends 'forbidden'.
alter table delivery drop constraint delivery_state_check;
alter table delivery add constraint delivery_state_check
    check (state in ('pending', 'sending', 'sent', 'failed', 'gone', 'forbidden'));

-- The Slack team a tag follow was made from and a delivery goes to (null elsewhere), as subscriptions
-- already keep it: sends check it against BRIEFBOT_SLACK_TEAMS.
alter table tag_follow add column workspace text;
alter table delivery add column workspace text;

-- Rows made before: the team of the chat's subscriptions, where it has any.
update tag_follow f set workspace = (select max(s.workspace) from subscription s
                                     where s.platform = f.platform and s.chat_id = f.chat_id)
where f.platform = 'slack';
update delivery d set workspace = (select max(s.workspace) from subscription s
                                   where s.platform = d.platform and s.chat_id = d.chat_id)
where d.platform = 'slack' and d.state in ('pending', 'sending');
