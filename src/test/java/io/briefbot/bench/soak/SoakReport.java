package io.briefbot.bench.soak;

import io.briefbot.testing.BriefbotProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the soak prints at its end: latency per minute and kind, each replica's memory, and the checks on what the
 * requests, the platforms and the replicas' metrics and logs say. Each check that fails is a line of the verdict.
 */
final class SoakReport {

    private static final List<String> MUST_BE_ZERO = List.of("briefbot_replies_failed_total",
            "briefbot_commands_seconds_count{outcome=\"failed\"}", "briefbot_commands_seconds_count{outcome=\"limited\"}",
            "briefbot_deliveries_total{state=\"failed\"}");

    private final Traffic traffic;
    private final PlatformStandIns platforms;
    private final List<String> failures = new ArrayList<>();

    SoakReport(Traffic traffic, PlatformStandIns platforms) {
        this.traffic = traffic;
        this.platforms = platforms;
    }

    void latencies() {
        Latencies latencies = traffic.latencies();
        Map<Long, Long> answeredAt = firstHookArrivals();
        traffic.deferredSlack().forEach((id, pending) -> {
            Long arrived = answeredAt.get(id);
            if (arrived != null && pending.timed()) {
                latencies.record("slack answer by response_url", pending.sentNanos(), arrived);
            }
        });
        System.out.printf("%nlatency by minute (ms): minute:count/p50/p99%n");
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
    }

    void memory(List<String> rssByMinute) {
        System.out.printf("%nRSS (MB) by minute:   replica-a replica-b%n");
        rssByMinute.forEach(line -> System.out.println("  " + line));
    }

    void requests() {
        long errors = traffic.errors().values().stream().mapToLong(List::size).sum();
        System.out.printf("%nrequests: %s; errors: %d%n", traffic.sent().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), errors);
        traffic.errors().forEach((kind, list) -> System.out.printf("  %s: %d, first: %s%n", kind, list.size(), list.get(0)));
        if (errors > 0) {
            failures.add(errors + " requests failed");
        }
    }

    /** Each Slack command acknowledged empty got one answer by its response_url, and no other command got one. */
    void slackAnswers() {
        Set<Long> expected = traffic.deferredSlack().keySet();
        Map<Long, Long> answeredAt = firstHookArrivals();
        long missing = expected.stream().filter(id -> !answeredAt.containsKey(id)).count();
        long twice = platforms.hookArrivals().values().stream().filter(list -> list.size() > 1).count();
        long unasked = answeredAt.keySet().stream().filter(id -> id > 0 && !expected.contains(id)).count();
        System.out.printf("Slack answers by response_url: %d expected, %d missing, %d posted twice, %d to a command already answered%n",
                expected.size(), missing, twice, unasked);
        if (missing + twice + unasked > 0) {
            failures.add("Slack deferred answers: " + missing + " missing, " + twice + " twice, " + unasked + " unasked");
        }
    }

    /** Each Telegram update answered with an empty 200 got a message in its chat through the Bot API. */
    void telegramAnswers() {
        long unanswered = 0;
        for (Map.Entry<Long, AtomicLong> chat : traffic.deferredTelegram().entrySet()) {
            int received = platforms.posted().getOrDefault("telegram:" + chat.getKey(), List.of()).size();
            unanswered += Math.max(0, chat.getValue().get() - received);
        }
        long deferred = traffic.deferredTelegram().values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("Telegram answers through the Bot API: %d updates answered after the webhook's 200, %d without a message%n",
                deferred, unanswered);
        if (unanswered > 0) {
            failures.add(unanswered + " Telegram commands without an answer");
        }
    }

    void deliveries(List<String> ledgerFailures) {
        failures.addAll(ledgerFailures);
    }

    /** Failed replies and deliveries, failed or limited commands: none, summed over the replicas (their management URLs). */
    void metrics(List<String> managementUrls) throws IOException, InterruptedException {
        Map<String, Double> sums = new LinkedHashMap<>();
        List<String> sentBy = new ArrayList<>();
        for (String url : managementUrls) {
            String text = traffic.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build()).body();
            Map<String, Double> own = new HashMap<>();
            sum(own, text, "briefbot_deliveries_total", "state=\"sent\"");
            sentBy.add(String.format("replica-%s %.0f", (char) ('a' + sentBy.size()), own.values().iterator().next()));
            sum(sums, text, "briefbot_replies_failed_total");
            sum(sums, text, "briefbot_platform_429_total");
            sum(sums, text, "briefbot_commands_seconds_count", "outcome=\"failed\"");
            sum(sums, text, "briefbot_commands_seconds_count", "outcome=\"limited\"");
            sum(sums, text, "briefbot_deliveries_total", "state=\"failed\"");
            sum(sums, text, "briefbot_deliveries_total", "state=\"sent\"");
        }
        System.out.printf("metrics of both replicas: %s%n", sums);
        System.out.printf("deliveries sent by %s; Telegram 429s answered by the stand-in: %d%n", String.join(", ", sentBy),
                platforms.telegramTooManyRequests());
        for (String name : MUST_BE_ZERO) {
            if (sums.getOrDefault(name, 0.0) > 0) {
                failures.add(name + " = " + sums.get(name));
            }
        }
    }

    void logs(List<BriefbotProcess> replicas) {
        int errors = 0;
        for (BriefbotProcess replica : replicas) {
            List<String> lines = replica.output().lines().filter(line -> line.contains(" ERROR ")).toList();
            errors += lines.size();
            lines.stream().limit(3).forEach(line -> System.out.println("  " + line));
        }
        System.out.printf("ERROR lines in the replicas' logs: %d%n", errors);
        if (errors > 0) {
            failures.add(errors + " ERROR lines logged");
        }
    }

    /** @return whether every check passed */
    boolean verdict() {
        System.out.println(failures.isEmpty() ? "\nPASSED: no errors, nothing lost or duplicated" : "\nFAILED: " + String.join("; ", failures));
        return failures.isEmpty();
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

    private static void sum(Map<String, Double> sums, String text, String name, String... labels) {
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
}
