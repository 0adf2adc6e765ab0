package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/**
 * An answer from the archive: sentences quoted word for word, each with its source (an article, a headline or the
 * editorial of an issue), then related ones.
 *
 * @param window  the issues searched when the question named a time ("Issues of 5–11 Oct 2026"); null for all
 * @param phrased the quotes phrased by a language model, shown above them; null when there is none
 * @param note    a remark on how the answer came about (a model that failed); null for none
 */
public record AnswerReply(String question, String window, String phrased, List<Quote> quotes, List<Source> related,
                          String note, List<Action> actions) implements Reply {

    /**
     * What is cited: an article ({@code url} where it has a link, else a Read button opens it), or a headline or the
     * editorial of an issue, named by {@code label} ("Headline", "Editorial by Finn Mayer-Kuckuk").
     *
     * @param label     null for an article
     * @param articleId the article, or the article a headline announces; null for none
     * @param title     the article's title, or the headline where the quote is not the headline itself; null for none
     */
    public record Source(String label, Long articleId, String publication, LocalDate date, String title, String url) {
    }

    public record Quote(String text, Source source) {
    }
}
