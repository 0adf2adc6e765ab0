package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.format.Action;
import java.time.LocalDate;
import java.util.Optional;

/** The "/issue" commands buttons run. */
final class IssueCommands {

    private IssueCommands() {
    }

    static String on(LocalDate date) {
        return "/issue " + date;
    }

    /** A button that reads the issue of a publication on a day; the day alone when the command would be too long. */
    static Action read(String publication, LocalDate date) {
        String command = on(date) + " " + publication;
        return new Action("Read the issue of " + BriefingCalendar.brief(date), Buttons.fits(command) ? command : on(date));
    }

    /** A button to one issue among several of its day, named by its publication. */
    static Optional<Action> of(IssueJson issue) {
        return Buttons.of(issue.publication() + " " + BriefingCalendar.brief(issue.date()), on(issue.date()) + " " + issue.publication());
    }
}
