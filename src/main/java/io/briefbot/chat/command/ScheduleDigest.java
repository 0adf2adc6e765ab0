package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.delivery.DailySlot;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.DigestReplies;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.delivery.Weekly;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.time.Clock;

/** /digest weekly [DAY] [HH:MM] [Area/City] [publication], /digest off: the week at a glance here once a week. */
@Command(names = "digest", usage = "weekly [day] [HH:MM] [Area/City] [publication] | off", place = 11,
        description = "The week at a glance with a chart, once a week (default Monday 08:00); /digest off ends it; chat admins only.",
        example = "/digest weekly friday 16:00", audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class ScheduleDigest extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;
    private final DigestReplies digests;
    private final BriefingCalendar calendar;
    private final Clock clock;

    ScheduleDigest(ChatManagers managers, Subscriptions subscriptions, DigestReplies digests, BriefingCalendar calendar, Clock clock) {
        super(managers);
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The console shows the digest of the last seven days, as a chat that follows no tags would get it today. */
    @Override
    Reply preview(String arguments) {
        DigestArguments given = DigestArguments.parse(arguments, calendar.zone());
        if (given.error() != null || given.off()) {
            return info(given.off() ? NOT_HERE : given.error());
        }
        return digests.preview(calendar.today(), given.when().publication().orElse(null));
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        DigestArguments given = DigestArguments.parse(arguments, calendar.zone());
        if (given.error() != null) {
            return info(given.error());
        }
        if (given.off()) {
            return info(subscriptions.stopDigest(to) ? "Weekly digest stopped." : "This chat gets no weekly digest.");
        }
        SubscribeArguments when = given.when();
        DailySlot slot = new DailySlot(when.time(), when.zone(), new Weekly(given.day()));
        subscriptions.digest(to, request.workspace(), slot, when.publication().orElse(null), request.userId());
        return info("Weekly digest: " + PostTimes.digest(when.publication().orElse(null), slot) + ". Next: "
                + PostTimes.next(slot, clock.instant()) + ". /digest off stops it.");
    }
}
