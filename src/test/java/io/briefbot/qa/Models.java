package io.briefbot.qa;

/** The embedding model, loaded once for all the tests of a JVM that need it. */
final class Models {

    static final Embedder MINI_LM = new MiniLmEmbedder();

    private Models() {
    }
}
