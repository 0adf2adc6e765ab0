package io.briefbot.chat;

import io.briefbot.format.HelpReply;
import io.briefbot.format.HelpReply.CommandHelp;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** /help, and /start (what Telegram sends first): every command with an example. */
@Singleton
public class ShowHelp implements ChatCommand {

    static final List<CommandHelp> COMMANDS = List.of(
            new CommandHelp("/today", "[publication]", "The newest issue: headlines, editorial and articles (also /latest).", "/today"),
            new CommandHelp("/issue", "<day> [publication]", "The issue of a day: " + ShowIssue.DAY_EXAMPLES + ".", "/issue 8 July"),
            new CommandHelp("/tag", "<tag> [page]", "Articles with a tag, newest first.", "/tag cyber"),
            new CommandHelp("/tags", "", "The most used tags of the last " + ListTags.DAYS + " days.", "/tags"),
            new CommandHelp("/trend", "<tag> [tag2] [tag3] [weeks]", "A chart of the articles per week with each tag (default "
                    + TrendArguments.DEFAULT_WEEKS + " weeks, at most " + TrendArguments.MAX_WEEKS + "; in German /verlauf).",
                    "/trend cyber trade 26"),
            new CommandHelp("/ask", "<question>", "An answer quoted from the archive, with its sources: “this week”, “in July” narrow it.",
                    "/ask what did the State Council announce about data protection?"),
            new CommandHelp("/search", "<words>", "Articles containing every word.", "/search harbour fees"),
            new CommandHelp("/article", "<number>", "A whole article; the Read buttons open them too.", "/article 42"),
            new CommandHelp("/subscribe", "[HH:MM] [Area/City] [weekdays|daily] [publication]",
                    "The day's issue here every morning (default 08:00, every day, every publication); chat admins only.",
                    "/subscribe 07:30 Europe/Berlin weekdays"),
            new CommandHelp("/unsubscribe", "[publication]", "No more daily posts here.", "/unsubscribe"),
            new CommandHelp("/subscriptions", "", "What this chat gets, and when the next post comes.", "/subscriptions"),
            new CommandHelp("/follow", "<tag>", "Each new article with the tag, here, as soon as it is in; chat admins only.",
                    "/follow cyber"),
            new CommandHelp("/unfollow", "<tag>", "No more articles with the tag here.", "/unfollow cyber"),
            new CommandHelp("/following", "", "The tags this chat follows.", "/following"),
            new CommandHelp("/mute", "[until <day> | <N>d | <N>h]", "Nothing posted here until then (default 24 hours), "
                    + "nothing caught up later; commands still answer; chat admins only.", "/mute 3d"),
            new CommandHelp("/unmute", "", "Posts come here again.", "/unmute"),
            new CommandHelp("/help", "", "This list.", "/help"));

    static final String INTRO = "I answer with the daily briefings in the archive. "
            + "Commands work with or without the slash, in any case.";

    @Override
    public Set<String> names() {
        return Set.of("help", "start");
    }

    @Override
    public Reply run(String arguments) {
        return help();
    }

    public HelpReply help() {
        return new HelpReply(INTRO, COMMANDS);
    }
}
