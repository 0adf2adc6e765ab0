package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inflected question words find their glossary entries, and German verbs the forms the archive writes them in. */
class WordFormsTest {

    private static final Glossary GLOSSARY = Glossary.read(new BufferedReader(new StringReader(String.join("\n",
            "investieren | invest", "verkaufen | sell", "Hersteller | maker", "Bus | bus", "Register | registry"))));

    @Test
    void inflectedWordsFindTheirBaseForms() {
        assertThat(WordForms.lemmas("investiert")).contains("investieren");
        assertThat(WordForms.lemmas("gefordert")).contains("fordern");
        assertThat(WordForms.lemmas("approved")).contains("approve");
        assertThat(WordForms.lemmas("buses")).contains("bus");
        assertThat(WordForms.lemmas("planning")).contains("plan");
    }

    @Test
    void regularGermanVerbsAreConjugatedAndOtherWordsAreNot() {
        assertThat(WordForms.conjugated("fordern")).contains("fordert", "forderte", "gefordert");
        assertThat(WordForms.conjugated("investieren")).contains("investiert", "investierte").doesNotContain("geinvestiert");
        assertThat(WordForms.conjugated("verkaufen")).contains("verkauft").doesNotContain("geverkauft");
        assertThat(WordForms.conjugated("Bus")).isEmpty();
        assertThat(WordForms.conjugated("ablehnen")).contains("ablehnt", "abgelehnt", "lehnt", "lehnte");
        assertThat(WordForms.conjugated("aufrusten")).contains("aufgerustet", "rustet");
        assertThat(WordForms.conjugated("antworten")).contains("geantwortet");
        assertThat(WordForms.conjugated("beraten")).doesNotContain("begeraten");
    }

    @Test
    void aQuestionWordIsTranslatedInWhateverFormItIsWritten() {
        assertThat(GLOSSARY.translateAnyForm("investiert")).contains("invest");
        assertThat(GLOSSARY.translateAnyForm("sells")).contains("verkaufen", "verkauft");
        assertThat(GLOSSARY.translateAnyForm("buses")).contains("bus");
        assertThat(GLOSSARY.translateAnyForm("unheard")).isEmpty();
    }

    @Test
    void anUnknownCompoundIsSplitIntoTheWordsTheArchiveKnows() {
        Set<String> archive = Set.of("vehicle", "registry", "bus", "maker");
        CompoundSplitter splitter = new CompoundSplitter(GLOSSARY);

        Optional<Concept> registry = splitter.split(new Concept("Busregister", java.util.List.of("Busregister"), java.util.List.of(), true),
                archive::contains);
        Optional<Concept> nothingKnown = splitter.split(new Concept("Fahrradweg", java.util.List.of("Fahrradweg"), java.util.List.of(), true),
                archive::contains);

        assertThat(registry).map(Concept::forms).get().asList().contains("bus registry");
        assertThat(registry).map(Concept::looseForms).get().asList().contains("registry");
        assertThat(nothingKnown).isEmpty();
    }
}
