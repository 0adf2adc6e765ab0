-- The pace of posts to the chat platforms, shared by every replica: for each platform the next free send slot over
-- all its chats (chat_id ''), and for each chat the earliest time its next message may go. A sender reserves its
-- message's slot with reserve_send_slot and sleeps until it, so that all replicas together keep a platform's rate;
-- the chat stays held until the platform's answer sets its gap from then (or, failing an answer, a while);
-- a 429 moves both rows past its retry_after for every replica. Times are the database's clock,
-- so the replicas' clocks need not agree. Unlogged: a row matters for seconds, and after a crash an empty table
-- only means every slot is free.
create unlogged table send_slot (
    platform text        not null,
    chat_id  text        not null,
    next_at  timestamptz not null,
    primary key (platform, chat_id)
);

-- Reserves the platform's next free slot for one message to one chat, if the chat is free by then: granted, and
-- the delay until the slot. Otherwise nothing is reserved (a platform slot is never held for a chat that may not
-- take it) and the delay is until the chat is free; ask again then.
create function reserve_send_slot(for_platform text, for_chat text, spacing interval, hold interval,
                                  out granted boolean, out delay interval, out slot timestamptz)
language plpgsql as $$
declare
    now_at    timestamptz := clock_timestamp();
    chat_free timestamptz;
begin
    -- the platform's row first, locked to the end: reservations of a platform go one at a time and cannot deadlock
    insert into send_slot as s values (for_platform, '', now_at)
    on conflict (platform, chat_id) do update set next_at = greatest(s.next_at, now_at)
    returning s.next_at into slot;
    select s.next_at into chat_free from send_slot s where s.platform = for_platform and s.chat_id = for_chat;
    if chat_free > slot then
        granted := false;
        delay := chat_free - now_at;
        slot := null;
        return;
    end if;
    update send_slot s set next_at = slot + spacing where s.platform = for_platform and s.chat_id = '';
    insert into send_slot as s values (for_platform, for_chat, slot + hold)
    on conflict (platform, chat_id) do update set next_at = excluded.next_at;
    granted := true;
    delay := slot - now_at;
end
$$;
