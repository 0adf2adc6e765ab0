package io.briefbot.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Log records of every logger, at every level let through, from {@link #start()} until {@link #close()}. */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public record Line(Instant at, Level level, String logger, String message) {
    }

    private CapturedLog() {
        setLevel(Level.ALL);
    }

    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> containing(String text) {
        return lines.stream().filter(line -> line.message().contains(text)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (record.getThrown() != null) {
            message += " " + record.getThrown();
        }
        lines.add(new Line(record.getInstant(), record.getLevel(), record.getLoggerName(), String.valueOf(message)));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
