package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.ui.chart.LengthHistogramChart.Bin;

class LengthHistogramChartTest {

    @Test
    void lengthsOverASmallSpanGetOneBarEachWithGapsKept() {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        counts.put(5, 3);
        counts.put(6, 2);
        counts.put(8, 1);

        assertThat(LengthHistogramChart.binsOf(counts, 30))
                .containsExactly(new Bin(5, 5, 3), new Bin(6, 6, 2), new Bin(7, 7, 0), new Bin(8, 8, 1));
    }

    @Test
    void oneLengthIsOneBar() {
        assertThat(LengthHistogramChart.binsOf(new TreeMap<>(java.util.Map.of(60, 600)), 30))
                .containsExactly(new Bin(60, 60, 600));
    }

    @Test
    void aWideSpanIsBinnedInRoundWidthsAlignedOnTheirMultiples() {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (int len = 15; len <= 214; len++) {
            counts.put(len, 1);
        }

        List<Bin> bins = LengthHistogramChart.binsOf(counts, 30);

        // 200 lengths: width 5 would need 41 bins, width 10 needs 21 (10-19 .. 210-219)
        assertThat(bins).hasSize(21);
        assertThat(bins.get(0)).isEqualTo(new Bin(10, 19, 5));
        assertThat(bins.get(1)).isEqualTo(new Bin(20, 29, 10));
        assertThat(bins.get(20)).isEqualTo(new Bin(210, 219, 5));
        assertThat(bins.stream().mapToInt(Bin::count).sum()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "30, 1", "31, 2", "57, 2", "58, 2", "59, 5", "145, 5", "146, 10", "5000, 200"})
    void theBinWidthIsTheSmallestRoundOneThatFits(int span, int width) {
        assertThat(LengthHistogramChart.roundWidth(span, 30)).isEqualTo(width);
    }

    @Test
    void showingDrawsOneIntervalPerBinCoveringItsLengths() {
        LengthHistogramChart chart = new LengthHistogramChart();
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        counts.put(5, 4);
        counts.put(7, 6);

        chart.show(counts);

        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getStartXValue(0, 2)).isEqualTo(6.5);
        assertThat(data.getEndXValue(0, 2)).isEqualTo(7.5);
        assertThat(data.getYValue(0, 2)).isEqualTo(6.0);
        chart.show(new TreeMap<>());
        assertThat(data.getItemCount(0)).isZero();
        assertThat(chart.bins()).isEmpty();
    }
}
