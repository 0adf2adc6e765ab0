package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The general answering rules over an archive they were not made on (qa/development-3's, by words alone): questions that
 * share most of their words with an issue and still ask what it does not say get no answer, while the same questions
 * asking what it says get one; "how much" is answered only by a figure of what it asks about, and "how much does it
 * cost" by a sum of money; a unit that leaves out a number, a country or a place the question names does not answer.
 */
class GeneralRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static ArchiveIndex index;

    @BeforeAll
    static void indexTheArchive() {
        index = FixtureArchive.index(FixtureArchive.issues(FixtureArchive.resource("qa/development-3/archive")), Glossary.load());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void aUnitAboutAnotherCountryDoesNotAnswer() {
        assertThat(answer("How many tonnes of soybeans did Chinese buyers purchase from Argentina?").found()).isFalse();
        assertThat(answer("Wie viele Studierende aus Brasilien sind in Deutschland eingeschrieben?").found()).isFalse();

        Answer brazil = answer("How many tonnes of soybeans did Chinese buyers purchase from Brazil?");
        assertThat(brazil.found()).isTrue();
        assertThat(brazil.quotes().get(0).text()).contains("9 million tonnes of soybeans");
        assertThat(answer("Wie viele ausländische Studierende sind in Deutschland eingeschrieben?").found()).isTrue();
    }

    @Test
    void aUnitAboutAnotherCityDoesNotAnswer() {
        assertThat(answer("What did the research centre in Dresden switch on on Monday?").found()).isFalse();
        assertThat(answer("Wie oft musste der Flughafen in Hamburg im Oktober schließen?").found()).isFalse();

        assertThat(answer("What did the research centre in Jülich switch on on Monday?").quotes().get(0).text())
                .contains("first European quantum computer");
        assertThat(answer("Wie oft musste der Flughafen in München im Oktober schließen?").quotes())
                .anySatisfy(quote -> assertThat(quote.text()).contains("zweimal für mehrere Stunden"));
    }

    @Test
    void aUnitThatLeavesOutACountryTheQuestionNamesDoesNotAnswer() {
        assertThat(answer("How much ice have the glaciers in Switzerland and Norway lost?").found()).isFalse();

        assertThat(answer("How much ice have the glaciers in Switzerland lost?").quotes().get(0).text())
                .contains("three percent of their remaining volume");
    }

    @Test
    void aUnitWithoutTheNumberTheQuestionNamesDoesNotAnswer() {
        assertThat(answer("How many helicopters will be stationed in Sankt Augustin in 2032?").found()).isFalse();

        assertThat(answer("How many helicopters will be stationed in Sankt Augustin in 2027?").quotes().get(0).text())
                .contains("18 Transporthubschrauber");
    }

    @Test
    void howMuchSomethingCostsIsAnsweredOnlyByASumOfMoney() {
        assertThat(answer("How much did the new helicopters for the federal police cost?").found()).isFalse();
        assertThat(answer("Wie viel kostet die Abscheidung von CO2 im Zementwerk in Brevik?").found()).isFalse();

        assertThat(answer("How much does the housing allowance increase cost the federal government and the states?").quotes())
                .extracting(Quote::text).anyMatch(quote -> quote.contains("1,1 Milliarden Euro"));
        assertThat(answer("Wie viel Lösegeld verlangen die Hacker für die Daten der Soldaten?").quotes().get(0).text())
                .contains("2 million euros");
    }

    @Test
    void aNumberNoIssueContainsMeansNoAnswer() {
        assertThat(answer("How many helicopters did the federal police order in 2019?").found()).isFalse();

        assertThat(answer("How many helicopters did the federal police order?").quotes().get(0).text())
                .contains("18 Transporthubschrauber");
    }

    @Test
    void howMuchIsAnsweredByAFigureOfWhatIsAskedAbout() {
        assertThat(answer("How much ransom did the hackers demand from the Dutch port operator?").found()).isFalse();

        assertThat(answer("Wie viel Lösegeld verlangen die Hacker für die Daten der Soldaten?").quotes().get(0).text())
                .contains("2 million euros");
        assertThat(answer("Wie viele Qubits hat der neue Quantencomputer in Jülich?").quotes())
                .extracting(quote -> quote.source().kind()).doesNotContain(Source.Kind.HEADLINE);
    }

    private static Answer answer(String question) {
        return new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load())
                .answer(question, TODAY, false);
    }
}
