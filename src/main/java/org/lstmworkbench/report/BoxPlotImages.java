package org.lstmworkbench.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.lstmworkbench.metrics.Describe;

/**
 * Box-and-whisker plots of a sweep's per-point results, drawn headless with JFreeChart, as
 * pandas' {@code DataFrame.boxplot()} draws them: box from the first to the third quartile
 * (type-7 quartiles, the same as the describe() table), median line, whiskers to the most
 * extreme values within 1.5 IQR of the box, values beyond drawn as small outlier circles, the mean
 * as a small diamond. Drawn in the {@link BoxPlotStyle} the window's box plot uses too.
 */
public final class BoxPlotImages {

    private BoxPlotImages() {
    }

    /** The box statistics of one group, from describe()'s quartiles. */
    public static BoxAndWhiskerItem item(double[] values) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        Describe d = Describe.of(x);
        double iqr = d.q75() - d.q25();
        double lowFence = d.q25() - 1.5 * iqr;
        double highFence = d.q75() + 1.5 * iqr;
        double lowWhisker = Arrays.stream(x).filter(v -> v >= lowFence).min().orElse(d.min());
        double highWhisker = Arrays.stream(x).filter(v -> v <= highFence).max().orElse(d.max());
        List<Double> outliers = new ArrayList<>();
        Arrays.stream(x).filter(v -> v < lowWhisker || v > highWhisker).forEach(outliers::add);
        return new BoxAndWhiskerItem(d.mean(), d.median(), d.q25(), d.q75(), lowWhisker, highWhisker,
                d.min(), d.max(), outliers);
    }

    /**
     * A box per group, in the map's order.
     *
     * @param groups column label (e.g. the swept value) to the values of its runs
     */
    public static JFreeChart boxPlot(String title, String valueLabel, Map<String, double[]> groups) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        DefaultCategoryDataset outliers = new DefaultCategoryDataset();
        BoxPlotStyle.fill(groups, boxes, means, outliers);
        CategoryPlot plot = BoxPlotStyle.plot(boxes, means, outliers, new CategoryAxis(), valueLabel);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes {@link #boxPlot} as a PNG of the given size. */
    public static void writePng(Path file, String title, String valueLabel, Map<String, double[]> groups,
                                int width, int height) {
        PngFiles.write(file, "the box plot", boxPlot(title, valueLabel, groups), width, height);
    }
}
