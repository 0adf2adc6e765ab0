package io.briefbot.qa;

/** A unit the retriever found, with how well it covers the question's words and how close its meaning is. */
record Candidate(IndexUnit unit, double coverage, float similarity, double score) {

    Source source() {
        return unit.source();
    }
}
