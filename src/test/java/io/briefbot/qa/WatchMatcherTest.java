package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefbot.qa.IndexedIssue.IndexedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Watches read as /search reads words (English and German forms), with phrases and exclusions, against one issue:
 * which match, which parts they match and which words of those parts are to be marked.
 */
class WatchMatcherTest {

    private static final IndexedIssue ISSUE = new IndexedIssue(41, "Harbour.Table", LocalDate.of(2026, 10, 14), Instant.EPOCH,
            List.of("Dredging contract for the Rhine goes to a consortium", "Quay cranes get a data register"),
            List.of("Dear reader, the port authority of Lindau published its rules for crane data this morning.",
                    "Die Zölle auf Stahl steigen im Herbst."),
            "Mara Feldkamp",
            List.of(new IndexedArticle(501, "News", "Quay cranes get a data register", "Operators must report every lift.",
                    List.of("The cranes of the inland port record each lift; the data goes to the register in Bonn."), List.of("Ports"),
                    null),
                    new IndexedArticle(502, "News", "Barge fees rise", "Harbour fees rise by a tenth.",
                            List.of("Skippers pay more from January."), List.of("Shipping"), null)));

    private final WatchMatcher matcher = new WatchMatcher(null);

    @Test
    void aWordMatchesInItsEnglishAndGermanFormsAndMarksTheWordsAsWritten() {
        assertThat(matcher.matching(ISSUE, List.of("fee", "Zoll", "tariff", "dredge"))).containsExactlyInAnyOrder("fee", "Zoll", "dredge");

        List<WatchHit> fees = matcher.hits(ISSUE, List.of("fee"));
        assertThat(fees).extracting(hit -> hit.source().articleId()).containsExactly(502L);
        assertThat(fees.get(0).marked()).containsExactly("fees");

        List<WatchHit> customs = matcher.hits(ISSUE, List.of("Zoll"));
        assertThat(customs).extracting(hit -> hit.source().kind()).containsExactly(Source.Kind.EDITORIAL);
        assertThat(customs.get(0).marked()).containsExactly("Zölle");
        assertThat(customs.get(0).source().author()).isEqualTo("Mara Feldkamp");

        List<WatchHit> dredging = matcher.hits(ISSUE, List.of("dredge"));
        assertThat(dredging).extracting(hit -> hit.source().kind()).containsExactly(Source.Kind.HEADLINE);
        assertThat(dredging.get(0).source().title()).startsWith("Dredging contract");
        assertThat(dredging.get(0).marked()).containsExactly("Dredging");
    }

    @Test
    void aPhraseMatchesOnlyAsAPhrase() {
        assertThat(matcher.matching(ISSUE, List.of("\"crane data\"", "\"data crane\"", "\"inland port\""))).containsExactlyInAnyOrder(
                "\"crane data\"", "\"inland port\"");
        assertThat(matcher.hits(ISSUE, List.of("\"crane data\""))).extracting(hit -> hit.source().kind())
                .containsExactly(Source.Kind.EDITORIAL);
    }

    @Test
    void anExcludedWordLeavesOutThePartsThatContainIt() {
        assertThat(matcher.hits(ISSUE, List.of("crane"))).extracting(hit -> hit.source().kind())
                .containsExactly(Source.Kind.ARTICLE, Source.Kind.EDITORIAL);
        assertThat(matcher.hits(ISSUE, List.of("crane -Lindau"))).extracting(hit -> hit.source().kind())
                .containsExactly(Source.Kind.ARTICLE);
        assertThat(matcher.matching(ISSUE, List.of("\"crane data\" -Lindau", "lift -register"))).isEmpty();
        assertThat(matcher.matching(ISSUE, List.of("crane -Lindau", "Lindau -crane", "register -lift", "fees -skippers")))
                .containsExactly("crane -Lindau");
    }

    @Test
    void severalWatchesOfAChatListEachPartOnceInTheIssuesOrder() {
        List<WatchHit> hits = matcher.hits(ISSUE, List.of("fee", "register", "Zoll", "Bonn"));

        assertThat(hits).extracting(hit -> hit.source().kind()).containsExactly(Source.Kind.ARTICLE, Source.Kind.ARTICLE,
                Source.Kind.EDITORIAL);
        assertThat(hits.get(0).marked()).contains("register", "Bonn");
    }

    @Test
    void theWordsAreShownNormalisedAndKeyedWithoutCaseOrAccents() {
        WatchQuery query = WatchQuery.parse("  Zölle   „Belt and Road“ -covid-19 e-mail ");

        assertThat(query.words()).isEqualTo("Zölle \"Belt and Road\" -\"covid 19\" \"e mail\"");
        assertThat(query.key()).isEqualTo("zolle \"belt and road\" -\"covid 19\" \"e mail\"");
    }

    @Test
    void aWatchWithNothingToLookForIsRefusedWithTheReason() {
        assertThatThrownBy(() -> WatchQuery.parse(" ")).hasMessageContaining("Which words?");
        assertThatThrownBy(() -> WatchQuery.parse("-potato")).hasMessageContaining("needs a word to look for");
        assertThatThrownBy(() -> WatchQuery.parse("in")).hasMessageContaining("too common");
        assertThatThrownBy(() -> WatchQuery.parse("x".repeat(WatchQuery.MAX_CHARS + 1))).hasMessageContaining("at most");
    }
}
