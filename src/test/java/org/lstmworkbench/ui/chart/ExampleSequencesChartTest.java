package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.sequence.Sequence;

class ExampleSequencesChartTest {

    private static Sequence twoFeatures(String id, String label, double base) {
        double[][] steps = new double[4][];
        for (int t = 0; t < 4; t++) {
            steps[t] = new double[] {base + t, -base - 10 * t};
        }
        return new Sequence(id, null, label, steps);
    }

    @Test
    void eachClassGetsAPanelOfItsExamplesInItsColourNamedByTheClass() {
        ExampleSequencesChart chart = new ExampleSequencesChart();
        List<Sequence> shown = List.of(twoFeatures("s1", "down", 1), twoFeatures("s2", "up", 2),
                twoFeatures("s3", "up", 3));

        chart.show(shown, List.of("down", "up"), new int[] {40, 7}, 0, "x");

        assertThat(chart.seriesCount()).isEqualTo(3);
        assertThat(chart.panelCount()).isEqualTo(2);
        assertThat(chart.paint(0)).isEqualTo(RunColours.awt(0));
        assertThat(chart.paint(1)).isEqualTo(RunColours.awt(1));
        assertThat(chart.paint(2)).isEqualTo(RunColours.awt(1));
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.chart().getXYPlot();
        assertThat(plot.getSubplots().get(1).getDomainAxis().getLabel()).isEqualTo("up");
        assertThat(plot.getSubplots().get(1).getSeriesCount()).isEqualTo(2);
        assertThat(chart.classLabels()).containsExactly("down", "up");
        // the panels name the classes: no legend repeating them
        assertThat(chart.chart().getLegend().isVisible()).isFalse();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("x");
        // steps count from 1; the first feature of s2 is 2 + t
        assertThat(chart.series(1).getX(0).doubleValue()).isEqualTo(1.0);
        assertThat(chart.series(1).getY(3).doubleValue()).isEqualTo(5.0);
    }

    @Test
    void theChosenFeatureIsDrawn() {
        ExampleSequencesChart chart = new ExampleSequencesChart();

        chart.show(List.of(twoFeatures("s1", "a", 1), twoFeatures("s2", "b", 2)), List.of("a", "b"),
                new int[] {1, 1}, 1, "y");

        assertThat(chart.series(0).getY(3).doubleValue()).isEqualTo(-31.0);
        assertThat(chart.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("y");
    }

    @Test
    void manyClassesAreOverlaidInOnePanelWhoseLegendEndsWithHowManyAreNotNamed() {
        ExampleSequencesChart chart = new ExampleSequencesChart();
        List<String> classes = new ArrayList<>();
        List<Sequence> shown = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            classes.add("c" + (char) ('a' + k));
            shown.add(twoFeatures("s" + k, classes.get(k), k));
        }

        chart.show(shown, classes, new int[15], 0, "x");

        assertThat(chart.seriesCount()).isEqualTo(15);
        assertThat(chart.panelCount()).isEqualTo(1);
        assertThat(chart.paint(14)).isEqualTo(RunColours.awt(14));
        assertThat(chart.chart().getLegend().isVisible()).isTrue();
        assertThat(chart.classLabels()).hasSize(ExampleSequencesChart.MAX_LEGEND_CLASSES)
                .startsWith("ca (0)").endsWith("+ 4 more classes");
        assertThat(chart.chart().getXYPlot().getFixedLegendItems().getItemCount())
                .isEqualTo(ExampleSequencesChart.MAX_LEGEND_CLASSES);
    }

    @Test
    void noExamplesClearThePlotAndHideTheLegend() {
        ExampleSequencesChart chart = new ExampleSequencesChart();
        chart.show(List.of(twoFeatures("s1", "a", 1)), List.of("a", "b"), new int[] {1, 1}, 0, "x");

        chart.show(List.of(), List.of(), new int[0], 0, null);

        assertThat(chart.seriesCount()).isZero();
        assertThat(chart.panelCount()).isZero();
        assertThat(chart.chart().getLegend().isVisible()).isFalse();
        assertThat(chart.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("value");
    }
}
