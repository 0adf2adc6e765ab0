package io.briefbot.chat.command;

import io.briefbot.common.BriefingCalendar;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.CitedSources;
import io.briefbot.format.AnswerReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.qa.Answer;
import io.briefbot.qa.ArchiveQuestions;
import io.briefbot.qa.DateWindow;
import io.briefbot.qa.Quote;
import io.briefbot.qa.Source;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * /ask QUESTION: sentences quoted from the best-matching articles, headlines and editorials, each with its source, and
 * related ones; or,
 * when the archive has nothing on it, says so and offers close tags. Never an answer from outside the archive.
 */
@Command(answeredLater = true, names = "ask", usage = "<question>", place = 6,
        description = "An answer quoted from the archive, with its sources: “this week”, “in July” narrow it.",
        example = "/ask what did the State Council announce about data protection?")
@Singleton
public class AskArchive implements ChatCommand {

    static final String NOTE_MODEL_FAILED = "The language model did not answer; these sentences are quoted from the archive as they stand.";
    private static final int SUGGESTED_TAGS = 3;

    private final ArchiveQuestions questions;

    AskArchive(ArchiveQuestions questions) {
        this.questions = questions;
    }

    @Override
    public Reply run(String arguments) {
        if (arguments.isBlank()) {
            return new NoticeReply(NoticeReply.Kind.INFO,
                    "What would you like to know? Try /ask what did the State Council announce about data protection?", List.of());
        }
        return reply(questions.ask(arguments));
    }

    /** A question asked in reply to an earlier answer, understood in the context of that answer's question. */
    public Reply followUp(String earlierQuestion, String followUp) {
        if (followUp.isBlank()) {
            return run(earlierQuestion);
        }
        return reply(questions.askFollowUp(earlierQuestion, followUp));
    }

    static Reply reply(Answer answer) {
        if (!answer.found()) {
            return nothing(answer);
        }
        Map<String, Action> actions = new LinkedHashMap<>();
        Stream.concat(answer.quotes().stream().map(Quote::source), answer.related().stream())
                .flatMap(source -> CitedUnits.read(source).stream())
                .forEach(action -> actions.putIfAbsent(action.command(), action));
        String window = answer.beyondWindow() ? beyondWindow(answer) : answer.window().map(AskArchive::window).orElse(null);
        return new AnswerReply(answer.question(), window, answer.phrased().orElse(null),
                answer.quotes().stream().map(quote -> new AnswerReply.Quote(quote.text(), quoted(quote.source()))).toList(),
                answer.related().stream().map(AskArchive::related).toList(),
                answer.phrasingFailure().map(why -> NOTE_MODEL_FAILED).orElse(null), List.copyOf(actions.values()));
    }

    private static Reply nothing(Answer answer) {
        String topic = answer.topic().isBlank() ? answer.question() : answer.topic();
        String when = answer.window().map(w -> " in the " + window(w).toLowerCase(Locale.ROOT)).orElse("");
        List<String> tags = answer.suggestions().stream().limit(SUGGESTED_TAGS).toList();
        List<Action> actions = new ArrayList<>();
        tags.forEach(tag -> actions.add(new Action("#" + Buttons.shorten(tag, 24), TagCommands.of(tag, 1))));
        String text = "Nothing in the archive about “" + Buttons.shorten(topic.strip(), 80) + "”" + when + "."
                + (tags.isEmpty() ? " Try other words, or browse /tags." : " Close tags: " + String.join(", ", tags) + ".");
        return new NoticeReply(NoticeReply.Kind.NOT_FOUND, text, actions);
    }

    /** Where a quote is from: a headline quoted is not repeated as its own title. */
    private static AnswerReply.Source quoted(Source source) {
        return new AnswerReply.Source(CitedSources.label(source), source.articleId(), source.publication(), source.date(),
                source.kind() == Source.Kind.ARTICLE ? source.title() : null, source.url());
    }

    private static AnswerReply.Source related(Source source) {
        return new AnswerReply.Source(CitedSources.label(source), source.articleId(), source.publication(), source.date(),
                source.title(), source.url());
    }

    /** "Nothing in the issues of Monday, 30 November; from earlier issues:" */
    private static String beyondWindow(Answer answer) {
        DateWindow window = answer.window().orElseThrow();
        List<LocalDate> quoted = answer.quotes().stream().map(quote -> quote.source().date()).toList();
        String which = quoted.stream().allMatch(day -> day.isBefore(window.from())) ? "earlier"
                : quoted.stream().allMatch(day -> day.isAfter(window.to())) ? "later" : "other";
        String issues = window.from().equals(window.to()) ? "the issues of " + BriefingCalendar.weekday(window.from())
                : "the issues from " + BriefingCalendar.brief(window.from()) + " to " + BriefingCalendar.brief(window.to());
        return "Nothing in " + issues + "; from " + which + " issues:";
    }

    static String window(DateWindow window) {
        return window.from().equals(window.to())
                ? "Issues of " + BriefingCalendar.brief(window.from())
                : "Issues from " + BriefingCalendar.brief(window.from()) + " to " + BriefingCalendar.brief(window.to());
    }
}
