package io.briefbot.chat.command;

import io.briefbot.common.BriefingCalendar;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.DailySlot;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.time.Clock;

/** /subscribe [HH:MM] [Area/City] [weekdays|daily] [publication]: the day's issue here every morning. */
@Command(names = "subscribe", usage = "[HH:MM] [Area/City] [weekdays|daily] [publication]", place = 9,
        description = "The day's issue here every morning (default 08:00, every day, every publication); chat admins only.",
        example = "/subscribe 07:30 Europe/Berlin weekdays", audience = Command.Audience.CHAT_MANAGERS,
        platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class Subscribe extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;
    private final BriefingCalendar calendar;
    private final Clock clock;

    Subscribe(ChatManagers managers, Subscriptions subscriptions, BriefingCalendar calendar, Clock clock) {
        super(managers);
        this.subscriptions = subscriptions;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        SubscribeArguments given = SubscribeArguments.parse(arguments, calendar.zone());
        if (given.error() != null) {
            return info(given.error());
        }
        DailySlot slot = new DailySlot(given.time(), given.zone(), given.days());
        subscriptions.subscribe(to, request.workspace(), slot, given.publication().orElse(null), request.userId());
        return info("Subscribed: " + PostTimes.what(given.publication().orElse(null), given.days()) + " here at "
                + PostTimes.time(slot) + ". Next post: " + PostTimes.next(slot, clock.instant())
                + ", when that day's issue is in. /unsubscribe stops it.");
    }
}
