package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class ConvergenceChartTest {

    @Test
    void aFlatSeriesAtAccuracyOneGetsARangeOfAtLeastOnePercent() {
        ConvergenceChart chart = new ConvergenceChart("val_accuracy");

        chart.show("units=8", new int[] {1, 2, 3}, new double[] {1, 1, 1}, new double[] {Double.NaN, 0, 0});

        NumberAxis axis = (NumberAxis) chart.chart().getXYPlot().getRangeAxis();
        axis.configure();
        Range r = axis.getRange();
        assertThat(r.getLength()).isGreaterThan(0.0099);
        assertThat(r.contains(1.0)).isTrue();
    }

    @Test
    void aSeriesThatVariesKeepsItsOwnRange() {
        ConvergenceChart chart = new ConvergenceChart("val_loss");

        chart.show("units=1", new int[] {1, 2, 3}, new double[] {0.30, 0.20, 0.25}, new double[] {0, 0.05, 0.03});

        NumberAxis axis = (NumberAxis) chart.chart().getXYPlot().getRangeAxis();
        axis.configure();
        Range r = axis.getRange();
        // the band's extent, 0.15..0.30, plus JFreeChart's margins: not widened to some minimum
        assertThat(r.getLowerBound()).isBetween(0.13, 0.15);
        assertThat(r.getUpperBound()).isBetween(0.30, 0.32);
    }
}
