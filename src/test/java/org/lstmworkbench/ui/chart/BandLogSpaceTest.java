package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;

/** The repeat band on a log axis and the baseline labels' placement. */
class BandLogSpaceTest {

    private static final List<double[]> RUNS = List.of(new double[] {0.01, 0.004}, new double[] {0.1, 0.004},
            new double[] {1, 0.004});

    @Test
    void onALogAxisTheBandIsGeometricAndTheLegendSaysSo() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.setBand("g1", "g1: validation loss of 3 runs", RUNS, 0);
            YIntervalSeries linear = chart.bandSeries("g1");
            assertThat(linear.getYValue(0)).isCloseTo(0.37, within(1e-12));
            assertThat(linear.getYLowValue(0)).isNegative(); // the arithmetic band's edge a log axis cannot show
            assertThat(legend(chart)).contains("g1: validation loss of 3 runs (mean ± 1 std)");

            chart.setLogScale(true);
            YIntervalSeries log = chart.bandSeries("g1");
            assertThat(log.getYValue(0)).isCloseTo(0.1, within(1e-12));
            assertThat(log.getYLowValue(0)).isCloseTo(0.01, within(1e-12));
            assertThat(log.getYHighValue(0)).isCloseTo(1, within(1e-9));
            assertThat(log.getYLowValue(1)).isCloseTo(0.004, within(1e-15)); // equal runs: no width
            assertThat(legend(chart)).contains("g1: validation loss of 3 runs (geometric mean ×/÷ geometric std)")
                    .doesNotContain("g1: validation loss of 3 runs (mean ± 1 std)");

            chart.setLogScale(false);
            assertThat(chart.bandSeries("g1").getYLowValue(0)).isCloseTo(linear.getYLowValue(0), within(1e-15));
        });
    }

    @Test
    void aBandAddedWhileTheAxisIsLogIsDrawnInLogSpace() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.setLogScale(true);
            chart.setBand("g1", "g1", RUNS, 0);
            assertThat(chart.bandSeries("g1").getYLowValue(0)).isCloseTo(0.01, within(1e-12));
            // a band given by mean and std only: the log-normal band with that mean and std, above zero
            chart.setBand("g2", "g2", new double[] {0.37}, new double[] {0.546}, 1);
            assertThat(chart.bandSeries("g2").getYLowValue(0)).isPositive();
        });
    }

    @Test
    void closeBaselinesPutTheirLabelsOnOppositeSides() {
        assertThat(BaselineLabels.persistenceSide(0.0572, 0.0283)).isEqualTo(BaselineLabels.Side.ABOVE);
        assertThat(BaselineLabels.trainingMeanSide(0.0572, 0.0283)).isEqualTo(BaselineLabels.Side.BELOW);
        assertThat(BaselineLabels.persistenceSide(0.02, 0.03)).isEqualTo(BaselineLabels.Side.BELOW);
        assertThat(BaselineLabels.trainingMeanSide(0.02, 0.03)).isEqualTo(BaselineLabels.Side.ABOVE);
        // equal values still get two sides; a lone one is above
        assertThat(BaselineLabels.persistenceSide(0.05, 0.05)).isNotEqualTo(BaselineLabels.trainingMeanSide(0.05, 0.05));
        assertThat(BaselineLabels.persistenceSide(0.05, Double.NaN)).isEqualTo(BaselineLabels.Side.ABOVE);
        assertThat(BaselineLabels.trainingMeanSide(Double.NaN, 0.05)).isEqualTo(BaselineLabels.Side.ABOVE);
    }

    @Test
    void baselineLabelsOnTheChartDoNotOverlapAtAnyGap() {
        FxThread.run(() -> {
            for (boolean log : new boolean[] {false, true}) {
                for (double[] pair : new double[][] {{0.0572, 0.0571}, {0.03, 0.0301}, {0.05, 0.05}, {0.1, 0.01}}) {
                    LossChart chart = new LossChart();
                    chart.setLogScale(log);
                    chart.addRun("a", "run a", 0);
                    chart.appendEpochs("a", List.of(epoch(1, 0.2, 0.3),
                            epoch(2, 0.001, 0.002)));
                    chart.setBaselines(pair[0], pair[1]);
                    draw(chart);
                    assertThat(labelsOverlap(chart, 12)).as("log %s, baselines %s", log, List.of(pair[0], pair[1]))
                            .isFalse();
                }
            }
        });
    }

    /** Whether the two baseline labels' screen spans (of {@code height} px) intersect, as drawn. */
    private static boolean labelsOverlap(LossChart chart, double height) {
        var area = new java.awt.geom.Rectangle2D.Double(0, 0, 800, 500);
        List<double[]> spans = new ArrayList<>();
        for (Object o : chart.plot().getRangeMarkers(Layer.FOREGROUND)) {
            ValueMarker m = (ValueMarker) o;
            double y = chart.rangeAxis().valueToJava2D(m.getValue(), area, RectangleEdge.LEFT);
            boolean above = m.getLabelTextAnchor() == org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT;
            spans.add(BaselineLabels.span(y, above ? BaselineLabels.Side.ABOVE : BaselineLabels.Side.BELOW, height));
        }
        assertThat(spans).hasSize(2);
        return spans.get(0)[0] < spans.get(1)[1] && spans.get(1)[0] < spans.get(0)[1];
    }

    private static org.lstmworkbench.training.EpochMetrics epoch(int e, double train, double val) {
        return org.lstmworkbench.training.EpochMetrics.regression(e, train, val, Math.sqrt(train), Math.sqrt(val),
                0.001, e);
    }

    private static void draw(LossChart chart) {
        var image = new java.awt.image.BufferedImage(800, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        chart.chart().draw(g2, new java.awt.Rectangle(0, 0, 800, 500));
        g2.dispose();
    }

    private static List<String> legend(LossChart chart) {
        LegendItemCollection items = chart.plot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(((LegendItem) items.get(i)).getLabel());
        }
        return labels;
    }
}
