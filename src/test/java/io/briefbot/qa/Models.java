package io.briefbot.qa;

/** The embedding model, loaded once for all the tests of a JVM that need it. */
final class Models {

    /** The model itself, which knows English only. */
    static final Embedder MINI_LM = new MiniLmEmbedder();
    /** The model as briefbot uses it: German text embedded as its English gloss. */
    static final Embedder GLOSSING_MINI_LM = new GlossingEmbedder(MINI_LM, Glossary.shared());

    private Models() {
    }
}
