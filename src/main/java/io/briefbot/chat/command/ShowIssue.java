package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.BriefingService;
import io.briefbot.briefing.NearestIssues;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** /issue DAY [publication]: the issue of a day; with several that day the newest, and buttons to the others. */
@Command(names = "issue", usage = "<day> [publication]", place = 2,
        description = "The issue of a day: " + ShowIssue.DAY_EXAMPLES + ".", example = "/issue 8 July")
@Singleton
class ShowIssue implements ChatCommand {

    static final String DAY_EXAMPLES = "2022-07-08, 8 July, 8. Juli 2022, July 8, 08.07.2022, yesterday, gestern or monday";

    private final BriefingService briefings;
    private final IssueOverview overview;
    private final BriefingCalendar calendar;

    ShowIssue(BriefingService briefings, IssueOverview overview, BriefingCalendar calendar) {
        this.briefings = briefings;
        this.overview = overview;
        this.calendar = calendar;
    }

    @Override
    public Reply run(String arguments) {
        Optional<IssueQuery> query = IssueQuery.parse(arguments, calendar.today());
        if (query.isEmpty()) {
            String problem = arguments.isEmpty() ? "Which day?" : "I can't read “" + Buttons.shorten(arguments, 40) + "” as a day.";
            return new NoticeReply(NoticeReply.Kind.INFO, problem + " Try /issue with " + DAY_EXAMPLES + ".",
                    List.of(new Action("Today", "/issue today"), new Action("Yesterday", "/issue yesterday")));
        }
        LocalDate date = query.get().date();
        List<IssueJson> onDay = briefings.on(date);
        List<IssueJson> matching = query.get().publication()
                .map(publication -> onDay.stream().filter(issue -> issue.publication().equalsIgnoreCase(publication)).toList())
                .orElse(onDay);
        if (!matching.isEmpty()) {
            return overview.of(matching.get(0), onDay.stream().filter(issue -> !issue.id().equals(matching.get(0).id())).toList());
        }
        if (!onDay.isEmpty()) {
            List<Action> others = onDay.stream().map(IssueCommands::of).flatMap(Optional::stream).toList();
            return new NoticeReply(NoticeReply.Kind.NOT_FOUND,
                    "No issue of " + query.get().publication().orElseThrow() + " on " + BriefingCalendar.full(date) + ".", others);
        }
        return nearest(date);
    }

    private Reply nearest(LocalDate date) {
        NearestIssues nearest = briefings.nearest(date);
        List<String> days = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        nearest.before().ifPresent(before -> {
            days.add(BriefingCalendar.full(before.date()));
            actions.add(new Action("◀ " + BriefingCalendar.brief(before.date()), IssueCommands.on(before.date())));
        });
        nearest.after().ifPresent(after -> {
            days.add(BriefingCalendar.full(after.date()));
            actions.add(new Action(BriefingCalendar.brief(after.date()) + " ▶", IssueCommands.on(after.date())));
        });
        String others = switch (days.size()) {
            case 0 -> "the archive has no issues yet";
            case 1 -> "the nearest is " + days.get(0);
            default -> "the nearest are " + days.get(0) + " and " + days.get(1);
        };
        return new NoticeReply(NoticeReply.Kind.NOT_FOUND, "No issue on " + BriefingCalendar.full(date) + "; " + others + ".", actions);
    }

    /** A day, and optionally a publication after it ("8 July Europe.Table"). */
    record IssueQuery(LocalDate date, Optional<String> publication) {

        static Optional<IssueQuery> parse(String arguments, LocalDate today) {
            if (arguments.isEmpty()) {
                return Optional.empty();
            }
            Optional<LocalDate> whole = DateParser.parse(arguments, today);
            if (whole.isPresent()) {
                return Optional.of(new IssueQuery(whole.get(), Optional.empty()));
            }
            int lastSpace = arguments.lastIndexOf(' ');
            if (lastSpace < 0) {
                return Optional.empty();
            }
            String publication = arguments.substring(lastSpace + 1);
            return DateParser.parse(arguments.substring(0, lastSpace), today).map(date -> new IssueQuery(date, Optional.of(publication)));
        }
    }
}
