package io.briefbot.bench.soak;

import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.ExternalPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The soak (bench/soak.sh): two briefbot replicas sharing one PostgreSQL, under mixed traffic for a number of
 * minutes — signed Slack slash commands and Telegram webhook updates (/ask among them) spread over both, an issue
 * ingested every 10 s, daily posts falling due minute after minute, tag alerts and a correction mid-run, a
 * delivery pass asked for every minute on top of the replicas' own. Afterwards it checks that nothing failed, that
 * every deferred answer arrived once, and that what Slack and Telegram received is exactly what the delivery ledger
 * says was sent. Exits 1 when a check fails.
 *
 * <pre>
 *   Soak --jar target/quarkus-app/quarkus-run.jar --work /tmp/soak --today bench/today-issue.html
 *        [--minutes 10] [--slack 25] [--telegram 35] [--telegram-limit 30] [--jvm -Xmx512m]
 * </pre>
 */
public final class Soak {

    private static final String DATABASE = "briefbot";
    private static final String DB_USER = "briefbot_app";
    private static final String DB_PASSWORD = "soak-db-password";
    private static final int TELEGRAM_SUBSCRIBERS = 240;
    private static final int SLACK_CHANNEL_SUBSCRIBERS = 20;
    private static final int SLACK_DM_SUBSCRIBERS = 40;
    private static final int SUBSCRIBERS = TELEGRAM_SUBSCRIBERS + SLACK_CHANNEL_SUBSCRIBERS + SLACK_DM_SUBSCRIBERS;
    private static final int TELEGRAM_FOLLOWERS = 80;
    private static final int SEEDED_ISSUES = 40;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SoakOptions options;
    private final PlatformStandIns platforms;
    private final ChatRequests chat;
    private final SoakIssues issues;
    private final List<BriefbotProcess> replicas = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    // health and metrics: each replica's management port
    private final List<String> managementUrls = new ArrayList<>();
    private final List<String> rss = new ArrayList<>();
    private final Traffic traffic;
    private final ZoneId zone = daytimeZone();
    private final LocalDate today = LocalDate.now(zone);

    private Soak(SoakOptions options, PlatformStandIns platforms) {
        this.options = options;
        this.platforms = platforms;
        this.chat = new ChatRequests(platforms);
        this.issues = new SoakIssues(options.todayIssue);
        this.traffic = new Traffic(urls, chat);
    }

