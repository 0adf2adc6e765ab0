package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/**
 * An answer from the archive: sentences quoted word for word, each with its source, then related articles.
 *
 * @param window  the issues searched when the question named a time ("Issues of 5–11 Oct 2026"); null for all
 * @param phrased the quotes phrased by a language model, shown above them; null when there is none
 * @param note    a remark on how the answer came about (a model that failed); null for none
 */
public record AnswerReply(String question, String window, String phrased, List<Quote> quotes, List<Source> related,
                          String note, List<Action> actions) implements Reply {

    /** An article that is cited: {@code url} where the article has a link, else a Read button opens it. */
    public record Source(long articleId, String publication, LocalDate date, String title, String url) {
    }

    public record Quote(String text, Source source) {
    }
}
