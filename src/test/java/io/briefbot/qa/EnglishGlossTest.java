package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class EnglishGlossTest {

    private static final Glossary GLOSSARY = Glossary.read(new BufferedReader(new StringReader(String.join("\n",
            "Rechenzentrum | data centre",
            "Rechenzentren | data centres",
            "Strom | electricity",
            "Strom | power",
            "Behörde | authority",
            "Datenschutz | data protection",
            "Wasserstoff | hydrogen",
            "verbrauchen | consume",
            "neu | new",
            "in Kraft treten | take effect"))));
    private final EnglishGloss gloss = new EnglishGloss(GLOSSARY);

    @Test
    void germanWordsTheGlossaryKnowsAreGivenInEnglishByTheirFirstSenseAndNamesAreKept() {
        assertThat(gloss.of("Wie viel Strom verbrauchen die Rechenzentren von Alibaba?"))
                .isEqualTo("how much electricity consume data centres Alibaba");
    }

    @Test
    void aPhraseIsGivenAsOneAndAnInflectedWordByItsBaseForm() {
        assertThat(gloss.of("Wann wird das neue Gesetz in Kraft treten?")).isEqualTo("when new Gesetz take effect");
    }

    @Test
    void aCompoundIsGivenByTheParts() {
        assertThat(gloss.of("Die Datenschutzbehörde prüft die Wasserstoffpläne.")).isEqualTo("data protection authority prüft hydrogen");
    }

    @Test
    void englishTextIsLeftAsItIs() {
        String english = "How much electricity do Alibaba's data centres use?";
        assertThat(gloss.of(english)).isEqualTo(english);
    }

    @Test
    void withTheGlossAGermanTextComesCloserInMeaningToTheEnglishTextThatSaysTheSame() {
        String german = "Die neuen Rechenzentren verbrauchen so viel Strom wie eine Großstadt.";
        String english = "The new data centres consume as much electricity as a large city.";
        float[] inEnglish = Models.MINI_LM.embed(english);
        float asWritten = VectorUtil.dotProduct(Models.MINI_LM.embed(german), inEnglish);
        float glossed = VectorUtil.dotProduct(new GlossingEmbedder(Models.MINI_LM, GLOSSARY).embed(german), inEnglish);
        assertThat(glossed).as("as written: %s", asWritten).isGreaterThan(asWritten + 0.1f);
    }
}