    public static void main(String[] args) throws Exception {
        SoakOptions options = SoakOptions.parse(args);
        System.setProperty("briefbot.jar", options.jar.toString());
        Files.createDirectories(options.work);
        boolean passed;
        try (PlatformStandIns platforms = PlatformStandIns.start(options.telegramLimit);
             ExternalPostgres postgres = ExternalPostgres.start(Files.createDirectories(options.work.resolve("postgres")))) {
            postgres.asSuperuser("CREATE USER " + DB_USER + " PASSWORD '" + DB_PASSWORD + "'",
                    "CREATE DATABASE " + DATABASE + " OWNER " + DB_USER);
            try {
                passed = new Soak(options, platforms).run(postgres);
            } finally {
                BriefbotProcess.destroyAll(options.work.resolve("replicas"));
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean run(ExternalPostgres postgres) throws Exception {
        say("PostgreSQL " + postgres.describe() + "; time zone " + zone + ", today " + today);
        startReplicas(postgres);
        traffic.ingest(0, issues.today(false), today, null, 201);
        for (int i = 0; i < SEEDED_ISSUES; i++) {
            ingestArchived(i);
        }
        traffic.awaitAnswers();
        Instant start = Instant.now().plus(Duration.ofSeconds(90)).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        subscribeAndFollow(start);
        say("subscribed " + SUBSCRIBERS + " chats, slots each minute from " + start.plus(Duration.ofMinutes(1))
                + "; warming up until " + start);

        ScheduledExecutorService commands = offerCommands();
        sleepNanos(Duration.between(Instant.now(), start).toNanos());
        long startNanos = System.nanoTime();
        traffic.startRecording(startNanos);
        sampleMemory(0);
        runEvents(startNanos);
        commands.shutdown();
        commands.awaitTermination(5, TimeUnit.SECONDS);
        traffic.stopRecording();
        say("traffic stopped; waiting for answers in flight and for the ledger to settle");
        traffic.awaitAnswers();

        try (Connection db = postgres.connect(DATABASE, DB_USER, DB_PASSWORD)) {
            LedgerCheck ledger = new LedgerCheck(db, platforms);
            ledger.awaitSettled();
            Thread.sleep(15_000);   // anything answered late or sent twice arrives now
            sampleMemory(options.minutes);
            System.out.printf("%nsoak: %d minutes, two replicas, one PostgreSQL (%d cores); offered %.0f Slack + %.0f Telegram"
                    + " commands/s, an ingest every 10 s%n", options.minutes, Runtime.getRuntime().availableProcessors(),
                    options.slackRate, options.telegramRate);
            SoakReport report = new SoakReport(traffic, platforms);
            report.latencies();
            report.memory(rss);
            report.requests();
            report.slackAnswers();
            report.telegramAnswers();
            report.deliveries(ledger.check(SUBSCRIBERS, today.minusDays(1)));
            report.metrics(managementUrls);
            report.logs(replicas);
            return report.verdict();
        }
    }

    private void startReplicas(ExternalPostgres postgres) throws Exception {
        for (String name : List.of("a", "b")) {
            replicas.add(BriefbotProcess.launch(options.work.resolve("replicas/" + name), replicaEnvironment(postgres, name)));
        }
        for (BriefbotProcess replica : replicas) {
            replica.awaitListening();
            urls.add("http://127.0.0.1:" + replica.httpPort());
            managementUrls.add("http://127.0.0.1:" + replica.managementPort());
        }
        for (String url : managementUrls) {
            awaitReady(url);
        }
        say("replicas ready at " + urls);
    }

    private Map<String, String> replicaEnvironment(ExternalPostgres postgres, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        env.put("JAVA_TOOL_OPTIONS", options.jvmOptions);
        env.put("BRIEFBOT_ADMIN_TOKEN", Traffic.ADMIN_TOKEN);
        env.put("BRIEFBOT_INBOX_ENABLED", "false");
        env.put("BRIEFBOT_DELIVERY_RUNNER", "replica-" + name);
        env.put("BRIEFBOT_DEFAULT_TIME_ZONE", zone.getId());
        env.put("BRIEFBOT_ADMINS", String.join(",", channelAdmins()));
        env.put("SLACK_BOT_TOKEN", "soak-bot-token-not-real");
        env.put("SLACK_SIGNING_SECRET", ChatRequests.SIGNING_SECRET);
        env.put("SLACK_API_URL", platforms.slackApiUrl());
        env.put("TELEGRAM_BOT_TOKEN", "424242:soak-not-a-real-token");
        env.put("TELEGRAM_API_URL", platforms.telegramApiUrl());
        env.put("TELEGRAM_WEBHOOK_URL", "https://briefbot.example.org/telegram/webhook");
        env.put("TELEGRAM_WEBHOOK_SECRET", ChatRequests.WEBHOOK_SECRET);
        env.put("BRIEFBOT_TELEGRAM_CHATS", "*");
        return env;
    }

    /** Slack channels are managed by their admins (BRIEFBOT_ADMINS here), direct messages by their user. */
    private static List<String> channelAdmins() {
        List<String> admins = new ArrayList<>();
        for (int i = 1; i <= SLACK_CHANNEL_SUBSCRIBERS; i++) {
            admins.add(String.format("U0ADMIN%03d", i));
        }
        return admins;
    }

    /**
     * Private Telegram chats, Slack channels and Slack direct messages subscribe, through the commands, with slots one
     * to nine minutes into the run; some of them follow #Cyber.
     */
    private void subscribeAndFollow(Instant start) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        String zoneAndDays = " " + zone.getId() + " daily";
        for (int i = 0; i < TELEGRAM_SUBSCRIBERS; i++) {
            long chatId = 710_000_001L + i;
            answers.add(traffic.send(chat.telegram(url(i), chatId, chatId, "/subscribe " + slot(start, i) + zoneAndDays)));
            if (i < TELEGRAM_FOLLOWERS) {
                answers.add(traffic.send(chat.telegram(url(i + 1), chatId, chatId, "/follow Cyber")));
            }
        }
        List<String> admins = channelAdmins();
        for (int i = 0; i < SLACK_CHANNEL_SUBSCRIBERS; i++) {
            String channel = String.format("C0SUB%04d", i + 1);
            answers.add(traffic.send(chat.slack(url(i), 0, channel, admins.get(i), "/briefing subscribe " + slot(start, i) + zoneAndDays)));
            answers.add(traffic.send(chat.slack(url(i + 1), 0, channel, admins.get(i), "/briefing follow Cyber")));
        }
        for (int i = 0; i < SLACK_DM_SUBSCRIBERS; i++) {
            String user = String.format("U0DM%05d", i + 1);
            answers.add(traffic.send(chat.slack(url(i), 0, String.format("D0DM%05d", i + 1), user,
                    "/briefing subscribe " + slot(start, i + 3) + zoneAndDays)));
        }
        List<HttpResponse<String>> refused = answers.stream()
                .filter(r -> r.statusCode() != 200 || !(r.body().contains("Subscribed") || r.body().contains("Following"))).toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException(refused.size() + " of " + answers.size() + " subscriptions and follows not confirmed; first: "
                    + refused.get(0).statusCode() + " " + refused.get(0).body());
        }
    }

    /** Slots one to nine minutes into the run (fewer in a shorter run), local to the soak's zone. */
    private String slot(Instant start, int i) {
        int minutes = Math.max(1, options.minutes - 1);
        return start.plus(Duration.ofMinutes(1 + i % minutes)).atZone(zone).format(HH_MM);
    }

    /** Slack and Telegram commands at their rates, every 10 ms, from the warm-up to the end of the run. */
    private ScheduledExecutorService offerCommands() {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        double[] owed = new double[2];
        ticker.scheduleAtFixedRate(() -> {
            owed[0] += options.slackRate / 100;
            owed[1] += options.telegramRate / 100;
            for (; owed[0] >= 1; owed[0]--) {
                traffic.slackCommand();
            }
            for (; owed[1] >= 1; owed[1]--) {
                traffic.telegramCommand();
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        return ticker;
    }

    /**
     * Every 10 s an archive issue; every minute a delivery pass asked of one replica and the memory sampled; at 30 % and
     * 70 % of the run an issue with tag alerts; halfway, today's issue corrected.
     */
    private void runEvents(long startNanos) throws IOException {
        int seconds = options.minutes * 60;
        for (int second = 10; second <= seconds; second += 10) {
            sleepNanos(startNanos + TimeUnit.SECONDS.toNanos(second) - System.nanoTime());
            ingestArchived(second / 10);
            if (second % 60 == 0) {
                traffic.deliveryPass(second / 60);
                sampleMemory(second / 60);
            }
            if (second == roundTo10(seconds * 3 / 10)) {
                traffic.ingest(1, SoakIssues.alerts(1), today.minusDays(1), "Soak Alerts One", 201);
            }
            if (second == roundTo10(seconds / 2)) {
                traffic.ingest(0, issues.today(true), today, null, 200);
                say("today's issue corrected");
            }
            if (second == roundTo10(seconds * 7 / 10)) {
                traffic.ingest(0, SoakIssues.alerts(2), today.minusDays(1), "Soak Alerts Two", 201);
            }
        }
    }

    private void ingestArchived(int replica) {
        SoakIssues.Archived issue = issues.nextArchived();
        traffic.ingest(replica, issue.text(), issue.date(), SoakIssues.ARCHIVE, 201);
    }

    private String url(int i) {
        return urls.get(i % urls.size());
    }

    private void awaitReady(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (traffic.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " is not ready after 120 s");
    }

    private void sampleMemory(int minute) {
        StringBuilder line = new StringBuilder(String.format("%3d", minute));
        for (BriefbotProcess replica : replicas) {
            line.append(String.format("  %8.0f", rssMegabytes(replica.handle().pid())));
        }
        rss.add(line.toString());
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

    /** A zone where the run falls in the day, so that "today" is one date from its start to its end. */
    private static ZoneId daytimeZone() {
        for (String candidate : List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata",
                "Pacific/Auckland", "America/Sao_Paulo", "Asia/Singapore")) {
            ZoneId zone = ZoneId.of(candidate);
            int hour = ZonedDateTime.now(zone).getHour();
            if (hour >= 5 && hour < 20) {
                return zone;
            }
        }
        return ZoneId.of("Europe/Berlin");
    }

    private static int roundTo10(int seconds) {
        return Math.max(10, seconds / 10 * 10);
    }

    static void sleepNanos(long nanos) {
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void say(String message) {
        System.err.printf("[%s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), message);
    }
}
