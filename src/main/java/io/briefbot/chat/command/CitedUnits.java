package io.briefbot.chat.command;

import io.briefbot.format.Action;
import io.briefbot.qa.Source;
import java.util.Optional;

/** How answers and search results open what they cite: an article, a headline or an issue's editorial. */
final class CitedUnits {

    private CitedUnits() {
    }

    /**
     * The button that opens what a source cites: the article, or the issue of a headline or editorial. None for an
     * article that is linked where it is cited.
     */
    static Optional<Action> read(Source source) {
        if (source.kind() == Source.Kind.ARTICLE && source.url() != null && !source.url().isBlank()) {
            return Optional.empty();
        }
        if (source.articleId() != null) {
            return Optional.of(Buttons.read(source.articleId(), source.title()));
        }
        return Optional.of(IssueCommands.read(source.publication(), source.date()));
    }
}
