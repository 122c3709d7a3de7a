package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A histogram of sequence lengths: one bar per length while the lengths span at most
 * {@link #MAX_BARS} values, else bins of a round width (1, 2, 5, 10, 20, 50...) so there are at
 * most {@code MAX_BARS} of them. Change it on the FX thread only: the chart canvas redraws on the
 * thread that fires the dataset change.
 */
public final class LengthHistogramChart {

    /** Most bars drawn; beyond it lengths are grouped into wider bins. */
    public static final int MAX_BARS = 30;

    // neutral: the class colours of the examples chart below must not seem to apply to the bars
    private static final Color BAR = new Color(0x8C96A0);

    /**
     * One bar: the sequences whose length lies in {@code [from, to]}.
     *
     * @param from  shortest length in the bin, inclusive
     * @param to    longest length in the bin, inclusive
     * @param count sequences in the bin
     */
    public record Bin(int from, int to, int count) {

        public Bin {
            if (to < from || count < 0) {
                throw new IllegalArgumentException("bad bin [" + from + ", " + to + "] of " + count);
            }
        }
    }

    private final XYIntervalSeries series = new XYIntervalSeries("sequences");
    private final JFreeChart chart;
    private List<Bin> bins = List.of();

    public LengthHistogramChart() {
        NumberAxis length = new NumberAxis("steps per sequence");
        NumberAxis count = new NumberAxis("sequences");
        ChartStyle.axis(length);
        ChartStyle.axis(count);
        length.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setAutoRangeIncludesZero(true);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setSeriesPaint(0, BAR);
        bars.setSeriesOutlinePaint(0, Color.WHITE);
        bars.setDefaultToolTipGenerator((data, s, i) -> bins.isEmpty() || i >= bins.size() ? null : describe(bins.get(i)));
        XYPlot plot = new XYPlot(new XYIntervalSeriesCollection(), length, count, bars);
        ((XYIntervalSeriesCollection) plot.getDataset()).addSeries(series);
        chart = new JFreeChart(null, ChartStyle.AXIS_LABEL, plot, false);
        ChartStyle.plot(chart, plot);
        plot.setDomainGridlinesVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Bars drawn (for tests). */
    public List<Bin> bins() {
        return bins;
    }

    /** Draws the histogram of {@code lengthCounts} (length -> sequences); an empty map clears it. */
    public void show(SortedMap<Integer, Integer> lengthCounts) {
        chart.setNotify(false);
        try {
            series.clear();
            bins = binsOf(lengthCounts, MAX_BARS);
            for (Bin b : bins) {
                // a bar covers its lengths exactly: half a step either side of the integer lengths
                series.add(0.5 * (b.from() + b.to()), b.from() - 0.5, b.to() + 0.5, b.count(), 0, b.count());
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * The bars of a length histogram: lengths grouped in bins of the smallest round width that
     * gives at most {@code maxBars} bins, bins aligned on multiples of the width; empty bins in
     * the middle are kept (a gap is information), none before the first or after the last length.
     */
    public static List<Bin> binsOf(SortedMap<Integer, Integer> lengthCounts, int maxBars) {
        if (lengthCounts.isEmpty()) {
            return List.of();
        }
        int min = lengthCounts.firstKey();
        int max = lengthCounts.lastKey();
        int width = roundWidth(max - min + 1, maxBars);
        int start = Math.floorDiv(min, width) * width;
        int n = Math.floorDiv(max - start, width) + 1;
        int[] counts = new int[n];
        for (Map.Entry<Integer, Integer> e : lengthCounts.entrySet()) {
            counts[(e.getKey() - start) / width] += e.getValue();
        }
        List<Bin> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Bin(start + i * width, start + (i + 1) * width - 1, counts[i]));
        }
        return out;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that splits {@code span} lengths into at most {@code maxBars} bins. */
    static int roundWidth(int span, int maxBars) {
        long decade = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                long w = m * decade;
                // +1: a bin grid aligned on multiples of w may need one bin more than span / w
                if ((span + w - 1) / w + (w > 1 ? 1 : 0) <= maxBars) {
                    return (int) w;
                }
            }
            decade *= 10;
        }
    }

    private static String describe(Bin b) {
        String lengths = b.from() == b.to() ? b.from() + " steps" : b.from() + " to " + b.to() + " steps";
        return b.count() + (b.count() == 1 ? " sequence of " : " sequences of ") + lengths;
    }
}
