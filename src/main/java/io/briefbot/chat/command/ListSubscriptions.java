package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Days;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Mutes;
import io.briefbot.delivery.Subscription;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.delivery.TagFollow;
import io.briefbot.format.Reply;
import io.briefbot.common.BriefingCalendar;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** /subscriptions: the daily posts and weekly digest this chat gets and when the next comes, and the tags it follows. */
@Command(names = "subscriptions", place = 12,
        description = "What this chat gets, and when the next post comes.", example = "/subscriptions",
        platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class ListSubscriptions extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;
    private final Clock clock;
    private final Mutes mutes;
    private final BriefingCalendar calendar;

    ListSubscriptions(ChatManagers managers, Subscriptions subscriptions, Clock clock, Mutes mutes, BriefingCalendar calendar) {
        super(managers);
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.mutes = mutes;
        this.calendar = calendar;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        List<Subscription> daily = subscriptions.of(to);
        List<TagFollow> follows = subscriptions.follows(to);
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder();
        if (daily.isEmpty()) {
            text.append("This chat gets no daily posts. /subscribe 07:30 Europe/Berlin weekdays starts them.");
        }
        for (Subscription subscription : daily) {
            text.append(text.length() == 0 ? "" : "\n")
                    .append(capitalised(PostTimes.what(subscription.publication, Days.ofWord(subscription.days).orElseThrow())))
                    .append(" at ").append(PostTimes.time(subscription.slot()))
                    .append("; next: ").append(PostTimes.next(subscription.slot(), now)).append('.');
        }
        subscriptions.digestOf(to).ifPresent(digest -> text.append("\nWeekly digest: ")
                .append(PostTimes.digest(digest.publication, digest.slot())).append("; next: ")
                .append(PostTimes.next(digest.slot(), now)).append('.'));
        if (!follows.isEmpty()) {
            text.append("\nFollowing: ").append(follows.stream().map(follow -> "#" + follow.tag).collect(Collectors.joining(", ")))
                    .append('.');
        }
        mutes.until(to).ifPresent(until -> text.append("\nMuted until ").append(MuteEnd.shown(until, calendar.zone()))
                .append(": nothing is posted here until then. /unmute ends it."));
        return info(text.toString());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
