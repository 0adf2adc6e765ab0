package io.briefbot.format;

import io.briefbot.briefing.TagWeeks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Articles per week of up to {@link #MAX_TAGS} tags as a PNG line chart, drawn in process. Large enough to read on a
 * phone; the lines differ in colour (Okabe–Ito, told apart with any colour vision), marker and dash.
 */
public final class TrendChart {

    public static final int MAX_TAGS = 3;
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    static {
        // No display on a server: AWT must not look for one, whoever loads it first.
        System.setProperty("java.awt.headless", "true");
    }

    private static final String FONT = "DejaVu Sans";
    private static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73)};
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND};
    private static final BasicStroke[] DASHES = {
            new BasicStroke(4f),
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {14f, 8f}, 0f),
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 6f}, 0f)};

    private TrendChart() {
    }

    /** The chart of {@code trends}, all over the same weeks, with title, axes and words in {@code language}. */
    public static PictureReply draw(List<TagWeeks> trends, Language language) {
        if (trends.isEmpty() || trends.size() > MAX_TAGS) {
            throw new IllegalArgumentException("A trend chart shows 1 to " + MAX_TAGS + " tags, not " + trends.size());
        }
        String names = trends.stream().map(TagWeeks::tag).collect(Collectors.joining(", "));
        String title = language.pick("Articles per week: ", "Artikel pro Woche: ") + names;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(language.pick("Week starting", "Woche ab")).yAxisTitle(language.pick("Articles", "Artikel")).build();
        style(chart, language.locale(), max(trends));
        for (int i = 0; i < trends.size(); i++) {
            TagWeeks trend = trends.get(i);
            List<Date> mondays = trend.weeks().stream().map(day -> Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
            XYSeries series = chart.addSeries(trend.tag(), mondays, trend.counts());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineStyle(DASHES[i]);
        }
        Picture picture = new Picture(png(chart), WIDTH, HEIGHT, fileName(trends), TrendWords.of(trends, language));
        return new PictureReply(title, picture);
    }

    private static void style(XYChart chart, Locale locale, long max) {
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE).setPlotBorderVisible(false)
                .setSeriesColors(COLOURS).setSeriesMarkers(MARKERS).setMarkerSize(12).setAntiAlias(true)
                .setChartTitleFont(new Font(FONT, Font.BOLD, 30)).setLegendFont(new Font(FONT, Font.PLAIN, 24))
                .setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal)
                .setLegendBorderColor(Color.WHITE).setChartTitleBoxBorderColor(Color.WHITE);
        chart.getStyler().setAxisTitleFont(new Font(FONT, Font.PLAIN, 24)).setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 20))
                .setLocale(locale).setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC)).setDatePattern("d MMM")
                .setYAxisMin(0.0).setYAxisMax((double) Math.max(4, max + 1)).setXAxisMaxLabelCount(12);
        // whole articles only: tick marks between whole numbers stay unlabelled
        chart.setCustomYAxisTickLabelsFormatter(value -> value % 1 == 0 ? String.format(locale, "%,d", value.longValue()) : "");
    }

    private static long max(List<TagWeeks> trends) {
        return trends.stream().flatMap(trend -> trend.counts().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    private static byte[] png(XYChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding the chart as PNG failed", e);
        }
    }

    private static String fileName(List<TagWeeks> trends) {
        String tags = trends.stream().map(trend -> trend.tag().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"))
                .collect(Collectors.joining("-"));
        return "trend-" + tags.replaceAll("^-+|-+$", "") + ".png";
    }
}
