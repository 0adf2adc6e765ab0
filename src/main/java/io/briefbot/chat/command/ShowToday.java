package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArchiveCache;
import io.briefbot.briefing.BriefingService;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** /today [publication], alias /latest: the newest issue. */
@Command(names = {"today", "latest"}, usage = "[publication]", place = 1,
        description = "The newest issue: headlines, editorial and articles (also /latest).", example = "/today")
@Singleton
class ShowToday implements ChatCommand {

    private final BriefingService briefings;
    private final IssueOverview overview;
    private final ArchiveCache cache;

    ShowToday(BriefingService briefings, IssueOverview overview, ArchiveCache cache) {
        this.briefings = briefings;
        this.overview = overview;
        this.cache = cache;
    }

    @Override
    public Reply run(String publication) {
        return cache.<Reply>get(key(publication), () -> today(publication)).orElseGet(() -> notFound(publication));
    }

    @Override
    public Optional<Reply> ready(String publication) {
        return cache.peek(key(publication));
    }

    private static String key(String publication) {
        return "today:" + publication.toLowerCase();
    }

    private Optional<Reply> today(String publication) {
        return briefings.latest(Optional.of(publication)).<Reply>map(issue -> {
            List<IssueJson> sameDay = briefings.on(issue.date()).stream().filter(other -> !other.id().equals(issue.id())).toList();
            return overview.of(issue, sameDay);
        });
    }

    private static Reply notFound(String publication) {
        return publication.isEmpty()
                ? new NoticeReply(NoticeReply.Kind.NOT_FOUND, "The archive has no issues yet.", List.of())
                : new NoticeReply(NoticeReply.Kind.NOT_FOUND, "No issue of " + publication + " yet.",
                        List.of(new Action("Newest issue", "/today")));
    }
}
