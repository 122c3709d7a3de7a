package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.data.sequence.Sequence;

/**
 * A few example sequences of every class over their time steps, one feature at a time, one colour
 * per class (the run colours, in class index order).
 *
 * <p>Up to {@link #MAX_PANELS} classes get a panel each, side by side on one shared value axis,
 * the panel's axis naming the class: overlaid, eighteen noisy sequences of six classes were a
 * tangle in which no class could be followed. More classes would make panels too narrow for their
 * names; they are overlaid in one panel with a legend naming each class and its count. Change it on the FX thread only: the chart canvas
 * redraws on the thread that fires the dataset change.
 */
public final class ExampleSequencesChart {

    /** Most classes drawn in panels of their own; more are overlaid in one. */
    public static final int MAX_PANELS = 6;
    /** Classes named in the overlay's legend; the rest are summed up in one "+ N more classes" entry. */
    public static final int MAX_LEGEND_CLASSES = 12;

    private final NumberAxis value = new NumberAxis("value");
    private final CombinedRangeXYPlot plot = new CombinedRangeXYPlot(value);
    private final JFreeChart chart;
    private final List<XYSeries> drawn = new ArrayList<>();
    private final List<Paint> paints = new ArrayList<>();
    private final List<String> classLabels = new ArrayList<>();

    public ExampleSequencesChart() {
        ChartStyle.axis(value);
        // wide enough that one panel's last step label and the next one's first never touch
        plot.setGap(18);
        chart = new JFreeChart(null, ChartStyle.AXIS_LABEL, plot, true);
        ChartStyle.plot(chart, plot);
        chart.getLegend().setVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Series drawn, one per example (for tests). */
    public int seriesCount() {
        return drawn.size();
    }

    /** The {@code i}-th series drawn: class by class in panels, else in the order given (for tests). */
    public XYSeries series(int i) {
        return drawn.get(i);
    }

    /** The colour of the {@code i}-th series drawn (for tests). */
    public Paint paint(int i) {
        return paints.get(i);
    }

    /** Panels drawn: one per class, or one for all (for tests). */
    public int panelCount() {
        return plot.getSubplots().size();
    }

    /** The labels naming the classes: the panels' axis labels, or the overlay's legend (for tests). */
    public List<String> classLabels() {
        return List.copyOf(classLabels);
    }

    /**
     * Draws feature {@code feature} of each example in its class's colour; an empty list clears
     * the plot.
     *
     * @param examples    the sequences to draw, each labelled with one of {@code classes}
     * @param classes     class names in class index order (the colour order)
     * @param counts      sequences per class, in the same order
     * @param feature     index of the feature to draw
     * @param featureName its name, for the value axis
     */
    public void show(List<Sequence> examples, List<String> classes, int[] counts, int feature, String featureName) {
        if (classes.size() != counts.length) {
            throw new IllegalArgumentException(classes.size() + " classes but " + counts.length + " counts");
        }
        chart.setNotify(false);
        try {
            new ArrayList<>(plot.getSubplots()).forEach(p -> plot.remove((XYPlot) p));
            drawn.clear();
            paints.clear();
            classLabels.clear();
            if (!examples.isEmpty()) {
                int longest = examples.stream().mapToInt(Sequence::length).max().orElseThrow();
                if (classes.size() <= MAX_PANELS) {
                    panels(examples, classes, counts, feature, longest);
                } else {
                    overlay(examples, classes, counts, feature, longest);
                }
            }
            value.setLabel(featureName == null || featureName.isBlank() ? "value" : featureName);
            chart.getLegend().setVisible(!examples.isEmpty() && classes.size() > MAX_PANELS);
        } finally {
            chart.setNotify(true);
        }
    }

    private void panels(List<Sequence> examples, List<String> classes, int[] counts, int feature, int longest) {
        for (int k = 0; k < classes.size(); k++) {
            String name = classes.get(k);
            // the name alone: with the count, six names such as "decreasing-trend (100)" overran
            // their panels at 1280 pixels; the class list beside the chart gives the counts
            XYPlot panel = panel(name, longest);
            panel.getDomainAxis().setLabelPaint(colourOf(k).darker());
            panel.getDomainAxis().setLabelFont(ChartStyle.LEGEND);
            for (Sequence s : examples) {
                if (s.label().equals(name)) {
                    add(panel, s, feature, colourOf(k));
                }
            }
            plot.add(panel);
            classLabels.add(name);
        }
        plot.setFixedLegendItems(new LegendItemCollection());
    }

    private void overlay(List<Sequence> examples, List<String> classes, int[] counts, int feature, int longest) {
        XYPlot panel = panel("time step", longest);
        for (Sequence s : examples) {
            add(panel, s, feature, colourOf(classes.indexOf(s.label())));
        }
        plot.add(panel);
        LegendItemCollection items = new LegendItemCollection();
        int named = classes.size() > MAX_LEGEND_CLASSES ? MAX_LEGEND_CLASSES - 1 : classes.size();
        for (int k = 0; k < named; k++) {
            String label = String.format(Locale.ROOT, "%s (%d)", classes.get(k), counts[k]);
            items.add(ChartStyle.lineItem(label, colourOf(k), ChartStyle.trace(false, 2.5f)));
            classLabels.add(label);
        }
        if (named < classes.size()) {
            String more = "+ " + (classes.size() - named) + " more classes";
            items.add(ChartStyle.textItem(more));
            classLabels.add(more);
        }
        plot.setFixedLegendItems(items);
    }

    /** An empty panel whose step axis shows exactly steps 1 to {@code longest}. */
    private static XYPlot panel(String label, int longest) {
        NumberAxis step = new NumberAxis(label);
        ChartStyle.axis(step);
        step.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // exactly the steps drawn: margins would put ticks past the last step
        step.setRange(1, Math.max(2, longest));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultToolTipGenerator((data, s, i) -> String.valueOf(data.getSeriesKey(s)));
        XYPlot panel = new XYPlot(new XYSeriesCollection(), step, null, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setOutlineVisible(false);
        panel.setDomainGridlinePaint(ChartStyle.GRID);
        panel.setRangeGridlinePaint(ChartStyle.GRID);
        return panel;
    }

    private void add(XYPlot panel, Sequence s, int feature, Color colour) {
        XYSeries series = new XYSeries(s.label() + " (" + s.id() + ")", false, true);
        for (int t = 0; t < s.length(); t++) {
            series.add(t + 1, s.value(t, feature), false);
        }
        XYSeriesCollection data = (XYSeriesCollection) panel.getDataset();
        data.addSeries(series);
        int n = data.getSeriesCount() - 1;
        panel.getRenderer().setSeriesPaint(n, colour);
        panel.getRenderer().setSeriesStroke(n, ChartStyle.trace(false, 1.4f));
        drawn.add(series);
        paints.add(colour);
    }

    private static Color colourOf(int classIndex) {
        return RunColours.awt(Math.max(0, classIndex));
    }
}
