package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 100,000 hostile inputs and the fixed pathological shapes through the parser: each parses into an issue with
 * content (a headline, an article or an editorial) or is refused with a reason, nothing else, and none takes over 100 ms. The bound is on the thread's
 * CPU time, best of up to ten tries, so that a busy shared machine, a GC pause or the JIT do not count, while a
 * catastrophic backtracking would on every try.
 */
class ParserFuzzTest {

    private static final int GENERATED = 100_000;
    private static final long BOUND_NANOS = 100_000_000L;
    /**
     * An input first met while its code paths are still interpreted (the JIT's threads starved on a busy machine)
     * may take over the bound once; it is tried again, after pauses that let the compiler catch up, and passes
     * when one try stays within the bound. A catastrophic backtracking stays over it on every try.
     */
    private static final int RETRIES = 9;
    private static final long JIT_PAUSE_MILLIS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final IssueParser parser = new IssueParser();

    @Test
    void everyHostileInputParsesOrIsRefusedQuickly() {
        long seed = Long.getLong("fuzz.seed", 20_261_129L);
        HostileInputs generator = new HostileInputs(seed);
        // the fixed shapes come last: the bound is about the parser's work, not about a cold JIT
        List<HostileInputs.Input> inputs = HostileInputs.pathological();
        List<String> problems = new ArrayList<>();
        long[] cpu = new long[GENERATED + inputs.size()];
        int n = 0;
        int refused = 0;
        for (int i = 0; i < GENERATED + inputs.size(); i++) {
            HostileInputs.Input input = i < GENERATED ? generator.next() : inputs.get(i - GENERATED);
            Outcome outcome = parse(input);
            if (outcome.problem() != null && problems.size() < 10) {
                problems.add(outcome.problem());
            }
            refused += outcome.refused() ? 1 : 0;
            long nanos = outcome.cpuNanos();
            for (int retry = 0; nanos > BOUND_NANOS && retry < RETRIES; retry++) {
                sleep(JIT_PAUSE_MILLIS);
                nanos = Math.min(nanos, parse(input).cpuNanos());
            }
            if (nanos > BOUND_NANOS && problems.size() < 10) {
                problems.add(String.format("%d ms of CPU for %s", nanos / 1_000_000, input.preview()));
            }
            cpu[n++] = nanos;
        }
        Arrays.sort(cpu, 0, n);
        System.out.printf("fuzz seed %d: %d inputs, %d refused; CPU per input p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                seed, n, refused, cpu[n / 2] / 1e6, cpu[n * 99 / 100] / 1e6, cpu[n - 1] / 1e6);
        assertThat(problems).as("seed " + seed).isEmpty();
        assertThat(refused).as("the corpus is mostly hostile, some of it still an issue").isBetween(n / 10, n - 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(long cpuNanos, boolean refused, String problem) {
    }

    private Outcome parse(HostileInputs.Input input) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            ParsedIssue issue = parser.parse(input.bytes(), input.contentType());
            long cpu = THREADS.getCurrentThreadCpuTime() - start;
            boolean hasContent = issue.articles().size() + issue.headlines().size() > 0
                    || issue.editorial() != null && !issue.editorial().paragraphs().isEmpty();
            return new Outcome(cpu, false, hasContent ? null : "an empty issue accepted from " + input.preview());
        } catch (IssueRejectedException e) {
            long cpu = THREADS.getCurrentThreadCpuTime() - start;
            boolean clear = e.reason() != null && e.getMessage() != null && !e.getMessage().isBlank();
            return new Outcome(cpu, true, clear ? null : "a refusal without a reason for " + input.preview());
        } catch (Throwable t) {
            return new Outcome(THREADS.getCurrentThreadCpuTime() - start, false, t + " for " + input.preview());
        }
    }
}
