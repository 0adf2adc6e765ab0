package io.briefbot.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps each platform's posts within its {@link Pace} over all replicas together: all chats at most so many a
 * second, each chat with at least its gap between two messages, nothing while a 429's retry_after runs. Every
 * message reserves its own send slot in the database (table send_slot, one statement) and sleeps until it, so
 * that replicas neither poll nor meet 429s of their own making; the database's clock is the only one that counts.
 */
@ApplicationScoped
public class Pacer {

    /**
     * Slots stand this much wider apart than the platform's figures, so that messages held up a few milliseconds
     * on their way (a busy machine, the network) still arrive within them.
     */
    static final double HEADROOM = 1.02;

    /**
     * How long past its slot a chat is held for a message in flight, unless the platform's answer frees it sooner
     * ({@link #answered}): the chat's next message waits for the answer, however long the call takes.
     */
    static final Duration IN_FLIGHT = Duration.ofSeconds(10);

    private static final long MICROS_PER_SECOND = 1_000_000;

    private final AgroalDataSource database;

    Pacer(AgroalDataSource database) {
        this.database = database;
    }

    /** A slot asked for: granted, the message goes after {@code delay}; else the chat is busy, ask again after it. */
    record Reservation(boolean granted, Duration delay, Instant slot) {
    }

    /** Waits until a message may go to {@code to}; the slot is its own in every replica's count. */
    void acquire(Destination to, Pace pace) throws InterruptedException {
        while (true) {
            Reservation reservation = reserve(to, pace);
            // whole milliseconds, rounded up: never before the slot
            long millis = (reservation.delay().toNanos() + 999_999) / 1_000_000;
            if (millis > 0) {
                Thread.sleep(millis);
            }
            if (reservation.granted()) {
                return;
            }
        }
    }

    /** Reserves the next slot for a message to {@code to}, without waiting for it. */
    Reservation reserve(Destination to, Pace pace) {
        // Rounded up: in any second, never one message more than the rate.
        long spacing = (long) Math.ceil(MICROS_PER_SECOND * HEADROOM / pace.messagesPerSecond());
        return query("select granted, cast(extract(epoch from delay) * 1000000 as bigint), slot"
                + " from reserve_send_slot(?, ?, ? * interval '1 microsecond', ? * interval '1 microsecond')", statement -> {
            statement.setString(1, to.platform());
            statement.setString(2, to.chatId());
            statement.setLong(3, spacing);
            statement.setLong(4, gapMicros(pace) + IN_FLIGHT.toNanos() / 1_000);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Timestamp slot = row.getTimestamp(3);
                return new Reservation(row.getBoolean(1), Duration.ofNanos(Math.max(0, row.getLong(2)) * 1_000),
                        slot == null ? null : slot.toInstant());
            }
        });
    }

    /**
     * The platform answered a message to {@code to}: the chat, held while it was in flight, is free after its gap
     * from now, so that a message that left or arrived late still has its gap before the chat's next one.
     */
    void answered(Destination to, Pace pace) {
        query("update send_slot set next_at = clock_timestamp() + ? * interval '1 microsecond'"
                + " where platform = ? and chat_id = ?", statement -> {
            statement.setLong(1, gapMicros(pace));
            statement.setString(2, to.platform());
            statement.setString(3, to.chatId());
            return statement.executeUpdate();
        });
    }

    /** A 429: nothing to the chat, nor to the platform, for {@code wait}, from any replica. */
    void pause(Destination to, Duration wait) {
        query("""
                insert into send_slot as s values (?, '', now() + ? * interval '1 microsecond'),
                                                  (?, ?, now() + ? * interval '1 microsecond')
                on conflict (platform, chat_id) do update set next_at = greatest(s.next_at, excluded.next_at)""", statement -> {
            long micros = wait.toNanos() / 1_000;
            statement.setString(1, to.platform());
            statement.setLong(2, micros);
            statement.setString(3, to.platform());
            statement.setString(4, to.chatId());
            statement.setLong(5, micros);
            return statement.executeUpdate();
        });
    }

    /** Forgets the chats whose gap has passed (theirs is the same as no row). */
    void forgetIdleChats() {
        query("delete from send_slot where chat_id <> '' and next_at < clock_timestamp()", PreparedStatement::executeUpdate);
    }

    private static long gapMicros(Pace pace) {
        return (long) Math.ceil(pace.perChatGap().toNanos() * HEADROOM / 1_000);
    }

    private <T> T query(String sql, SqlWork<T> work) {
        // one statement, committed on its own: no transaction holds a platform's row longer than the statement
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("The send slots could not be read or written: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
