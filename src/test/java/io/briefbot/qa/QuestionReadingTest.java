package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a question is read: what it is about, without the words that only say when or how often. */
class QuestionReadingTest {

    private static final QuestionReader READER = new QuestionReader(Glossary.load());
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    @Test
    void aYearCountedFromNowSaysWhenNotWhat() {
        assertThat(typed("How much cod may Baltic fishermen catch next year?")).containsExactly("cod", "Baltic", "fishermen", "catch");
        assertThat(typed("How many animals did laboratories use each year?")).containsExactly("animals", "laboratories", "use");
        assertThat(typed("Wie viele Tiere wurden im vergangenen Jahr verwendet?")).containsExactly("Tiere", "verwendet");
        assertThat(typed("Wie viel Strom liefern die Anlagen pro Jahr?")).containsExactly("Strom", "liefern", "Anlagen");
    }

    @Test
    void aGermanNounSpelledLikeAnEnglishQuestionWordIsWhatAGermanQuestionIsAbout() {
        assertThat(typed("Wie viel Geld bekommen Eltern pro Kind?")).contains("Kind");
        assertThat(typed("What kind of subsidy do parents get?")).doesNotContain("kind");
    }

    @Test
    void aYearNamedByItsNumberStays() {
        assertThat(typed("Welches Klimaziel gilt im Jahr 2040?")).contains("2040");
        assertThat(typed("What is the target for the year 2040?")).contains("year", "2040");
    }

    @Test
    void countriesAreKnownByTheirNamesAdjectivesAndPeopleInBothLanguages() {
        Countries countries = Countries.shared();

        assertThat(countries.named("Wie viele Menschen arbeiten in der polnischen Wärmepumpenbranche?")).containsExactly("Poland");
        assertThat(countries.named("Warsaw doubles the subsidy: Poland's households")).containsExactly("Poland");
        assertThat(countries.named("Studierende aus Brasilien und Indien")).containsExactly("Brazil", "India");
        assertThat(countries.named("Die Importe aus den Vereinigten Staaten und der Türkei")).contains("Turkey");
        assertThat(countries.named("Tell us about the island's ferries in English")).isEmpty();
    }

    @Test
    void aCountryIsAskedAboutByAllItsForms() {
        Concept peruvian = READER.read("How much is Cosco investing in the Peruvian port?", TODAY).concepts().stream()
                .filter(concept -> concept.typed().equals("Peruvian")).findFirst().orElseThrow();

        assertThat(peruvian.forms()).contains("Peru", "peruanisch");
    }

    @Test
    void aQuestionsLanguageIsToldByItsQuestionWordsOrElseItsLetters() {
        assertThat(TextLanguage.of("Why do homeowners buy fewer heat pumps?")).contains(TextLanguage.ENGLISH);
        assertThat(TextLanguage.of("Warum kaufen Hausbesitzer weniger Wärmepumpen?")).contains(TextLanguage.GERMAN);
        assertThat(TextLanguage.of("Elektrobusse für Santiago")).contains(TextLanguage.GERMAN);
        assertThat(TextLanguage.of("Santiago")).isEmpty();
    }

    @Test
    void aCompoundIsReadByTheTranslationsOfItsWordsAlsoWithTheLetterThatLinksThem() {
        assertThat(forms("Wie viel Staatshilfe bekommt das Werk?", "Staatshilfe")).contains("state aid");
        assertThat(forms("Wie hoch ist die Jugendarbeitslosigkeit?", "Jugendarbeitslosigkeit")).contains("youth unemployment");
    }

    private static List<String> forms(String question, String word) {
        return READER.read(question, TODAY).concepts().stream().filter(concept -> concept.typed().equals(word)).findFirst()
                .orElseThrow().forms();
    }

    private static List<String> typed(String question) {
        return READER.read(question, TODAY).concepts().stream().map(Concept::typed).toList();
    }
}
