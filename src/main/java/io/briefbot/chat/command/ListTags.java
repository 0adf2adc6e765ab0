package io.briefbot.chat.command;

import io.briefbot.briefing.BriefingService;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.TagsReply;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** /tags: the most used tags of the last 30 days. */
@Command(names = "tags", place = 4,
        description = "The most used tags of the last " + ListTags.DAYS + " days.", example = "/tags")
@Singleton
class ListTags implements ChatCommand {

    static final int DAYS = 30;
    static final int LIMIT = 20;

    private final BriefingService briefings;
    private final BriefingCalendar calendar;

    ListTags(BriefingService briefings, BriefingCalendar calendar) {
        this.briefings = briefings;
        this.calendar = calendar;
    }

    @Override
    public Reply run(String arguments) {
        LocalDate to = calendar.today();
        List<TagsReply.TagUse> uses = briefings.tagCounts(to.minusDays(DAYS - 1L), to, LIMIT).stream()
                .map(count -> new TagsReply.TagUse(count.tag(), count.count()))
                .toList();
        if (uses.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "No articles were tagged in the last " + DAYS + " days.", List.of());
        }
        return new TagsReply(DAYS, uses);
    }
}
