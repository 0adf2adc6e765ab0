package io.briefbot.qa;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** all-MiniLM-L6-v2 (quantized), in process: the model ships in its jar, nothing is downloaded. Loaded on first use. */
final class MiniLmEmbedder implements Embedder {

    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        float[] vector = model().embed(text).content().vector();
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
