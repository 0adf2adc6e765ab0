package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.BriefingService;
import io.briefbot.briefing.NearestIssues;
import io.briefbot.format.Action;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.IssueReplies;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** An issue at a glance, with buttons to read its articles and to move to other issues. */
@Singleton
class IssueOverview {

    private final BriefingService briefings;
    private final IssueReplies replies;

    IssueOverview(BriefingService briefings, IssueReplies replies) {
        this.briefings = briefings;
        this.replies = replies;
    }

    /** @param sameDay the other issues of the issue's day, offered as buttons */
    BriefingReply of(IssueJson issue, List<IssueJson> sameDay) {
        List<Action> actions = new ArrayList<>();
        issue.articles().forEach(article -> actions.add(Buttons.read(article.id(), article.title())));
        sameDay.forEach(other -> IssueCommands.of(other).ifPresent(actions::add));
        NearestIssues nearest = briefings.nearest(issue.date());
        nearest.before().ifPresent(before -> actions.add(new Action("Previous issue", IssueCommands.on(before.date()))));
        nearest.after().ifPresent(after -> actions.add(new Action("Next issue", IssueCommands.on(after.date()))));
        return replies.briefing(issue, actions);
    }
}
