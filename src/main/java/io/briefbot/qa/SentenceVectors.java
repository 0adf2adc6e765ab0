package io.briefbot.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of sentences that answers may quote, made when first needed, in one batch per answer, and remembered for
 * the most recent {@value #REMEMBERED} sentences: follow-ups and repeated questions quote the same units again.
 */
final class SentenceVectors {

    static final int REMEMBERED = 4096;

    private final Embedder embedder;
    private final Map<String, float[]> remembered = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    SentenceVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Each sentence's vector. */
    Map<String, float[]> of(List<String> sentences) {
        Map<String, float[]> vectors = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (remembered) {
            for (String sentence : sentences) {
                float[] vector = remembered.get(sentence);
                if (vector != null) {
                    vectors.put(sentence, vector);
                } else if (!missing.contains(sentence)) {
                    missing.add(sentence);
                }
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<float[]> made = embedder.embedAll(missing);
        synchronized (remembered) {
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), made.get(i));
                remembered.put(missing.get(i), made.get(i));
            }
        }
        return vectors;
    }
}
