package io.briefbot.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak's requests to the replicas, alternating between them as a load balancer would, sent without waiting
 * for earlier ones (open loop): what each asked, how long it took, what failed, and which answers are still to
 * come through the platforms (a Slack command acknowledged empty, a Telegram update answered with an empty 200).
 */
final class Traffic {

    static final String ADMIN_TOKEN = "soak-admin-token-0123456789";
    private static final List<String> LINES = List.of("/today", "/today", "/today", "/today", "/today", "/today", "/tags",
            "/tag Economy", "/tag Cyber", "/issue yesterday", "/issue " + SoakIssues.FIRST_ARCHIVE_DAY.plusDays(7), "/search rates",
            "/search night buses", "/help", "/ask", "/ask", "/ask");
    private static final List<String> QUESTIONS = List.of("What did the central bank decide on rates?",
            "When will night buses run every twenty minutes?", "Which regions have a heatwave warning?",
            "What did the ministry announce about export quotas?", "Is a climate deal within reach?",
            "What happened to hospital waiting lists?");

    private final List<String> urls;
    private final ChatRequests chat;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261129);
    private final AtomicLong requestIds = new AtomicLong(1);
    private final AtomicLong inFlight = new AtomicLong();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<String, List<String>> errors = new ConcurrentHashMap<>();
    private final Map<Long, Pending> deferredSlack = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> deferredTelegram = new ConcurrentHashMap<>();
    private volatile Latencies latencies;
    private volatile boolean recording;

    Traffic(List<String> urls, ChatRequests chat) {
        this.urls = urls;
        this.chat = chat;
    }

    /** From now on requests are counted and timed; those before were warm-up. */
    void startRecording(long startNanos) {
        latencies = new Latencies(startNanos);
        recording = true;
    }

    void stopRecording() {
        recording = false;
    }

    Latencies latencies() {
        return latencies;
    }

    /** Requests made while recording, by kind. */
    Map<String, AtomicLong> sent() {
        return sent;
    }

    /** What went wrong, by kind of request; warm-up failures count too. */
    Map<String, List<String>> errors() {
        return errors;
    }

    /** A Slack command acknowledged empty, whose answer must come by response_url. */
    record Pending(long sentNanos, boolean timed) {
    }

    /** The Slack commands acknowledged empty, by request id (which their response_url names). */
    Map<Long, Pending> deferredSlack() {
        return deferredSlack;
    }

    /** Telegram updates answered with an empty 200, by chat: each must get a message through the Bot API. */
    Map<Long, AtomicLong> deferredTelegram() {
        return deferredTelegram;
    }

    void slackCommand() {
        long id = requestIds.getAndIncrement();
        String line = line();
        String channel = String.format("C0DESK%04d", random.nextInt(150));
        String user = String.format("U0READ%04d", random.nextInt(900));
        long sentAt = System.nanoTime();
        boolean timed = recording;
        track("slack command", sentAt, http.sendAsync(chat.slack(url(id), id, channel, user, line), HttpResponse.BodyHandlers.ofString()),
                response -> {
                    if (response.statusCode() != 200) {
                        return "HTTP " + response.statusCode() + " for Slack " + line + ": " + response.body();
                    }
                    if (response.body().isBlank()) {
                        deferredSlack.put(id, new Pending(sentAt, timed));
                    }
                    return null;
                });
    }

    void telegramCommand() {
        long id = requestIds.getAndIncrement();
        String line = line();
        long chatId = -1_001_000_000_000L - random.nextInt(300);
        long user = 5_000_000L + random.nextInt(900);
        track("telegram webhook", System.nanoTime(), http.sendAsync(chat.telegram(url(id), chatId, user, line), HttpResponse.BodyHandlers.ofString()),
                response -> {
                    if (response.statusCode() != 200) {
                        return "HTTP " + response.statusCode() + " for Telegram " + line + ": " + response.body();
                    }
                    if (response.body().isBlank()) {
                        deferredTelegram.computeIfAbsent(chatId, unused -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                });
    }

    /** Pushes an issue to a replica, expecting {@code expected} (201 stored, 200 corrected). */
    void ingest(int replica, String issue, LocalDate date, String publication, int expected) {
        String query = "?date=" + date + (publication == null ? "" : "&publication=" + publication.replace(" ", "%20"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(replica % urls.size()) + "/api/issues" + query))
                .timeout(ChatRequests.TIMEOUT)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", issue.startsWith("<") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(issue)).build();
        track("ingest", System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() == expected ? null
                        : "HTTP " + response.statusCode() + " (expected " + expected + ") for the issue of " + date + ": " + response.body());
    }

    /** Asks a replica for a delivery pass, on top of the passes it runs by itself. */
    void deliveryPass(int replica) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(replica % urls.size()) + "/api/admin/deliveries/run"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        track("delivery pass (admin)", System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() == 200 ? null : "HTTP " + response.statusCode() + " for a delivery pass: " + response.body());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (a minute at the most) until every request sent has its answer. */
    void awaitAnswers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Soak.sleepNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private String url(long id) {
        return urls.get((int) (id % urls.size()));
    }

    private String line() {
        synchronized (random) {
            String line = LINES.get(random.nextInt(LINES.size()));
            return line.equals("/ask") ? "/ask " + QUESTIONS.get(random.nextInt(QUESTIONS.size())) : line;
        }
    }

    private interface Check {
        /** @return what is wrong with the response, or null */
        String problem(HttpResponse<String> response);
    }

    private void track(String kind, long sentAt, CompletableFuture<HttpResponse<String>> response, Check check) {
        Latencies timing = recording ? latencies : null;
        inFlight.incrementAndGet();
        response.whenComplete((done, failure) -> {
            try {
                String problem = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage() : check.problem(done);
                if (timing != null) {
                    sent.computeIfAbsent(kind, unused -> new AtomicLong()).incrementAndGet();
                    timing.record(kind, sentAt, System.nanoTime());
                }
                if (problem != null) {
                    error(timing == null ? "warm-up " + kind : kind, problem);
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void error(String kind, String problem) {
        List<String> list = errors.computeIfAbsent(kind, unused -> new ArrayList<>());
        synchronized (list) {
            list.add(problem);
        }
    }
}
