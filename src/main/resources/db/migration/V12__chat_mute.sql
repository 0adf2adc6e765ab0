-- A chat a manager muted: until muted_until, what falls due for it (daily posts, tag alerts) is not sent and
-- ends 'skipped' in the ledger, never to be sent later. One row per destination; /unmute deletes it.
create table chat_mute (
    platform    text        not null,
    chat_id     text        not null,
    thread_id   text        not null default '',
    muted_until timestamptz not null,
    muted_by    text        not null,
    created_at  timestamptz not null,
    primary key (platform, chat_id, thread_id)
);

alter table delivery drop constraint delivery_state_check;
alter table delivery add constraint delivery_state_check
    check (state in ('pending', 'sending', 'sent', 'failed', 'gone', 'forbidden', 'skipped'));
