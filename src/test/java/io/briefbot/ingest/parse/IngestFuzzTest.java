package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefbot.archive.Issue;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.Subscription;
import io.briefbot.delivery.TagFollow;
import io.briefbot.testing.Archive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 100,000 hostile inputs through {@code POST /api/issues}, from a few concurrent senders: never a 5xx, every
 * refusal a problem body with a reason, and nothing stored from a refused input: the archive holds exactly the
 * issues answered 201, and every stored content is one of the accepted inputs.
 */
@QuarkusTest
class IngestFuzzTest {

    private static final int INPUTS = 100_000;
    private static final int SENDERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/issues")
    URI issues;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void hostileInputsAreStoredWholeOrNotAtAll() throws Exception {
        // no chat left subscribed by an earlier test: what each stored issue sets off stays the same from run to run
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery.deleteAll();
            Subscription.deleteAll();
            TagFollow.deleteAll();
        });
        Archive.clear();
        long seed = Long.getLong("fuzz.seed", 20_261_129L) + 1;
        Feed feed = new Feed(new HostileInputs(seed));
        Tally tally = new Tally();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(senders.submit(() -> send(feed, tally)));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        } finally {
            senders.shutdownNow();
        }
        tally.print(seed, System.nanoTime() - start);

        assertThat(tally.problems).as("seed " + seed + ", " + tally.problemCount + " problems").isEmpty();
        assertThat(tally.answered).hasValue(INPUTS);
        assertThat(tally.refused).hasPositiveValue();
        assertThat(tally.createdIds).isNotEmpty();
        assertThat(tally.createdIds).as("issues named by a 200 were created by a 201 of this run").containsAll(tally.answeredIds);
        List<Stored> stored = QuarkusTransaction.requiringNew().<List<Stored>>call(() -> Issue.<Issue>streamAll()
                .map(issue -> new Stored(issue.id, issue.contentHash,
                        issue.articles.isEmpty() && issue.headlines.isEmpty() && issue.editorialParagraphs.isEmpty(),
                        issue.publication + " " + issue.date))
                .toList());
        assertThat(stored).extracting(Stored::id).as("issues stored: one per 201")
                .containsExactlyInAnyOrderElementsOf(tally.createdIds);
        assertThat(stored).filteredOn(issue -> !tally.acceptedHashes.contains(issue.contentHash()))
                .as("stored issues whose content no accepted input had").isEmpty();
        assertThat(stored).filteredOn(Stored::hollow).as("stored issues without any content").isEmpty();
    }

    private void send(Feed feed, Tally tally) {
        for (HostileInputs.Input input = feed.next(); input != null; input = feed.next()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(issues)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer test-admin-token")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(input.bytes()));
            if (input.contentType() != null) {
                request.header("Content-Type", input.contentType());
            }
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                tally.record(input, response, System.nanoTime() - sent);
            } catch (IOException e) {
                tally.problem(e + " for " + input.preview());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The generator's inputs, in its order, to whichever sender asks next. */
    private static final class Feed {

        private final HostileInputs generator;
        private int taken;

        Feed(HostileInputs generator) {
            this.generator = generator;
        }

        synchronized HostileInputs.Input next() {
            if (taken == INPUTS) {
                return null;
            }
            taken++;
            return generator.next();
        }
    }

    private record Stored(Long id, String contentHash, boolean hollow, String edition) {
    }

    /** What the senders saw, shared between them. */
    private static final class Tally {

        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        final Set<Long> createdIds = ConcurrentHashMap.newKeySet();
        final Set<Long> answeredIds = ConcurrentHashMap.newKeySet();
        final Set<String> acceptedHashes = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        final AtomicInteger problemCount = new AtomicInteger();
        private final long[] nanos = new long[INPUTS];
        private String slowest = "";
        private long slowestNanos;

        void record(HostileInputs.Input input, HttpResponse<String> response, long elapsed) {
            int at = answered.getAndIncrement();
            nanos[at] = elapsed;
            noteIfSlowest(input, elapsed, at);
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            switch (status) {
                case 201, 200 -> accepted(input, status, response.body());
                case 400, 413, 422 -> {
                    refused.incrementAndGet();
                    if (!contentType.startsWith("application/problem+json") || detail(response.body()).isBlank()) {
                        problem(status + " without a problem body for " + input.preview());
                    }
                }
                default -> problem(status + " for " + input.preview());
            }
        }

        private void accepted(HostileInputs.Input input, int status, String body) {
            JsonNode answer = json(body);
            long id = answer.path("id").asLong(-1);
            String outcome = answer.path("outcome").asText();
            acceptedHashes.add(sha256(input.bytes()));
            if (status == 201 && outcome.equals("CREATED")) {
                if (!createdIds.add(id)) {
                    problem("issue " + id + " answered as created twice");
                }
            } else if (status == 200 && outcome.equals("UPDATED")) {
                updated.incrementAndGet();
                answeredIds.add(id);
            } else if (status == 200 && outcome.equals("DUPLICATE")) {
                duplicates.incrementAndGet();
                answeredIds.add(id);
            } else {
                problem(status + " " + outcome + " (issue " + id + ") for " + input.preview());
            }
        }

        void problem(String problem) {
            if (problemCount.incrementAndGet() <= 20) {
                problems.add(problem);
            }
        }

        private synchronized void noteIfSlowest(HostileInputs.Input input, long elapsed, int answer) {
            if (elapsed > slowestNanos) {
                slowestNanos = elapsed;
                slowest = "answer " + (answer + 1) + ": " + input.kind() + ", " + input.bytes().length + " bytes";
            }
        }

        void print(long seed, long elapsed) {
            int n = answered.get();
            if (n == 0) {
                return;
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            System.out.printf("ingest fuzz seed %d: %d inputs in %.1f s from %d senders: %d created, %d updated, %d duplicates,"
                            + " %d refused; per request p50 %.2f ms, p99 %.2f ms, max %.1f ms (%s)%n",
                    seed, n, elapsed / 1e9, SENDERS, createdIds.size(), updated.get(), duplicates.get(), refused.get(),
                    sorted[n / 2] / 1e6, sorted[n * 99 / 100] / 1e6, sorted[n - 1] / 1e6, slowest);
        }

        private static JsonNode json(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        private static String detail(String body) {
            return json(body).path("detail").asText("");
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
