package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question asks for, what a passage offers, and which sentences lean on the one before. */
class QuotingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How much do the hackers want for the police data? | AMOUNT",
            "How many cars are in the fleet?                   | COUNT",
            "Wie viele Stimmen fehlten der Koalition?           | COUNT",
            "How much did the new scanner cost?                | MONEY",
            "Wie viel Geld verlangen die Länder vom Bund?       | MONEY",
            "How many jobs were lost at the plant?             | COUNT",
            "What is the contract worth?                       | AMOUNT",
            "Who approved the purchase?                        | ACTOR",
            "Wer kritisierte das Rentenpaket?                  | ACTOR",
            "Which companies joined the scheme?                | ACTOR",
            "When will the first frigate be delivered?         | TIME",
            "Bis wann soll das Rentenniveau gesichert werden?  | TIME",
            "Where will the institute be?                      | PLACE",
            "Wo erlitt die Regierung eine Niederlage?          | PLACE",
            "Why did the number of students fall?              | REASON",
            "What did the State Council announce?              | NOTHING"})
    void theQuestionWordsSayWhatIsAskedFor(String question, AskedFor expected) {
        assertThat(AskedFor.in(question)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AMOUNT | Now they are offering it on the free market for 23 Bitcoin.       | 1",
            "AMOUNT | Der Finanzminister will 30 Milliarden Euro aufnehmen.             | 1",
            "AMOUNT | Sales fell by 46 percent.                                          | 1",
            "AMOUNT | The fleet has fifty vehicles.                                      | 0.5",
            "AMOUNT | Passengers can book between seven in the morning and ten at night. | 0",
            "AMOUNT | The first ship is to be delivered in 2031.                         | 0",
            "MONEY  | The plant has secured loans of 4 billion euros.                    | 1",
            "MONEY  | It will make 2.5 million tonnes of steel a year.                   | 0.5",
            "COUNT  | It wants to hire 2,000 more IT specialists.                        | 1",
            "COUNT  | The command will manage a budget of 900 million euros.             | 0.5",
            "COUNT  | The first ship is to be delivered in 2031.                         | 0",
            "COUNT  | Der Flughafen musste zweimal für mehrere Stunden schließen.        | 1",
            "TIME   | The first ship is to be delivered in 2031.                         | 1",
            "TIME   | Livestream sellers will need a licence from November.              | 1",
            "TIME   | The company may sign up new users again.                           | 0",
            "ACTOR  | The budget committee of the Bundestag approved the purchase.       | 1",
            "ACTOR  | Arbeitgeberverbände kritisierten die Pläne als zu teuer.           | 1",
            "ACTOR  | the deal was signed by Tamás Varga yesterday.                      | 0.5",
            "ACTOR  | Its commander, Lieutenant General Sabine Hartung, wants more staff. | 1",
            "ACTOR  | Neue Bahnchefin wird die frühere Managerin Petra Lind.            | 1",
            "PLACE  | Universities in Bavaria and Saxony are the most affected.          | 1",
            "REASON | The service attributes the decline to stricter security checks.    | 1",
            "REASON | The association credits cheaper electricity and new subsidies.     | 1",
            "REASON | Der Verband begründete den Rückgang mit hohen Zinsen.              | 1",
            "REASON | The number of students fell by eleven percent.                     | 0"})
    void aPassageOffersWhatIsAskedForFullyPartlyOrNot(AskedFor asked, String passage, double offered) {
        assertThat(asked.offeredBy(passage)).isEqualTo(offered);
    }

    @Test
    void aSentenceOpeningWithAPronounOrConnectiveLeansOnTheOneBefore() {
        assertThat(Passages.leansOnPrevious("Now they are offering it on the free market for 23 Bitcoin.")).isTrue();
        assertThat(Passages.leansOnPrevious("She cancelled the trip.")).isTrue();
        assertThat(Passages.leansOnPrevious("Dort fehlten der Koalition sieben Stimmen.")).isTrue();
        assertThat(Passages.leansOnPrevious("“This is a warning,” he said.")).isTrue();
        assertThat(Passages.leansOnPrevious("The society announced the decision on Tuesday.")).isTrue();
        assertThat(Passages.leansOnPrevious("Der Verband begründete den Schritt mit hohen Kosten.")).isTrue();
        assertThat(Passages.leansOnPrevious("The decision to close the mine came late.")).isFalse();
        assertThat(Passages.leansOnPrevious("The hackers copied the data.")).isFalse();
        assertThat(Passages.leansOnPrevious("Das Bundeskabinett hat das Rentenpaket beschlossen.")).isFalse();
    }

    @Test
    void passagesAreSentencesAndNeighbouringPairsWordForWordAndALeaningSentenceTakesTheOneBefore() {
        String paragraph = "Im Bundesrat erlitt die Regierung am Freitag eine Niederlage.  Die Länderkammer stoppte die Reform. "
                + "Dort fehlten der Koalition sieben Stimmen.";
        IndexUnit unit = new IndexUnit(new Source(Source.Kind.EDITORIAL, "e1.1", null, 1, "Berlin.Table", LocalDate.of(2026, 8, 18),
                null, null, "Paul Winter"), List.of(), "", List.of(paragraph), List.of());
        Passages passages = Passages.of(unit);

        assertThat(passages.sentences()).extracting(Passages.Passage::text).containsExactly(
                "Im Bundesrat erlitt die Regierung am Freitag eine Niederlage.", "Die Länderkammer stoppte die Reform.",
                "Dort fehlten der Koalition sieben Stimmen.");
        assertThat(passages.neighbours()).extracting(Passages.Passage::text).containsExactly(
                "Im Bundesrat erlitt die Regierung am Freitag eine Niederlage.  Die Länderkammer stoppte die Reform.",
                "Die Länderkammer stoppte die Reform. Dort fehlten der Koalition sieben Stimmen.");
        assertThat(passages.withLeanedOn(passages.sentences().get(2))).map(Passages.Passage::text)
                .contains("Die Länderkammer stoppte die Reform. Dort fehlten der Koalition sieben Stimmen.");
        assertThat(passages.withLeanedOn(passages.sentences().get(1))).isEmpty();
    }
}
