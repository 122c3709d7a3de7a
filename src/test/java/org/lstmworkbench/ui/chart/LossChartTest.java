package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.metrics.Smoothing;
import org.lstmworkbench.training.EpochMetrics;

class LossChartTest {

    private static EpochMetrics epoch(int e, double train, double val) {
        return EpochMetrics.regression(e, train, val, Math.sqrt(Math.abs(train)), Math.sqrt(Math.abs(val)), 0.001, e);
    }

    private static List<EpochMetrics> epochs(int from, int to) {
        List<EpochMetrics> out = new ArrayList<>();
        for (int e = from; e <= to; e++) {
            out.add(epoch(e, 1.0 / e, 1.5 / e + 0.001 * (e % 3)));
        }
        return out;
    }

    private static int draw(LossChart chart) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.chart().draw(g2, new Rectangle(0, 0, 640, 400));
        g2.dispose();
        return image.getRGB(320, 200);
    }

    @Test
    void appendEpochsAddsEveryPointAndFiresOneChangeEventPerSeries() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            AtomicInteger trainEvents = new AtomicInteger();
            AtomicInteger valEvents = new AtomicInteger();
            chart.rawSeries("a", false).addChangeListener(e -> trainEvents.incrementAndGet());
            chart.rawSeries("a", true).addChangeListener(e -> valEvents.incrementAndGet());

            chart.appendEpochs("a", epochs(1, 37));
            assertThat(chart.pointCount("a", false)).isEqualTo(37);
            assertThat(chart.pointCount("a", true)).isEqualTo(37);
            assertThat(trainEvents).hasValue(1);
            assertThat(valEvents).hasValue(1);

            chart.appendEpochs("a", epochs(38, 50));
            assertThat(chart.pointCount("a", true)).isEqualTo(50);
            assertThat(trainEvents).hasValue(2);
            assertThat(valEvents).hasValue(2);
            assertThat(chart.rawSeries("a", true).getY(49).doubleValue()).isEqualTo(1.5 / 50 + 0.001 * (50 % 3));
        });
    }

    @Test
    void validationNanIsNotPlottedAndFiresNoEvent() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            AtomicInteger valEvents = new AtomicInteger();
            chart.rawSeries("a", true).addChangeListener(e -> valEvents.incrementAndGet());
            chart.appendEpochs("a", List.of(epoch(1, 0.5, Double.NaN), epoch(2, 0.4, Double.NaN)));
            assertThat(chart.pointCount("a", false)).isEqualTo(2);
            assertThat(chart.pointCount("a", true)).isZero();
            assertThat(valEvents).hasValue(0);

            chart.appendEpochs("a", List.of(epoch(3, 0.3, 0.35), epoch(4, 0.2, Double.NaN)));
            assertThat(chart.pointCount("a", true)).isEqualTo(1);
            assertThat(chart.rawSeries("a", true).getX(0).intValue()).isEqualTo(3);
        });
    }

    @Test
    void hidingARunMakesOnlyItsSeriesInvisible() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.addRun("b", "run b", 1);
            chart.setRunVisible("a", false);
            var r = chart.rawRenderer();
            assertThat(r.isSeriesVisible(chart.seriesIndex("a", false))).isFalse();
            assertThat(r.isSeriesVisible(chart.seriesIndex("a", true))).isFalse();
            assertThat(r.isSeriesVisible(chart.seriesIndex("b", false))).isTrue();
            assertThat(r.isSeriesVisible(chart.seriesIndex("b", true))).isTrue();
            chart.setRunVisible("a", true);
            assertThat(r.isSeriesVisible(chart.seriesIndex("a", true))).isTrue();
        });
    }

    @Test
    void removingARunKeepsTheOthersInTheirOwnColours() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.addRun("b", "run b", 1);
            chart.setRunVisible("b", false);
            chart.removeRun("a");
            int b = chart.seriesIndex("b", false);
            assertThat(b).isZero();
            assertThat(chart.rawRenderer().getSeriesPaint(b)).isEqualTo(RunColours.awt(1));
            assertThat(chart.rawRenderer().isSeriesVisible(b)).isFalse();
            assertThat(chart.runIds()).containsExactly("b");
        });
    }

    @Test
    void tracesToggleHidesRunsButKeepsBands() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.setRepeatMember("a", true);
            chart.setBand("rep", "repeat 5", new double[] {1, 0.5}, new double[] {0.1, 0.05}, 2);
            chart.setTracesVisible(false);
            assertThat(chart.rawRenderer().isSeriesVisible(chart.seriesIndex("a", false))).isFalse();
            assertThat(chart.isRunDrawn("a")).isFalse();
            assertThat(chart.bandRenderer().isSeriesVisible(0)).isTrue();
            assertThat(chart.plot().getDataset(LossChart.BANDS).getItemCount(0)).isEqualTo(2);
        });
    }

    @Test
    void tracesToggleLeavesASingleRunDrawn() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("single", "run 1", 0);
            chart.addRun("member", "run 2", 1);
            chart.setRepeatMember("member", true);
            chart.setTracesVisible(false);
            assertThat(chart.isRunDrawn("single")).isTrue();
            assertThat(chart.rawRenderer().isSeriesVisible(chart.seriesIndex("single", false))).isTrue();
            assertThat(chart.isRunDrawn("member")).isFalse();
            assertThat(chart.rawRenderer().isSeriesVisible(chart.seriesIndex("member", false))).isFalse();
        });
    }

    @Test
    void logScaleWithZeroAndNegativeLossesDrawsAndKeepsAPositiveRange() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", List.of(epoch(1, 0.0, 0.5), epoch(2, -0.1, 0.2), epoch(3, 0.05, 0.0)));
            chart.setBand("rep", "repeat", new double[] {0.1, 0.05}, new double[] {0.3, 0.2}, 1);
            chart.setLogScale(true);
            draw(chart);
            assertThat(chart.rangeAxis()).isInstanceOf(LogAxis.class);
            assertThat(chart.rangeAxis().getLowerBound()).isPositive();
            assertThat(chart.rangeAxis().getUpperBound()).isGreaterThanOrEqualTo(0.5);
            chart.setLogScale(false);
            draw(chart);
            assertThat(chart.rangeAxis()).isNotInstanceOf(LogAxis.class);
            assertThat(chart.rangeAxis().getLowerBound()).isLessThanOrEqualTo(-0.1);
        });
    }

    @Test
    void logScaleWithOnlyNonPositiveLossesStillHasAValidRange() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", List.of(epoch(1, 0.0, -1.0), epoch(2, 0.0, -2.0)));
            chart.setLogScale(true);
            draw(chart);
            assertThat(chart.rangeAxis().getUpperBound()).isGreaterThan(chart.rangeAxis().getLowerBound());
            assertThat(chart.rangeAxis().getLowerBound()).isPositive();
        });
    }

    @Test
    void smoothingKeepsRawPointsAndDrawsTheDebiasedEma() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            List<EpochMetrics> first = SyntheticRuns.curve(3, 60, 40);
            chart.appendEpochs("a", first.subList(0, 25));
            chart.setSmoothing(0.8);
            chart.appendEpochs("a", first.subList(25, 60));
            assertThat(chart.pointCount("a", false)).isEqualTo(60);
            assertThat(chart.pointCount("a", true)).isEqualTo(60);

            double[] val = first.stream().mapToDouble(EpochMetrics::valLoss).toArray();
            double[] expected = Smoothing.ema(val, 0.8);
            XYSeries smooth = chart.smoothedSeries("a", true);
            assertThat(smooth.getItemCount()).isEqualTo(60);
            for (int i = 0; i < 60; i++) {
                assertThat(smooth.getY(i).doubleValue()).isEqualTo(expected[i]);
                assertThat(smooth.getX(i).intValue()).isEqualTo(i + 1);
            }
            // raw stays visible (faint, not hidden) and the smoothed line is drawn on top
            int raw = chart.seriesIndex("a", true);
            assertThat(chart.rawRenderer().isSeriesVisible(raw)).isTrue();
            assertThat(((java.awt.Color) chart.rawRenderer().getSeriesPaint(raw)).getAlpha())
                    .isBetween(30, 200);
            assertThat(chart.smoothRenderer().isSeriesVisible(raw)).isTrue();

            chart.setSmoothing(0);
            assertThat(chart.smoothedSeries("a", true).getItemCount()).isZero();
            assertThat(((java.awt.Color) chart.rawRenderer().getSeriesPaint(raw)).getAlpha()).isEqualTo(255);
        });
    }

    @Test
    void smoothingWeightOutsideZeroToOneIsRejected() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            assertThatThrownBy(() -> chart.setSmoothing(1.0)).hasMessageContaining("1.0");
            assertThatThrownBy(() -> chart.setSmoothing(-0.1)).hasMessageContaining("-0.1");
        });
    }

    @Test
    void bandHoldsMeanPlusMinusStdPerEpoch() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            double[] mean = {0.9, 0.5, Double.NaN, 0.2};
            double[] std = {0.1, 0.05, 0.1, 0.02};
            chart.setBand("rep", "repeat 5", mean, std, 3);
            YIntervalSeries s = chart.bandSeries("rep");
            assertThat(s.getItemCount()).isEqualTo(3);
            assertThat(s.getX(2).intValue()).isEqualTo(4);
            assertThat(s.getYValue(1)).isEqualTo(0.5);
            assertThat(s.getYLowValue(1)).isCloseTo(0.45, within(1e-15));
            assertThat(s.getYHighValue(1)).isCloseTo(0.55, within(1e-15));
            assertThat(s.getYLowValue(2)).isCloseTo(0.18, within(1e-15));

            chart.setBand("rep", "repeat 5", new double[] {0.3}, new double[] {0.1}, 3);
            assertThat(chart.bandSeries("rep").getItemCount()).isEqualTo(1);
            chart.removeBand("rep");
            assertThat(chart.plot().getDataset(LossChart.BANDS).getSeriesCount()).isZero();
        });
    }

    @Test
    void legendShowsEachRunOnceAndSummarisesBeyondTen() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            for (int i = 0; i < 14; i++) {
                chart.addRun("r" + i, "run " + i, i);
            }
            chart.setBand("rep", "repeat", new double[] {1}, new double[] {0.1}, 0);
            LegendItemCollection items = chart.plot().getLegendItems();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(((LegendItem) items.get(i)).getLabel());
            }
            assertThat(labels).hasSize(2 + ChartLegend.MAX_RUNS + 1 + 1);
            assertThat(labels).startsWith("train", "validation", "run 0");
            assertThat(labels).contains("+ 4 more", "repeat (mean ± 1 std)");
            assertThat(labels).doesNotHaveDuplicates();
        });
    }

    @Test
    void baselinesAreDrawnAsLabelledLinesAndNanHidesThem() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.setBaselines(0.061, Double.NaN);
            var markers = chart.plot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertThat(markers).hasSize(1);
            var m = (org.jfree.chart.plot.ValueMarker) markers.iterator().next();
            assertThat(m.getValue()).isEqualTo(0.061);
            assertThat(m.getLabel()).isEqualTo("persistence 0.061");
            chart.setBaselines(0.01, 0.27);
            assertThat(chart.plot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                    .map(x -> ((org.jfree.chart.plot.ValueMarker) x).getLabel()).toList())
                    .containsExactlyInAnyOrder("persistence 0.01", "training mean 0.27");
            chart.setBaselines(Double.NaN, Double.NaN);
            assertThat(chart.plot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNullOrEmpty();
        });
    }

    @Test
    void bestEpochAndOverfitShadeFollowTheRun() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", epochs(1, 30));
            chart.setBestEpoch("a", 12);
            chart.setOverfitFrom("a", 12);
            chart.appendEpochs("a", epochs(31, 40));
            var fg = chart.plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            var bg = chart.plot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
            assertThat(((org.jfree.chart.plot.ValueMarker) fg.iterator().next()).getValue()).isEqualTo(12);
            var shade = (org.jfree.chart.plot.IntervalMarker) bg.iterator().next();
            assertThat(shade.getStartValue()).isEqualTo(12);
            assertThat(shade.getEndValue()).isEqualTo(40);
            chart.setRunVisible("a", false);
            chart.setTracesVisible(false);
            chart.setTracesVisible(true);
            assertThat(chart.plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNullOrEmpty();
            chart.setBestEpoch("a", 0);
            chart.setRunVisible("a", true);
            assertThat(chart.plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNullOrEmpty();
            assertThat(chart.plot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
        });
    }

    @Test
    void autoRangeTakesInANearBaselineButNotAFarOne() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", List.of(epoch(1, 0.30, 0.35), epoch(2, 0.20, 0.25)));
            chart.setBaselines(0.12, 5.0);
            draw(chart);
            assertThat(chart.rangeAxis().getLowerBound()).isLessThan(0.12);
            assertThat(chart.rangeAxis().getUpperBound()).isLessThan(1.0);
            chart.setLogScale(true);
            draw(chart);
            assertThat(chart.rangeAxis().getLowerBound()).isLessThan(0.12);
            assertThat(chart.rangeAxis().getUpperBound()).isLessThan(1.0);
        });
    }
}
