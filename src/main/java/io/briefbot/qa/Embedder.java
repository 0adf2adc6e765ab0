package io.briefbot.qa;

/** Turns text into a unit-length vector whose dot product with another says how close their meanings are. */
interface Embedder {

    float[] embed(String text);
}
