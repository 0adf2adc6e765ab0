package io.briefbot.qa;

import static io.briefbot.qa.IndexFields.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;

/**
 * One searchable, quotable piece of an issue, as the index holds it: an article (title, the issue's headlines that
 * announce it, lede, paragraphs, tags), a headline (its text as the title), or one paragraph of the editorial (its
 * only paragraph).
 */
record IndexUnit(Source source, List<String> headlines, String lede, List<String> paragraphs, List<String> tags) {

    static String articleKey(long articleId) {
        return "a" + articleId;
    }

    static boolean isArticle(String key) {
        return key.startsWith("a");
    }

    static String headlineKey(long issueId, int position) {
        return "h" + issueId + "." + position;
    }

    static String editorialKey(long issueId, int position) {
        return "e" + issueId + "." + position;
    }

    String key() {
        return source.unit();
    }

    /**
     * The key of the editorial paragraph before this one, which tells the story this one goes on with ("It will carry 3,000
     * passengers an hour" after the paragraph that names the cable car); empty for the first paragraph and other units.
     */
    Optional<String> previousParagraphKey() {
        int dot = key().lastIndexOf('.');
        if (source.kind() != Source.Kind.EDITORIAL || dot < 0) {
            return Optional.empty();
        }
        int position = Integer.parseInt(key().substring(dot + 1));
        return position == 0 ? Optional.empty() : Optional.of(editorialKey(source.issueId(), position - 1));
    }

    String kindTerm() {
        return kindTerm(source.kind());
    }

    static String kindTerm(Source.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** What its meaning is embedded from: an article's title and lede, a headline, an editorial paragraph. */
    String meaningText() {
        String title = source.title() == null ? "" : source.title();
        if (title.isBlank()) {
            return String.join(" ", paragraphs);
        }
        return lede.isBlank() ? title : title + ". " + lede;
    }

    /** What says what it is about: an article's title and the headlines that announce it, a headline; none for the editorial. */
    String about() {
        return Stream.concat(Stream.of(source.title()), headlines.stream()).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** Everything it says, in order. */
    String allText() {
        return Stream.of(Stream.of(source.title()), headlines.stream(), Stream.of(lede), paragraphs.stream(), tags.stream())
                .flatMap(s -> s)
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** The unit of a stored index document. */
    static IndexUnit of(Document stored) {
        var articleId = stored.getField(ARTICLE_ID);
        Source source = new Source(Source.Kind.valueOf(stored.get(KIND).toUpperCase(Locale.ROOT)), stored.get(UNIT),
                articleId == null ? null : articleId.numericValue().longValue(),
                stored.getField(ISSUE_ID).numericValue().longValue(), stored.get(PUBLICATION),
                LocalDate.ofEpochDay(stored.getField(DAY).numericValue().longValue()), stored.get(STORED_TITLE), stored.get(URL),
                stored.get(AUTHOR));
        return new IndexUnit(source, split(stored.get(STORED_HEADLINES), IndexDocuments.PARAGRAPH_BREAK), valueOf(stored.get(STORED_LEDE)),
                split(stored.get(STORED_BODY), IndexDocuments.PARAGRAPH_BREAK), split(stored.get(STORED_TAGS), IndexDocuments.TAG_SEPARATOR));
    }

    private static String valueOf(String text) {
        return text == null ? "" : text;
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
