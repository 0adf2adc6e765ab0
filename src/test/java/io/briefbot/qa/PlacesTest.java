package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regions and cities named in English or German, a city naming its region, and a capital standing for its government. */
class PlacesTest {

    private final Places places = Places.shared();

    @Test
    void aPlaceIsNamedByAnyOfItsFormsAndNamesTheRegionItLiesIn() {
        assertThat(places.named("Allein im Oktober musste der Münchner Flughafen zweimal schließen.")).containsExactlyInAnyOrder("Bavaria", "Munich");
        assertThat(places.named("The port of Rotterdam and the port of Hamburg")).contains("Rotterdam", "Hamburg");
        assertThat(places.named("Die Kommission hat die Umweltauflagen gelockert.")).isEmpty();
    }

    @Test
    void aCapitalIsAskedAboutOnlyWhereItStandsAsAPlace() {
        assertThat(places.askedAbout("What did Beijing put on its export control list?")).isEmpty();
        assertThat(places.askedAbout("Was will Berlin gegen die Zölle tun?")).isEmpty();
        assertThat(places.askedAbout("How many pandas live in the zoo in Berlin?")).containsExactly("Berlin");
        assertThat(places.askedAbout("Wann wird die Strecke zwischen Hamburg und Bremen gesperrt?")).containsExactlyInAnyOrder("Bremen", "Hamburg");
        assertThat(places.askedAbout("Wie viele Exzellenzcluster gehen nach Bayern?")).containsExactly("Bavaria");
    }

    @Test
    void theLongestNameWinsOverTheNameItContains() {
        assertThat(places.askedAbout("Where was the swine fever found in Lower Saxony?")).containsExactly("Lower Saxony");
        assertThat(places.named("Ein Fall in Niedersachsen, keiner in Sachsen-Anhalt")).containsExactlyInAnyOrder("Lower Saxony", "Saxony-Anhalt");
    }
}
