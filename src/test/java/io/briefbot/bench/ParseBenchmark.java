package io.briefbot.bench;

import io.briefbot.ingest.parse.IssueGenerator;
import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.ParsedIssue;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parser throughput, one thread: issues parsed per second over 2,500 generated issues
 * (text, HTML and e-mail). Run with bench/parse.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private static final int ISSUES = 2_500;

    private final IssueParser parser = new IssueParser();
    private byte[][] texts;
    private byte[][] htmls;
    private byte[][] mails;
    private int next;

    @Setup
    public void generate() {
        Random random = new Random(20220708);
        texts = new byte[ISSUES][];
        htmls = new byte[ISSUES][];
        mails = new byte[ISSUES][];
        for (int i = 0; i < ISSUES; i++) {
            texts[i] = IssueGenerator.text(random).getBytes(StandardCharsets.UTF_8);
            htmls[i] = IssueGenerator.html(random).getBytes(StandardCharsets.UTF_8);
            mails[i] = GeneratedArchive.asMail(IssueGenerator.text(random), i).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public ParsedIssue text() {
        return parser.parse(texts[next++ % ISSUES], "text/plain; charset=utf-8");
    }

    @Benchmark
    public ParsedIssue html() {
        return parser.parse(htmls[next++ % ISSUES], "text/html; charset=utf-8");
    }

    @Benchmark
    public ParsedIssue mail() {
        return parser.parse(mails[next++ % ISSUES], "message/rfc822");
    }
}
