package io.briefbot.bench.soak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery ledger against what the platforms received: every subscriber got its daily post, every follower
 * each alert, all of them sent and corrected; and each destination received exactly the messages the ledger
 * recorded, by the ids the platforms gave them: one more is a duplicate, one fewer a loss.
 */
final class LedgerCheck {

    private final Connection db;
    private final PlatformStandIns platforms;

    LedgerCheck(Connection db, PlatformStandIns platforms) {
        this.db = db;
        this.platforms = platforms;
    }

    /** Waits (four minutes at the most) until nothing is pending, being sent or waiting for its correction. */
    void awaitSettled() throws SQLException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from delivery where state in ('pending', 'sending') or posted_revision < revision") == 0) {
                return;
            }
            Soak.sleepNanos(2_000_000_000L);
        }
        Soak.say("the ledger still has deliveries pending after 240 s");
    }

    /** @return what is wrong, nothing when all is well */
    List<String> check(int subscribers, LocalDate yesterday) throws SQLException {
        List<String> failures = new ArrayList<>();
        Map<String, Long> states = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select kind, state, count(*) from delivery group by kind, state order by 1, 2")) {
            while (rows.next()) {
                states.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
            }
        }
        long followers = count("select count(*) from tag_follow");
        long alertArticles = count("select count(*) from article a join issue i on i.id = a.issue_id"
                + " where 'cyber' = any(a.tag_keys) and i.edition_date >= date '" + yesterday + "'");
        long dailySent = states.getOrDefault("daily sent", 0L);
        long alertsSent = states.getOrDefault("tag_alert sent", 0L);
        long unsettled = states.entrySet().stream().filter(e -> !e.getKey().endsWith(" sent")).mapToLong(Map.Entry::getValue).sum();
        long behind = count("select count(*) from delivery where posted_revision < revision");
        System.out.printf("%ndelivery ledger: %s%n", states);
        System.out.printf("  daily posts sent %d of %d subscribers; tag alerts sent %d of %d followers × %d articles; %d not sent,"
                + " %d corrections not applied%n", dailySent, subscribers, alertsSent, followers, alertArticles, unsettled, behind);
        if (dailySent != subscribers || alertsSent != followers * alertArticles || unsettled > 0 || behind > 0 || alertArticles == 0) {
            failures.add("ledger: " + states + ", " + behind + " corrections behind");
        }

        Map<String, List<String>> recorded = messageIdsByDestination();
        long lost = 0;
        long duplicated = 0;
        long received = 0;
        for (Map.Entry<String, List<String>> destination : recorded.entrySet()) {
            List<PlatformStandIns.Accepted> accepted = platforms.posted().getOrDefault(destination.getKey(), List.of());
            Set<String> acceptedIds = accepted.stream().map(PlatformStandIns.Accepted::id).collect(Collectors.toSet());
            Set<String> inLedger = new HashSet<>(destination.getValue());
            received += accepted.size();
            lost += inLedger.stream().filter(id -> !acceptedIds.contains(id)).count();
            duplicated += accepted.stream().filter(message -> !inLedger.contains(message.id())).count();
        }
        long inLedger = recorded.values().stream().mapToLong(List::size).sum();
        System.out.printf("  messages: %d in the ledger, %d received by the subscribed chats; lost %d, duplicated %d; %d edits%n",
                inLedger, received, lost, duplicated, platforms.edits());
        if (lost + duplicated > 0) {
            failures.add(lost + " delivery messages lost, " + duplicated + " duplicated");
        }
        return failures;
    }

    /** The stand-ins' names of destinations ("telegram:710000001", "slack:C0SUB0001") to the message ids recorded there. */
    private Map<String, List<String>> messageIdsByDestination() throws SQLException {
        Map<String, List<String>> ids = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select lower(platform) || ':' || chat_id"
                     + " || case when thread_id = '' then '' else '/' || thread_id end, unnest(message_ids) from delivery")) {
            while (rows.next()) {
                ids.computeIfAbsent(rows.getString(1), unused -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
