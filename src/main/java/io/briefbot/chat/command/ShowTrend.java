package io.briefbot.chat.command;

import io.briefbot.chat.CommandLine;
import io.briefbot.chat.Command;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.ChatCommand;
import io.briefbot.briefing.TagTrends;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.briefing.TagWeeks;
import io.briefbot.format.Action;
import io.briefbot.format.Language;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.TrendChart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** /trend TAG [TAG2] [TAG3] [WEEKS], in German /verlauf: a chart of the articles per week with each tag. */
@Command(answeredLater = true, names = {"trend", ShowTrend.GERMAN_NAME}, usage = "<tag> [tag2] [tag3] [weeks]", place = 5,
        description = "A chart of the articles per week with each tag (default " + TrendArguments.DEFAULT_WEEKS + " weeks, at most "
                + TrendArguments.MAX_WEEKS + "; in German /verlauf).", example = "/trend cyber trade 26")
@Singleton
class ShowTrend implements ChatCommand {

    static final String GERMAN_NAME = "verlauf";

    private final TagTrends trends;
    private final BriefingCalendar calendar;

    ShowTrend(TagTrends trends, BriefingCalendar calendar) {
        this.trends = trends;
        this.calendar = calendar;
    }

    @Override
    public Reply run(String arguments) {
        return chart(TrendArguments.parse(arguments, Language.ENGLISH));
    }

    @Override
    public Reply run(String arguments, ChatRequest request) {
        boolean german = GERMAN_NAME.equals(CommandLine.parse(request.text()).name());
        return chart(TrendArguments.parse(arguments, german ? Language.GERMAN : Language.ENGLISH));
    }

    private Reply chart(TrendArguments asked) {
        Language language = asked.language();
        if (asked.error() != null) {
            return new NoticeReply(NoticeReply.Kind.INFO, asked.error(), List.of(mostUsed(language)));
        }
        List<TagWeeks> weekly = new ArrayList<>();
        for (String tag : asked.tags()) {
            TagTrends.Trend trend = trends.weekly(tag, asked.weeks(), calendar.today());
            if (trend.weeks() == null) {
                return unknown(tag, trend.suggestions(), language);
            }
            weekly.add(trend.weeks());
        }
        return TrendChart.draw(weekly, language);
    }

    private static Reply unknown(String tag, List<String> suggestions, Language language) {
        List<Action> actions = new ArrayList<>();
        suggestions.forEach(suggestion -> Buttons.of(suggestion, "/trend \"" + suggestion + "\"").ifPresent(actions::add));
        actions.add(mostUsed(language));
        String name = Buttons.shorten(tag, 40);
        String text = suggestions.isEmpty()
                ? language.pick("No articles are tagged “" + name + "”. Send /tags for the most used tags.",
                        "Kein Artikel hat den Tag „" + name + "“. /tags zeigt die meistgenutzten Tags.")
                : language.pick("No articles are tagged “" + name + "”. Did you mean " + String.join(", ", suggestions) + "?",
                        "Kein Artikel hat den Tag „" + name + "“. Meinten Sie " + String.join(", ", suggestions) + "?");
        return new NoticeReply(NoticeReply.Kind.NOT_FOUND, text, actions);
    }

    private static Action mostUsed(Language language) {
        return new Action(language.pick("Most used tags", "Meistgenutzte Tags"), "/tags");
    }
}
