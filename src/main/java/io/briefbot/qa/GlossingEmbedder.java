package io.briefbot.qa;

import java.util.List;

/**
 * An English-only model that embeds German text as its {@link EnglishGloss}: German text by itself lands near nothing
 * in such a model, so a German question would not find an English article by meaning, nor the reverse.
 */
final class GlossingEmbedder implements Embedder {

    private final Embedder english;
    private final EnglishGloss gloss;

    GlossingEmbedder(Embedder english, Glossary glossary) {
        this.english = english;
        this.gloss = new EnglishGloss(glossary);
    }

    @Override
    public float[] embed(String text) {
        return english.embed(gloss.of(text));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return english.embedAll(texts.stream().map(gloss::of).toList());
    }
}
