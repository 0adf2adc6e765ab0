package io.briefbot.chat.command;

import io.briefbot.chat.Platform;
import io.briefbot.chat.Command;
import io.briefbot.chat.ChatRequest;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Mutes;
import io.briefbot.format.Reply;
import io.briefbot.common.BriefingCalendar;
import jakarta.inject.Singleton;
import java.time.Clock;

/** /mute [until DAY | Nd | Nh]: nothing posted here until then, and nothing caught up later; commands still answer. */
@Command(names = "mute", usage = "[until <day> | <N>d | <N>h]", place = 19,
        description = "Nothing posted here until then (default 24 hours), nothing caught up later; commands still answer; chat admins only.",
        example = "/mute 3d", audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class MuteChat extends ChatDeliveryCommand {

    private final Mutes mutes;
    private final BriefingCalendar calendar;
    private final Clock clock;

    MuteChat(ChatManagers managers, Mutes mutes, BriefingCalendar calendar, Clock clock) {
        super(managers);
        this.mutes = mutes;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        MuteEnd end = MuteEnd.parse(arguments, clock.instant(), calendar.zone());
        if (end.error() != null) {
            return info(end.error());
        }
        mutes.mute(to, end.until(), request.userId() == null ? "" : request.userId());
        return info("Muted until " + MuteEnd.shown(end.until(), calendar.zone()) + ": daily posts, digests and alerts due "
                + "until then are skipped, not sent later. Commands still answer. /unmute ends it.");
    }
}
