package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.KeywordWatches;
import io.briefbot.format.Reply;
import io.briefbot.qa.WatchHistory;
import io.briefbot.qa.WatchMatcher;
import io.briefbot.qa.WatchQuery;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * /watch WORDS: every newly stored issue with an article, headline or editorial paragraph containing the words comes here
 * at once. A watch that would come more than {@link #OFTEN_PER_WEEK} times a week says how often it would have come.
 */
@Command(names = "watch", usage = "<words or \"a phrase\"> [-word]", place = 16,
        description = "Each new issue with an article, headline or editorial containing the words, here at once; chat admins only.",
        example = "/watch harbour fees -Hamburg", audience = Command.Audience.CHAT_MANAGERS,
        platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class WatchWords extends WatchCommand {

    static final int OFTEN_PER_WEEK = 20;
    static final int LOOK_BACK_DAYS = 30;

    private final KeywordWatches watches;
    private final WatchMatcher matcher;
    private final BriefingCalendar calendar;

    WatchWords(ChatManagers managers, KeywordWatches watches, WatchMatcher matcher, BriefingCalendar calendar) {
        super(managers);
        this.watches = watches;
        this.matcher = matcher;
        this.calendar = calendar;
    }

    @Override
    Reply run(WatchQuery query, ChatRequest request, Destination to) {
        String words = quoted(query);
        return switch (watches.watch(to, request.workspace(), query, request.userId() == null ? "" : request.userId())) {
            case ALREADY -> info("This chat already watches " + words + ".");
            case FULL -> info("This chat already watches " + KeywordWatches.MAX_PER_CHAT + " wordings, the most a chat can. "
                    + "/unwatch one first; /watching lists them.");
            case WATCHING -> info("Watching " + words + ": each new issue with an article, headline or editorial paragraph "
                    + "containing it comes here as soon as it is in." + howOften(query));
        };
    }

    private String howOften(WatchQuery query) {
        LocalDate today = calendar.today();
        WatchHistory history = matcher.history(query, today.minusDays(LOOK_BACK_DAYS - 1), today);
        if (history.parts() * 7 <= (long) OFTEN_PER_WEEK * LOOK_BACK_DAYS) {
            return "";
        }
        return " That is often: over the last " + LOOK_BACK_DAYS + " days it would have fired " + history.issues() + " times, for "
                + history.parts() + " articles, headlines and editorial paragraphs. More words, a \"phrase\" or a -word narrow it.";
    }
}
