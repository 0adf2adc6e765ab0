package io.briefbot.chat.command;

import io.briefbot.format.Action;
import io.briefbot.qa.Source;
import java.util.Optional;

/** How answers and search results name and open what they cite: an article, a headline or an issue's editorial. */
final class CitedUnits {

    static final String HEADLINE = "Headline";
    static final String EDITORIAL = "Editorial";

    private CitedUnits() {
    }

    /** "Headline", "Editorial by Finn Mayer-Kuckuk", "Editorial"; none for an article. */
    static String label(Source source) {
        return switch (source.kind()) {
            case ARTICLE -> null;
            case HEADLINE -> HEADLINE;
            case EDITORIAL -> source.author() == null || source.author().isBlank() ? EDITORIAL : EDITORIAL + " by " + source.author();
        };
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
