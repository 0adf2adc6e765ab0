package io.briefbot.qa;

import java.util.List;

/** Turns text into a unit-length vector whose dot product with another says how close their meanings are. */
interface Embedder {

    float[] embed(String text);

    /** Several texts at once, which a model may do faster than one by one; in their order. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
