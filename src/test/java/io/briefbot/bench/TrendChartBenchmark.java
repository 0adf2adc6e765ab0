package io.briefbot.bench;

import io.briefbot.briefing.TagWeeks;
import io.briefbot.format.Language;
import io.briefbot.format.PictureReply;
import io.briefbot.format.TrendChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Milliseconds to draw /trend's chart as a PNG, after warm-up: three tags over {@code weeks} weeks, with the numbers in
 * words. Run with bench/chart.sh; the target is under 150 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrendChartBenchmark {

    @Param({"12", "52"})
    public int weeks;

    private List<TagWeeks> trends;

    @Setup
    public void weeks() {
        Random random = new Random(20261206);
        LocalDate first = LocalDate.of(2026, 1, 5);
        trends = new ArrayList<>();
        for (String tag : List.of("Trade", "Cyber", "Rare earths")) {
            List<LocalDate> mondays = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                mondays.add(first.plusWeeks(i));
                counts.add((long) random.nextInt(25));
            }
            trends.add(new TagWeeks(tag, mondays, counts));
        }
    }

    @Benchmark
    public PictureReply draw() {
        return TrendChart.draw(trends, Language.ENGLISH);
    }
}
