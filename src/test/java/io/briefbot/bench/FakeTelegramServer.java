package io.briefbot.bench;

import io.briefbot.testing.FormBody;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local Bot API for the fan-out benchmark (bench/fanout.sh). It enforces Telegram's flood limits on
 * sendMessage — {@code --rate} messages a second over all chats (a token bucket holding one second's worth),
 * one a second per private chat, one per 3 s per group — answering 429 with parameters.retry_after beyond
 * them, and counts what each chat received. getUpdates serves updates queued through the control endpoints.
 *
 * <pre>
 *   java -cp test-classes io.briefbot.bench.FakeTelegramServer [--port 8099] [--rate 30]
 *   POST /control/updates?chats=N&amp;first=ID&amp;text=…  queue one private message from each of N chats
 *   POST /control/limits?on=true|false                 enforce the limits or not (default on)
 *   POST /control/reset                                forget every count
 *   GET  /stats                                        counts since the last reset, as JSON
 * </pre>
 */
public final class FakeTelegramServer {

    private static final long SECOND = 1_000_000_000L;
    private static final long PRIVATE_GAP = SECOND;
    private static final long GROUP_GAP = 3 * SECOND;

    private final double rate;
    private final Map<String, Integer> received = new HashMap<>();
    private final Map<String, Long> lastAccepted = new HashMap<>();
    private final Deque<String> updates = new ArrayDeque<>();
    private boolean limits = true;
    private double tokens;
    private long refilledAt = System.nanoTime();
    private long accepted;
    private long edits;
    private long rateLimited;
    private long chatRateLimited;
    private long firstAcceptedMillis;
    private long lastAcceptedMillis;
    private int nextUpdateId = 1;
    private int nextMessageId = 1;

    private FakeTelegramServer(double rate) {
        this.rate = rate;
        this.tokens = rate;
    }

    public static void main(String[] args) throws IOException {
        int port = 8099;
        double rate = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        FakeTelegramServer fake = new FakeTelegramServer(rate);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", fake::handle);
        server.start();
        System.out.println("fake Telegram Bot API on http://127.0.0.1:" + port + " enforcing " + rate + " messages/s");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = FormBody.fields(exchange.getRequestURI().getRawQuery());
            if (path.startsWith("/control/") || path.equals("/stats")) {
                respond(exchange, 200, control(path, query));
                return;
            }
            String method = path.substring(path.lastIndexOf('/') + 1);
            Map<String, String> call = FormBody.fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            call.putAll(query);
            Answer answer = switch (method) {
                case "sendMessage" -> sendMessage(call);
                case "editMessageText" -> editMessageText(call);
                case "getUpdates" -> getUpdates(call);
                case "getMe" -> new Answer(200, "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\","
                        + "\"username\":\"briefbot_bench_bot\",\"can_join_groups\":true,\"can_read_all_group_messages\":false,"
                        + "\"supports_inline_queries\":false}}");
                default -> new Answer(200, "{\"ok\":true,\"result\":true}");
            };
            respond(exchange, answer.status(), answer.json());
        }
    }

    private synchronized Answer sendMessage(Map<String, String> call) {
        String chat = call.getOrDefault("chat_id", "0");
        String key = call.containsKey("message_thread_id") ? chat + "/" + call.get("message_thread_id") : chat;
        long now = System.nanoTime();
        if (limits) {
            refill(now);
            if (tokens < 1) {
                rateLimited++;
                return tooManyRequests((long) Math.ceil((1 - tokens) / rate));
            }
            Long last = lastAccepted.get(chat);
            long gap = chat.startsWith("-") ? GROUP_GAP : PRIVATE_GAP;
            if (last != null && now - last < gap) {
                chatRateLimited++;
                return tooManyRequests((long) Math.ceil((double) (last + gap - now) / SECOND));
            }
            tokens -= 1;
        }
        lastAccepted.put(chat, now);
        received.merge(key, 1, Integer::sum);
        accepted++;
        lastAcceptedMillis = System.currentTimeMillis();
        if (firstAcceptedMillis == 0) {
            firstAcceptedMillis = lastAcceptedMillis;
        }
        return new Answer(200, message(chat, nextMessageId++));
    }

    private synchronized Answer editMessageText(Map<String, String> call) {
        edits++;
        return new Answer(200, message(call.getOrDefault("chat_id", "0"), Integer.parseInt(call.getOrDefault("message_id", "1"))));
    }

    private Answer getUpdates(Map<String, String> call) {
        int offset = Integer.parseInt(call.getOrDefault("offset", "0"));
        int limit = Math.min(100, Integer.parseInt(call.getOrDefault("limit", "100")));
        long waitUntil = System.nanoTime() + Math.min(1, Long.parseLong(call.getOrDefault("timeout", "0"))) * SECOND;
        while (true) {
            synchronized (this) {
                while (!updates.isEmpty() && updateId(updates.peekFirst()) < offset) {
                    updates.removeFirst();
                }
                if (!updates.isEmpty() || System.nanoTime() >= waitUntil) {
                    StringBuilder batch = new StringBuilder("{\"ok\":true,\"result\":[");
                    int count = 0;
                    for (String update : updates) {
                        if (count == limit) {
                            break;
                        }
                        batch.append(count++ == 0 ? "" : ",").append(update);
                    }
                    return new Answer(200, batch.append("]}").toString());
                }
            }
            sleep(50);
        }
    }

    private synchronized String control(String path, Map<String, String> query) {
        switch (path) {
            case "/control/updates" -> {
                int chats = Integer.parseInt(query.getOrDefault("chats", "1"));
                long first = Long.parseLong(query.getOrDefault("first", "100000001"));
                String text = query.getOrDefault("text", "/help");
                for (long chat = first; chat < first + chats; chat++) {
                    updates.addLast(privateMessage(nextUpdateId++, chat, text));
                }
            }
            case "/control/limits" -> limits = Boolean.parseBoolean(query.getOrDefault("on", "true"));
            case "/control/reset" -> {
                received.clear();
                lastAccepted.clear();
                accepted = edits = rateLimited = chatRateLimited = firstAcceptedMillis = lastAcceptedMillis = 0;
                tokens = rate;
                refilledAt = System.nanoTime();
            }
            default -> {
            }
        }
        int most = received.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int least = received.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return "{\"accepted\":" + accepted + ",\"edits\":" + edits + ",\"rateLimited\":" + rateLimited
                + ",\"chatRateLimited\":" + chatRateLimited + ",\"chats\":" + received.size() + ",\"minPerChat\":" + least
                + ",\"maxPerChat\":" + most + ",\"firstMs\":" + firstAcceptedMillis + ",\"lastMs\":" + lastAcceptedMillis
                + ",\"pendingUpdates\":" + updates.size() + ",\"limits\":" + limits + "}";
    }

    private void refill(long now) {
        tokens = Math.min(rate, tokens + (now - refilledAt) * rate / SECOND);
        refilledAt = now;
    }

    private static Answer tooManyRequests(long seconds) {
        long retryAfter = Math.max(1, seconds);
        return new Answer(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
    }

    private static String message(String chat, int messageId) {
        String chatJson = chat.startsWith("-") ? "{\"id\":" + chat + ",\"title\":\"Desk\",\"type\":\"supergroup\"}"
                : "{\"id\":" + chat + ",\"first_name\":\"Reader\",\"type\":\"private\"}";
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"from\":{\"id\":123456789,\"is_bot\":true,"
                + "\"first_name\":\"briefbot\",\"username\":\"briefbot_bench_bot\"},\"chat\":" + chatJson + ",\"date\":"
                + System.currentTimeMillis() / 1000 + ",\"text\":\"briefing\"}}";
    }

    private static String privateMessage(int updateId, long chat, String text) {
        int command = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"Reader\",\"language_code\":\"en\"},\"chat\":{\"id\":" + chat
                + ",\"first_name\":\"Reader\",\"type\":\"private\"},\"date\":" + System.currentTimeMillis() / 1000
                + ",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                + (text.startsWith("/") ? ",\"entities\":[{\"offset\":0,\"length\":" + command + ",\"type\":\"bot_command\"}]" : "")
                + "}}";
    }

    private static int updateId(String update) {
        int start = "{\"update_id\":".length();
        return Integer.parseInt(update.substring(start, update.indexOf(',', start)));
    }


    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, String json) {
    }
}
