package io.briefbot.qa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Questions to the archive: its search index, the sentence embeddings and an optional language model. */
@ConfigMapping(prefix = "briefbot.qa")
public interface QaConfig {

    /** Where the search index lives (BRIEFBOT_QA_INDEX; default the data folder's index/). */
    Path index();

    /** Whether articles are also found by meaning, with in-process sentence embeddings (BRIEFBOT_QA_EMBEDDINGS). */
    @WithDefault("true")
    boolean embeddings();

    /** How strongly newer issues are preferred: 0 not at all, 0.2 breaks near ties (BRIEFBOT_QA_RECENCY). */
    @WithDefault("0.15")
    double recency();

    /** After how many days an issue's recency bonus has halved (BRIEFBOT_QA_RECENCY_HALF_LIFE). */
    @WithDefault("30")
    int recencyHalfLifeDays();

    /** The share of a question's weighted words an article must contain to answer it (BRIEFBOT_QA_MIN_COVERAGE). */
    @WithDefault("0.6")
    double minCoverage();

    /** The cosine similarity at which an article answers a question by meaning alone (BRIEFBOT_QA_MIN_SIMILARITY). */
    @WithDefault("0.62")
    double minSimilarity();

    /** How often the index is compared with the database, for other replicas' ingests (BRIEFBOT_QA_CATCH_UP). */
    @WithDefault("10s")
    Duration catchUp();

    /** An OpenAI-compatible endpoint (or Ollama's /v1) that phrases answers; unset, nothing leaves the machine. */
    Optional<String> llmBaseUrl();

    @WithDefault("gpt-4o-mini")
    String llmModel();

    Optional<String> llmApiKey();

    @WithDefault("20s")
    Duration llmTimeout();
}
