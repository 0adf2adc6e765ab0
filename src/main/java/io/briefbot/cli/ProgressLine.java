package io.briefbot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a backfill's progress on stderr: one line redrawn in place on a terminal, else a line
 * every few seconds so that logs stay readable.
 */
final class ProgressLine implements AutoCloseable {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final BackfillTally tally;
    private final boolean terminal;
    private final ScheduledExecutorService ticker;

    private ProgressLine(PrintWriter err, BackfillTally tally, boolean terminal) {
        this.err = err;
        this.tally = tally;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backfill-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    static ProgressLine start(PrintWriter err, BackfillTally tally) {
        // Java cannot ask whether stderr alone is a terminal; a console means stdin and stdout are.
        ProgressLine line = new ProgressLine(err, tally, System.console() != null);
        long every = line.terminal ? 200 : 5000;
        line.ticker.scheduleAtFixedRate(line::draw, every, every, TimeUnit.MILLISECONDS);
        return line;
    }

    private synchronized void draw() {
        int done = tally.done();
        int total = tally.total();
        double seconds = tally.elapsedSeconds();
        double rate = done / Math.max(seconds, 0.001);
        String eta = done == 0 ? "?" : format(Duration.ofSeconds(Math.round((total - done) / rate)));
        String numbers = String.format("%d/%d  %.1f issues/s  ETA %s", done, total, rate, eta);
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + numbers + "   ");
        } else {
            err.println("backfill: " + numbers);
        }
        err.flush();
    }

    private static String format(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        draw();
        if (terminal) {
            err.println();
            err.flush();
        }
    }
}
