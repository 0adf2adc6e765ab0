package io.briefbot.bench.soak;

import io.briefbot.ingest.parse.IssueGenerator;
import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.ExternalPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The soak (bench/soak.sh): two briefbot replicas sharing one PostgreSQL, under mixed traffic for a number of
 * minutes — signed Slack slash commands and Telegram webhook updates (/ask among them) spread over both, an issue
 * ingested every few seconds, daily posts falling due minute after minute, tag alerts and a correction mid-run, a
 * delivery pass asked for every minute on top of the replicas' own. Afterwards it checks that nothing failed, that
 * every deferred answer arrived once, and that what Slack and Telegram received is exactly what the delivery ledger
 * says was sent: one daily post per subscriber, one alert per follower and article, nothing lost or twice.
 *
 * <pre>
 *   Soak --jar target/quarkus-app/quarkus-run.jar --work /tmp/soak --today bench/today-issue.html
 *        [--minutes 10] [--slack 10] [--telegram 15] [--telegram-limit 30]
 * </pre>
 * Exits 1 when a check fails.
 */
public final class Soak {

    private static final String DATABASE = "briefbot";
    private static final String DB_USER = "briefbot_app";
    private static final String DB_PASSWORD = "soak-db-password";
    private static final String ADMIN_TOKEN = "soak-admin-token-0123456789";
    private static final int TELEGRAM_SUBSCRIBERS = 240;
    private static final int SLACK_CHANNEL_SUBSCRIBERS = 20;
    private static final int SLACK_DM_SUBSCRIBERS = 40;
    private static final int TELEGRAM_FOLLOWERS = 80;
    private static final int SEEDED_ISSUES = 40;
    private static final LocalDate FIRST_ARCHIVE_DAY = LocalDate.of(2018, 1, 1);
    private static final List<String> LINES = List.of("/today", "/today", "/today", "/today", "/today", "/today", "/tags",
            "/tag Economy", "/tag Cyber", "/issue yesterday", "/issue " + FIRST_ARCHIVE_DAY.plusDays(7), "/search rates",
            "/search night buses", "/help", "/ask", "/ask", "/ask");
    private static final List<String> QUESTIONS = List.of("What did the central bank decide on rates?",
            "When will night buses run every twenty minutes?", "Which regions have a heatwave warning?",
            "What did the ministry announce about export quotas?", "Is a climate deal within reach?",
            "What happened to hospital waiting lists?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Options options;
    private final PlatformStandIns platforms;
    private final ChatRequests chat;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261129);
    private final AtomicLong requestIds = new AtomicLong(1);
    private final AtomicLong inFlight = new AtomicLong();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<String, List<String>> errors = new ConcurrentHashMap<>();
    private final Map<Long, Long> deferredSlack = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> telegramDeferred = new ConcurrentHashMap<>();
    private final List<String> rss = new ArrayList<>();
    private final List<BriefbotProcess> replicas = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private ZoneId zone;
    private LocalDate today;
    private Latencies latencies = new Latencies(System.nanoTime());
    private long startNanos;
    private volatile boolean recording;
    private int archiveIngests;

