package io.briefbot.bench.soak;

import io.briefbot.testing.FormBody;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API and response_urls, and Telegram's Bot API, on loopback for the soak: every call answered the way
 * the platform answers it, and every message accepted remembered with the id it was given, so that the soak can
 * compare what the platforms received with the delivery ledger. Telegram's overall limit (messages a second over
 * all chats) is enforced with 429 and retry_after when a rate is given.
 */
final class PlatformStandIns implements AutoCloseable {

    /** A message a platform accepted: where it went, the id the platform gave it, and its text. */
    record Accepted(String destination, String id, String text) {
    }

    private final HttpServer slack;
    private final HttpServer telegram;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final double telegramRate;
    private final Map<String, List<Accepted>> posted = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> edits = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> hookArrivals = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong telegram429 = new AtomicLong();
    private double tokens;
    private long refilledAt = System.nanoTime();

    private PlatformStandIns(double telegramRate) throws IOException {
        this.telegramRate = telegramRate;
        this.tokens = telegramRate;
        slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        telegram = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        slack.createContext("/", exchange -> serve(exchange, this::slack));
        telegram.createContext("/", exchange -> serve(exchange, this::telegram));
        slack.setExecutor(threads);
        telegram.setExecutor(threads);
    }

    /** @param telegramRate Telegram's overall messages a second; 0 for no limit */
    static PlatformStandIns start(double telegramRate) throws IOException {
        PlatformStandIns standIns = new PlatformStandIns(telegramRate);
        standIns.slack.start();
        standIns.telegram.start();
        return standIns;
    }

    String slackApiUrl() {
        return "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/";
    }

    String responseUrl(long request) {
        return "http://127.0.0.1:" + slack.getAddress().getPort() + "/hooks/" + request;
    }

    String telegramApiUrl() {
        return "http://127.0.0.1:" + telegram.getAddress().getPort();
    }

    /** What each destination ("slack:C…", "telegram:123") was sent, in order. */
    Map<String, List<Accepted>> posted() {
        return posted;
    }

    long editsTo(String destination) {
        AtomicLong count = edits.get(destination);
        return count == null ? 0 : count.get();
    }

    long edits() {
        return edits.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** When each response_url was posted to (nanoTime), by the request it belongs to. */
    Map<String, List<Long>> hookArrivals() {
        return hookArrivals;
    }

    long telegramTooManyRequests() {
        return telegram429.get();
    }

    private Answer slack(String path, Map<String, String> call, String body) {
        if (path.startsWith("/hooks/")) {
            List<Long> arrivals = hookArrivals.computeIfAbsent(path.substring("/hooks/".length()), unused -> new ArrayList<>());
            synchronized (arrivals) {
                arrivals.add(System.nanoTime());
            }
            return new Answer(200, "text/html", "ok");
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        String channel = call.getOrDefault("channel", "C0UNKNOWN");
        return switch (method) {
            case "auth.test" -> json("{\"ok\":true,\"url\":\"https://soak.slack.com/\",\"team\":\"Soak\",\"user\":\"briefbot\","
                    + "\"team_id\":\"T0SOAK\",\"user_id\":\"U0BRIEFBOT\",\"bot_id\":\"B0BRIEFBOT\",\"is_enterprise_install\":false}");
            case "chat.postMessage" -> {
                String ts = "1764400000." + String.format("%06d", nextId.getAndIncrement());
                remember("slack:" + channel, ts, call.getOrDefault("text", ""));
                yield json("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\",\"message\":{\"type\":\"message\","
                        + "\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"" + ts + "\",\"bot_id\":\"B0BRIEFBOT\"}}");
            }
            case "chat.update" -> {
                edits.computeIfAbsent("slack:" + channel, unused -> new AtomicLong()).incrementAndGet();
                yield json("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + call.getOrDefault("ts", "") + "\",\"text\":\"briefing\"}");
            }
            default -> json("{\"ok\":true}");
        };
    }

    private Answer telegram(String path, Map<String, String> call, String body) {
        String method = path.substring(path.lastIndexOf('/') + 1);
        String chat = call.getOrDefault("chat_id", "0");
        String destination = "telegram:" + chat + (call.containsKey("message_thread_id") ? "/" + call.get("message_thread_id") : "");
        return switch (method) {
            case "getMe" -> json("{\"ok\":true,\"result\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"briefbot\","
                    + "\"username\":\"briefbot_soak_bot\",\"can_join_groups\":true,\"can_read_all_group_messages\":false,"
                    + "\"supports_inline_queries\":false}}");
            case "sendMessage" -> {
                Long retryAfter = takeTelegramToken();
                if (retryAfter != null) {
                    telegram429.incrementAndGet();
                    yield new Answer(429, "application/json", "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                            + "retry after " + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
                }
                long id = nextId.getAndIncrement();
                remember(destination, Long.toString(id), call.getOrDefault("text", ""));
                yield json("{\"ok\":true,\"result\":" + message(chat, id) + "}");
            }
            case "editMessageText" -> {
                edits.computeIfAbsent(destination, unused -> new AtomicLong()).incrementAndGet();
                yield json("{\"ok\":true,\"result\":" + message(chat, Long.parseLong(call.getOrDefault("message_id", "1"))) + "}");
            }
            default -> json("{\"ok\":true,\"result\":true}");
        };
    }

    private synchronized Long takeTelegramToken() {
        if (telegramRate <= 0) {
            return null;
        }
        long now = System.nanoTime();
        tokens = Math.min(telegramRate, tokens + (now - refilledAt) * telegramRate / 1e9);
        refilledAt = now;
        if (tokens < 1) {
            return Math.max(1, (long) Math.ceil((1 - tokens) / telegramRate));
        }
        tokens -= 1;
        return null;
    }

    private void remember(String destination, String id, String text) {
        List<Accepted> messages = posted.computeIfAbsent(destination, unused -> new ArrayList<>());
        synchronized (messages) {
            messages.add(new Accepted(destination, id, text));
        }
    }

    private static String message(String chat, long id) {
        String chatJson = chat.startsWith("-") ? "{\"id\":" + chat + ",\"title\":\"Desk\",\"type\":\"supergroup\"}"
                : "{\"id\":" + chat + ",\"first_name\":\"Reader\",\"type\":\"private\"}";
        return "{\"message_id\":" + id + ",\"from\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"briefbot\","
                + "\"username\":\"briefbot_soak_bot\"},\"chat\":" + chatJson + ",\"date\":" + System.currentTimeMillis() / 1000
                + ",\"text\":\"briefing\"}";
    }

    private static Answer json(String body) {
        return new Answer(200, "application/json; charset=utf-8", body);
    }

    private interface Api {
        Answer call(String path, Map<String, String> call, String body);
    }

    private static void serve(HttpExchange exchange, Api api) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> call = FormBody.fields(exchange.getRequestURI().getRawQuery());
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                call.putAll(FormBody.fields(body));
            }
            Answer answer = api.call(exchange.getRequestURI().getPath(), call, body);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }


    @Override
    public void close() {
        slack.stop(0);
        telegram.stop(0);
        threads.shutdownNow();
    }

    private record Answer(int status, String contentType, String body) {
    }
}