    private Soak(Options options, PlatformStandIns platforms) {
        this.options = options;
        this.platforms = platforms;
        this.chat = new ChatRequests(platforms);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("briefbot.jar", options.jar.toString());
        Files.createDirectories(options.work);
        boolean passed;
        try (PlatformStandIns platforms = PlatformStandIns.start(options.telegramLimit);
             ExternalPostgres postgres = ExternalPostgres.start(Files.createDirectories(options.work.resolve("postgres")))) {
            postgres.asSuperuser("CREATE USER " + DB_USER + " PASSWORD '" + DB_PASSWORD + "'",
                    "CREATE DATABASE " + DATABASE + " OWNER " + DB_USER);
            Soak soak = new Soak(options, platforms);
            try {
                passed = soak.run(postgres);
            } finally {
                BriefbotProcess.destroyAll(options.work.resolve("replicas"));
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean run(ExternalPostgres postgres) throws Exception {
        zone = daytimeZone();
        today = LocalDate.now(zone);
        say("PostgreSQL " + postgres.describe() + "; time zone " + zone + ", today " + today);
        replicas.add(BriefbotProcess.launch(options.work.resolve("replicas/a"), replicaEnvironment(postgres, "a")));
        replicas.add(BriefbotProcess.launch(options.work.resolve("replicas/b"), replicaEnvironment(postgres, "b")));
        for (BriefbotProcess replica : replicas) {
            replica.awaitListening();
            urls.add("http://127.0.0.1:" + replica.httpPort());
        }
        for (String url : urls) {
            awaitReady(url);
        }
        say("replicas ready at " + urls);

        ingest(0, todayIssue(false), today, null, 201);
        for (int i = 0; i < SEEDED_ISSUES; i++) {
            ingest(i % 2, IssueGenerator.text(random), FIRST_ARCHIVE_DAY.plusDays(archiveIngests++), "Soak Archive", 201);
        }
        Instant start = Instant.now().plus(Duration.ofSeconds(90)).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        subscribeAndFollow(start);
        say("subscribed " + (TELEGRAM_SUBSCRIBERS + SLACK_CHANNEL_SUBSCRIBERS + SLACK_DM_SUBSCRIBERS) + " chats, slots each minute from "
                + start.plus(Duration.ofMinutes(1)) + "; warming up until " + start);

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        double[] owed = new double[2];
        ticker.scheduleAtFixedRate(() -> {
            owed[0] += options.slackRate / 100;
            owed[1] += options.telegramRate / 100;
            for (; owed[0] >= 1; owed[0]--) {
                slackCommand();
            }
            for (; owed[1] >= 1; owed[1]--) {
                telegramCommand();
            }
        }, 0, 10, TimeUnit.MILLISECONDS);

        sleepUntil(start);
        startNanos = System.nanoTime();
        latencies = new Latencies(startNanos);
        recording = true;
        sampleMemory(0);
        int minutes = options.minutes;
        long end = startNanos + TimeUnit.MINUTES.toNanos(minutes);
        int tick = 0;
        while (System.nanoTime() < end) {
            sleepNanos(startNanos + TimeUnit.SECONDS.toNanos(10L * (tick + 1)) - System.nanoTime());
            tick++;
            int second = tick * 10;
            ingest(tick % 2, IssueGenerator.text(random), FIRST_ARCHIVE_DAY.plusDays(archiveIngests++), "Soak Archive", 201);
            if (second % 60 == 0) {
                adminPass((second / 60) % 2);
                sampleMemory(second / 60);
            }
            if (second == roundTo10(minutes * 60 * 3 / 10)) {
                ingest(1, alertIssue(1), today.minusDays(1), "Soak Alerts One", 201);
            }
            if (second == roundTo10(minutes * 60 / 2)) {
                ingest(0, todayIssue(true), today, null, 200);
                say("today's issue corrected");
            }
            if (second == roundTo10(minutes * 60 * 7 / 10)) {
                ingest(0, alertIssue(2), today.minusDays(1), "Soak Alerts Two", 201);
            }
        }
        ticker.shutdown();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        recording = false;
        say("traffic stopped; waiting for answers in flight and for the ledger to empty");
        awaitInFlight();
        try (Connection db = postgres.connect(DATABASE, DB_USER, DB_PASSWORD)) {
            awaitLedgerSettled(db);
            Thread.sleep(15_000);   // anything answered late or sent twice arrives now
            return report(db);
        }
    }

    private Map<String, String> replicaEnvironment(ExternalPostgres postgres, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        env.put("JAVA_TOOL_OPTIONS", options.jvmOptions);
        env.put("BRIEFBOT_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("BRIEFBOT_INBOX_ENABLED", "false");
        env.put("BRIEFBOT_DELIVERY_RUNNER", "replica-" + name);
        env.put("BRIEFBOT_DEFAULT_TIME_ZONE", zone.getId());
        env.put("BRIEFBOT_ADMINS", slackAdmins());
        env.put("SLACK_BOT_TOKEN", "xoxb-soak-not-a-real-token");
        env.put("SLACK_SIGNING_SECRET", ChatRequests.SIGNING_SECRET);
        env.put("SLACK_API_URL", platforms.slackApiUrl());
        env.put("TELEGRAM_BOT_TOKEN", "424242:soak-not-a-real-token");
        env.put("TELEGRAM_API_URL", platforms.telegramApiUrl());
        env.put("TELEGRAM_WEBHOOK_URL", "https://briefbot.example.org/telegram/webhook");
        env.put("TELEGRAM_WEBHOOK_SECRET", ChatRequests.WEBHOOK_SECRET);
        env.put("BRIEFBOT_TELEGRAM_CHATS", "*");
        return env;
    }

    private static String slackAdmins() {
        List<String> admins = new ArrayList<>();
        for (int i = 1; i <= SLACK_CHANNEL_SUBSCRIBERS; i++) {
            admins.add(String.format("U0ADMIN%03d", i));
        }
        return String.join(",", admins);
    }

    // ---- setup ----

    private void subscribeAndFollow(Instant start) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < TELEGRAM_SUBSCRIBERS; i++) {
            long chatId = 710_000_001L + i;
            answers.add(send(chat.telegram(url(i), chatId, chatId, "/subscribe " + slot(start, i) + " " + zone.getId() + " daily")));
            if (i < TELEGRAM_FOLLOWERS) {
                answers.add(send(chat.telegram(url(i + 1), chatId, chatId, "/follow Cyber")));
            }
        }
        for (int i = 0; i < SLACK_CHANNEL_SUBSCRIBERS; i++) {
            String channel = String.format("C0SUB%04d", i + 1);
            String admin = String.format("U0ADMIN%03d", i + 1);
            answers.add(send(chat.slack(url(i), -1, channel, admin, "/briefing subscribe " + slot(start, i) + " " + zone.getId() + " daily")));
            answers.add(send(chat.slack(url(i + 1), -1, channel, admin, "/briefing follow Cyber")));
        }
        for (int i = 0; i < SLACK_DM_SUBSCRIBERS; i++) {
            String user = String.format("U0DM%05d", i + 1);
            answers.add(send(chat.slack(url(i), -1, String.format("D0DM%05d", i + 1), user,
                    "/briefing subscribe " + slot(start, i + 3) + " " + zone.getId() + " daily")));
        }
        long confirmed = answers.stream().filter(r -> r.statusCode() == 200
                && (r.body().contains("Subscribed") || r.body().contains("Following"))).count();
        if (confirmed != answers.size()) {
            throw new IllegalStateException(confirmed + " of " + answers.size() + " subscriptions and follows confirmed; first refusal: "
                    + answers.stream().filter(r -> !r.body().contains("Subscribed") && !r.body().contains("Following")).findFirst()
                    .map(r -> r.statusCode() + " " + r.body()).orElse("?"));
        }
    }

    /** Slots one to nine minutes into the run (or into a shorter run), local to the soak's zone. */
    private String slot(Instant start, int i) {
        int minutes = Math.max(1, options.minutes - 1);
        return start.plus(Duration.ofMinutes(1 + i % minutes)).atZone(zone).format(HH_MM);
    }

    private static ZoneId daytimeZone() {
        for (String candidate : List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata",
                "Pacific/Auckland", "America/Sao_Paulo", "Asia/Singapore")) {
            ZoneId zone = ZoneId.of(candidate);
            ZonedDateTime now = ZonedDateTime.now(zone);
            if (now.getHour() >= 5 && now.getHour() < 20) {
                return zone;
            }
        }
        return ZoneId.of("Europe/Berlin");
    }

    // ---- traffic ----

    private void slackCommand() {
        long id = requestIds.getAndIncrement();
        String line = line();
        String channel = String.format("C0DESK%04d", random.nextInt(150));
        String user = String.format("U0READ%04d", random.nextInt(900));
        String base = urls.get((int) (id % 2));
        long sentAt = System.nanoTime();
        boolean counted = recording;
        track("slack command", counted, sentAt, http.sendAsync(chat.slack(base, id, channel, user, line), HttpResponse.BodyHandlers.ofString()),
                response -> {
                    if (response.statusCode() != 200) {
                        return "HTTP " + response.statusCode() + " for Slack " + line + ": " + response.body();
                    }
                    if (response.body().isBlank()) {
                        deferredSlack.put(id, counted ? sentAt : -sentAt);
                    }
                    return null;
                });
    }

    private void telegramCommand() {
        long id = requestIds.getAndIncrement();
        String line = line();
        long chatId = -1_001_000_000_000L - random.nextInt(300);
        long user = 5_000_000L + random.nextInt(900);
        String base = urls.get((int) (id % 2));
        track("telegram webhook", recording, System.nanoTime(),
                http.sendAsync(chat.telegram(base, chatId, user, line), HttpResponse.BodyHandlers.ofString()),
                response -> {
                    if (response.statusCode() != 200) {
                        return "HTTP " + response.statusCode() + " for Telegram " + line + ": " + response.body();
                    }
                    if (response.body().isBlank()) {
                        telegramDeferred.computeIfAbsent(chatId, unused -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                });
    }

    private String line() {
        String line;
        synchronized (random) {
            line = LINES.get(random.nextInt(LINES.size()));
            if (line.equals("/ask")) {
                line = "/ask " + QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            }
        }
        return line;
    }

    private interface Check {
        /** @return what is wrong with the response, or null */
        String problem(HttpResponse<String> response);
    }

    private void track(String kind, boolean counted, long sentAt, java.util.concurrent.CompletableFuture<HttpResponse<String>> response,
                       Check check) {
        inFlight.incrementAndGet();
        response.whenComplete((done, failure) -> {
            try {
                long doneAt = System.nanoTime();
                String problem = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage() : check.problem(done);
                if (!counted) {
                    if (problem != null) {
                        error("warm-up " + kind, problem);
                    }
                    return;
                }
                sent.computeIfAbsent(kind, unused -> new AtomicLong()).incrementAndGet();
                latencies.record(kind, sentAt, doneAt);
                if (problem != null) {
                    error(kind, problem);
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void ingest(int replica, String issue, LocalDate date, String publication, int expected) {
        String query = "?date=" + date + (publication == null ? "" : "&publication=" + publication.replace(" ", "%20"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(replica) + "/api/issues" + query))
                .timeout(ChatRequests.TIMEOUT)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", issue.startsWith("<") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(issue)).build();
        track("ingest", recording, System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() == expected ? null
                        : "HTTP " + response.statusCode() + " (expected " + expected + ") for the issue of " + date + ": " + response.body());
        if (!recording) {
            awaitInFlight();
        }
    }

    private void adminPass(int replica) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(replica) + "/api/admin/deliveries/run"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        track("delivery pass (admin)", recording, System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() == 200 ? null : "HTTP " + response.statusCode() + " for a delivery pass: " + response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String url(int i) {
        return urls.get(i % urls.size());
    }

    private void error(String kind, String problem) {
        List<String> list = errors.computeIfAbsent(kind, unused -> new ArrayList<>());
        synchronized (list) {
            list.add(problem);
        }
    }

    // ---- issues ----

    private String todayIssue(boolean corrected) throws IOException {
        String issue = Files.readString(options.todayIssue);
        return corrected ? issue.replace("until the summer.", "until the autumn, the bank now says.") : issue;
    }

    /** Three articles, two of them tagged Cyber (followed by some chats), one Economy. */
    private static String alertIssue(int number) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Alerts ").append(number)
                .append("</title></head><body>\n<p>Table.Briefing: Alerts ").append(number).append("</p>\n<ul>\n");
        String[] titles = {"Ransomware gang hits port operator " + number, "Regulator fines bank over leaked records " + number,
            "Bond yields edge higher in quiet trading " + number};
        String[] tags = {"Cyber", "Cyber", "Economy"};
        for (String title : titles) {
            html.append("<li>").append(title).append("</li>\n");
        }
        html.append("</ul>\n<p>Dear reader,</p>\n<p>Two security stories lead today, and markets stay calm.</p>\n<p>Your Alerts Desk</p>\n");
        for (int i = 0; i < titles.length; i++) {
            html.append("<p>").append(tags[i]).append("</p>\n<h2><a href=\"https://news.example.org/alerts/").append(number).append('/')
                    .append(i + 1).append("\">").append(titles[i]).append("</a></h2>\n<p>What happened, and what follows from it, in brief ")
                    .append(number).append('.').append(i + 1).append(".</p>\n<ul><li>").append(tags[i]).append("</li></ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    // ---- waiting ----

    private void awaitReady(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " is not ready after 120 s");
    }

    private void awaitInFlight() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private void awaitLedgerSettled(Connection db) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (count(db, "select count(*) from delivery where state in ('pending', 'sending') or posted_revision < revision") == 0) {
                return;
            }
            sleepNanos(TimeUnit.SECONDS.toNanos(2));
        }
        say("the ledger still has deliveries pending after 240 s");
    }

    private void sampleMemory(int minute) {
        StringBuilder line = new StringBuilder(String.format("%3d", minute));
        for (BriefbotProcess replica : replicas) {
            line.append(String.format("  %8.0f", rssMegabytes(replica.handle().pid())));
        }
        synchronized (rss) {
            rss.add(line.toString());
        }
    }

    private static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    // ---- checks and report ----

    private boolean report(Connection db) throws Exception {
        sampleMemory(options.minutes);
        List<String> failures = new ArrayList<>();
        System.out.printf("%nsoak: %d minutes, two replicas, one PostgreSQL (%d cores); offered %.0f Slack + %.0f Telegram commands/s,"
                + " an ingest every 10 s%n", options.minutes, Runtime.getRuntime().availableProcessors(), options.slackRate, options.telegramRate);

        Map<Long, Long> answeredAt = firstHookArrivals();
        for (Map.Entry<Long, Long> deferred : deferredSlack.entrySet()) {
            Long arrived = answeredAt.get(deferred.getKey());
            if (arrived != null && deferred.getValue() > 0) {
                latencies.record("slack answer by response_url", deferred.getValue(), arrived);
            }
        }
        System.out.printf("%nlatency by minute (ms): count p50 p99%n");
        for (String kind : latencies.kinds()) {
            Map<Integer, Latencies.Summary> minutes = latencies.perMinute(kind);
            Latencies.Summary all = latencies.overall(kind);
            System.out.printf("  %-30s %s%n", kind, minutes.entrySet().stream()
                    .map(m -> String.format("%d:%d/%.1f/%.1f", m.getKey(), m.getValue().count(), m.getValue().p50(), m.getValue().p99()))
                    .collect(Collectors.joining(" ")));
            double[] stable = Latencies.medianAndWorst(minutes);
            System.out.printf("  %-30s all %d: p50 %.1f, p99 %.1f, max %.1f; p99 of the minutes: median %.1f, worst %.1f (%.2f×)%n", "",
                    all.count(), all.p50(), all.p99(), all.max(), stable[0], stable[1], stable[0] == 0 ? 0 : stable[1] / stable[0]);
        }

        System.out.printf("%nRSS (MB) by minute:   replica-a replica-b%n");
        rss.forEach(line -> System.out.println("  " + line));

        long requestErrors = errors.values().stream().mapToLong(List::size).sum();
        System.out.printf("%nrequests: %s; errors: %d%n", sent.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), requestErrors);
        errors.forEach((kind, list) -> System.out.printf("  %s: %d, first: %s%n", kind, list.size(), list.get(0)));
        if (requestErrors > 0) {
            failures.add(requestErrors + " requests failed");
        }

        Set<Long> expectedHooks = deferredSlack.keySet();
        long missing = expectedHooks.stream().filter(id -> !answeredAt.containsKey(id)).count();
        long twice = platforms.hookArrivals().values().stream().filter(list -> list.size() > 1).count();
        long unasked = platforms.hookArrivals().keySet().stream().map(Long::parseLong)
                .filter(id -> id > 0 && !expectedHooks.contains(id)).count();
        System.out.printf("Slack answers by response_url: %d expected, %d missing, %d posted twice, %d to a command already answered%n",
                expectedHooks.size(), missing, twice, unasked);
        if (missing + twice + unasked > 0) {
            failures.add("Slack deferred answers: " + missing + " missing, " + twice + " twice, " + unasked + " unasked");
        }

        long telegramShort = 0;
        for (Map.Entry<Long, AtomicLong> chatDeferred : telegramDeferred.entrySet()) {
            int received = platforms.posted().getOrDefault("telegram:" + chatDeferred.getKey(), List.of()).size();
            telegramShort += Math.max(0, chatDeferred.getValue().get() - received);
        }
        long deferredTelegram = telegramDeferred.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("Telegram answers through the Bot API: %d updates answered after the webhook's 200, %d without a message%n",
                deferredTelegram, telegramShort);
        if (telegramShort > 0) {
            failures.add(telegramShort + " Telegram commands without an answer");
        }

        failures.addAll(checkDeliveries(db));

        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> sentBy = new ArrayList<>();
        for (String url : urls) {
            String text = send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build()).body();
            Map<String, Double> own = new HashMap<>();
            sumMetric(own, text, "briefbot_deliveries_total", "state=\"sent\"");
            sentBy.add(String.format("replica-%s %.0f", (char) ('a' + sentBy.size()), own.values().iterator().next()));
            sumMetric(metrics, text, "briefbot_replies_failed_total");
            sumMetric(metrics, text, "briefbot_platform_429_total");
            sumMetric(metrics, text, "briefbot_commands_seconds_count", "outcome=\"failed\"");
            sumMetric(metrics, text, "briefbot_commands_seconds_count", "outcome=\"limited\"");
            sumMetric(metrics, text, "briefbot_deliveries_total", "state=\"failed\"");
            sumMetric(metrics, text, "briefbot_deliveries_total", "state=\"sent\"");
        }
        System.out.printf("metrics of both replicas: %s%n", metrics);
        System.out.printf("deliveries sent by %s%n", String.join(", ", sentBy));
        for (String bad : List.of("briefbot_replies_failed_total", "briefbot_commands_seconds_count{outcome=\"failed\"}",
                "briefbot_commands_seconds_count{outcome=\"limited\"}", "briefbot_deliveries_total{state=\"failed\"}")) {
            if (metrics.getOrDefault(bad, 0.0) > 0) {
                failures.add(bad + " = " + metrics.get(bad));
            }
        }
        System.out.printf("Telegram 429s answered by the stand-in: %d%n", platforms.telegramTooManyRequests());

        int logErrors = 0;
        for (BriefbotProcess replica : replicas) {
            List<String> lines = replica.output().lines().filter(line -> line.contains(" ERROR ")).toList();
            logErrors += lines.size();
            lines.stream().limit(3).forEach(line -> System.out.println("  " + line));
        }
        System.out.printf("ERROR lines in the replicas' logs: %d%n", logErrors);
        if (logErrors > 0) {
            failures.add(logErrors + " ERROR lines logged");
        }

        System.out.println(failures.isEmpty() ? "\nPASSED: no errors, nothing lost or duplicated" : "\nFAILED: " + String.join("; ", failures));
        return failures.isEmpty();
    }

    private List<String> checkDeliveries(Connection db) throws SQLException {
        List<String> failures = new ArrayList<>();
        Map<String, Long> states = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select kind, state, count(*) from delivery group by kind, state order by 1, 2")) {
            while (rows.next()) {
                states.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
            }
        }
        int subscribers = TELEGRAM_SUBSCRIBERS + SLACK_CHANNEL_SUBSCRIBERS + SLACK_DM_SUBSCRIBERS;
        long followers = count(db, "select count(*) from tag_follow");
        long alertArticles = count(db, "select count(*) from article a join issue i on i.id = a.issue_id"
                + " where 'cyber' = any(a.tag_keys) and i.edition_date >= date '" + today.minusDays(1) + "'");
        long dailySent = states.getOrDefault("daily sent", 0L);
        long alertsSent = states.getOrDefault("tag_alert sent", 0L);
        long unsettled = states.entrySet().stream().filter(e -> !e.getKey().endsWith(" sent")).mapToLong(Map.Entry::getValue).sum();
        long behind = count(db, "select count(*) from delivery where posted_revision < revision");
        System.out.printf("%ndelivery ledger: %s%n", states);
        System.out.printf("  daily posts sent %d of %d subscribers; tag alerts sent %d of %d followers × %d articles; %d not sent,"
                + " %d corrections not applied%n", dailySent, subscribers, alertsSent, followers, alertArticles, unsettled, behind);
        if (dailySent != subscribers || alertsSent != followers * alertArticles || unsettled > 0 || behind > 0 || alertArticles == 0) {
            failures.add("ledger: " + states + ", " + behind + " corrections behind");
        }

        Map<String, List<String>> ledgerIds = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select lower(platform) || ':' || chat_id || case when thread_id = '' then '' else '/' || thread_id end,"
                     + " unnest(message_ids) from delivery")) {
            while (rows.next()) {
                ledgerIds.computeIfAbsent(rows.getString(1), unused -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        long ledgerMessages = ledgerIds.values().stream().mapToLong(List::size).sum();
        long lost = 0;
        long duplicated = 0;
        long received = 0;
        for (Map.Entry<String, List<String>> destination : ledgerIds.entrySet()) {
            List<PlatformStandIns.Accepted> accepted = platforms.posted().getOrDefault(destination.getKey(), List.of());
            Set<String> acceptedIds = accepted.stream().map(PlatformStandIns.Accepted::id).collect(Collectors.toSet());
            Set<String> recorded = new HashSet<>(destination.getValue());
            received += accepted.size();
            lost += recorded.stream().filter(id -> !acceptedIds.contains(id)).count();
            duplicated += accepted.stream().filter(message -> !recorded.contains(message.id())).count();
        }
        System.out.printf("  messages: %d in the ledger, %d received by the subscribed chats; lost %d, duplicated %d; %d edits%n",
                ledgerMessages, received, lost, duplicated, platforms.edits());
        if (lost + duplicated > 0) {
            failures.add(lost + " delivery messages lost, " + duplicated + " duplicated");
        }
        return failures;
    }

    private Map<Long, Long> firstHookArrivals() {
        Map<Long, Long> first = new HashMap<>();
        platforms.hookArrivals().forEach((id, arrivals) -> {
            synchronized (arrivals) {
                first.put(Long.parseLong(id), arrivals.get(0));
            }
        });
        return first;
    }

    private static void sumMetric(Map<String, Double> sums, String text, String name, String... labels) {
        String key = labels.length == 0 ? name : name + "{" + String.join(",", labels) + "}";
        Matcher lines = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        double sum = 0;
        while (lines.find()) {
            String found = lines.group(1) == null ? "" : lines.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= found.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(lines.group(2));
            }
        }
        sums.merge(key, sum, Double::sum);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int roundTo10(int seconds) {
        return Math.max(10, seconds / 10 * 10);
    }

    private static void sleepUntil(Instant instant) {
        sleepNanos(Duration.between(Instant.now(), instant).toNanos());
    }

    private static void sleepNanos(long nanos) {
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void say(String message) {
        System.err.printf("[%s] %s%n", java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS), message);
    }

    private static final class Options {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        Path work;
        Path todayIssue = Path.of("bench/today-issue.html");
        int minutes = 10;
        double slackRate = 10;
        double telegramRate = 15;
        double telegramLimit = 30;
        String jvmOptions = "-Xmx512m";

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--jar" -> options.jar = Path.of(value);
                    case "--work" -> options.work = Path.of(value);
                    case "--today" -> options.todayIssue = Path.of(value);
                    case "--minutes" -> options.minutes = Integer.parseInt(value);
                    case "--slack" -> options.slackRate = Double.parseDouble(value);
                    case "--telegram" -> options.telegramRate = Double.parseDouble(value);
                    case "--telegram-limit" -> options.telegramLimit = Double.parseDouble(value);
                    case "--jvm" -> options.jvmOptions = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (options.work == null) {
                throw new IllegalArgumentException("--work <folder> is required");
            }
            return options;
        }
    }
}
