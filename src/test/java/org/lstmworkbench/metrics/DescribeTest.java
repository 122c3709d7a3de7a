package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DescribeTest {

    /**
     * Raw per-repeat losses and the describe() columns printed in the seed: section 8.4.2
     * (memory cells 1, 5, 10) and section 8.5.3 (batch sizes 1, 2, 3).
     */
    static Stream<Arguments> seedTables() {
        return Stream.of(
                Arguments.of("8.4.2 cells=1", new double[] {0.187934, 0.169736, 0.294507, 0.105454, 0.220867},
                        new double[] {5, 0.195700, 0.069417, 0.105454, 0.169736, 0.187934, 0.220867, 0.294507}),
                Arguments.of("8.4.2 cells=5", new double[] {0.056324, 0.103125, 0.051873, 0.100868, 0.070574},
                        new double[] {5, 0.076553, 0.024245, 0.051873, 0.056324, 0.070574, 0.100868, 0.103125}),
                Arguments.of("8.4.2 cells=10", new double[] {0.023056, 0.006242, 0.041770, 0.067101, 0.006736},
                        new double[] {5, 0.028981, 0.025806, 0.006242, 0.006736, 0.023056, 0.041770, 0.067101}),
                Arguments.of("8.5.3 batch=1", new double[] {0.001113, 0.003881, 0.001901, 0.001382, 0.001783},
                        new double[] {5, 0.002012, 0.001091, 0.001113, 0.001382, 0.001783, 0.001901, 0.003881}),
                Arguments.of("8.5.3 batch=2", new double[] {0.000973, 0.000061, 0.001475, 0.000625, 0.001681},
                        new double[] {5, 0.000963, 0.000653, 0.000061, 0.000625, 0.000973, 0.001475, 0.001681}),
                Arguments.of("8.5.3 batch=3", new double[] {0.002114, 0.001060, 0.000025, 0.004496, 0.001244},
                        new double[] {5, 0.001788, 0.001686, 0.000025, 0.001060, 0.001244, 0.002114, 0.004496}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTables")
    void reproducesTheSeedsPrintedDescribeTablesToSixDecimals(String name, double[] losses, double[] printed) {
        double[] stats = Describe.of(losses).values();
        for (int i = 0; i < printed.length; i++) {
            assertThat(Math.round(stats[i] * 1e6) / 1e6)
                    .as(Describe.ROW_LABELS.get(i)).isCloseTo(printed[i], within(1e-12));
        }
    }

    @Test
    void formatsSideBySideColumnsExactlyAsTheSeedPrintsThem() {
        Map<String, Describe> columns = new LinkedHashMap<>();
        columns.put("1", Describe.of(new double[] {0.187934, 0.169736, 0.294507, 0.105454, 0.220867}));
        columns.put("5", Describe.of(new double[] {0.056324, 0.103125, 0.051873, 0.100868, 0.070574}));
        columns.put("10", Describe.of(new double[] {0.023056, 0.006242, 0.041770, 0.067101, 0.006736}));
        String expected = """
                              1         5        10
                count  5.000000  5.000000  5.000000
                mean   0.195700  0.076553  0.028981
                std    0.069417  0.024245  0.025806
                min    0.105454  0.051873  0.006242
                25%    0.169736  0.056324  0.006736
                50%    0.187934  0.070574  0.023056
                75%    0.220867  0.100868  0.041770
                max    0.294507  0.103125  0.067101
                """;
        assertThat(Describe.format(columns)).isEqualTo(expected);
    }

    /** Quartiles worked by hand with h = (n-1)p, where interpolation matters (n not 4m+1). */
    static Stream<Arguments> handQuartiles() {
        return Stream.of(
                Arguments.of(new double[] {4, 1, 3, 2}, 1.75, 2.5, 3.25),
                Arguments.of(new double[] {60, 10, 50, 20, 40, 30}, 22.5, 35.0, 47.5),
                Arguments.of(new double[] {7, 1}, 2.5, 4.0, 5.5),
                Arguments.of(new double[] {3}, 3.0, 3.0, 3.0));
    }

    @ParameterizedTest
    @MethodSource("handQuartiles")
    void interpolatesQuartilesLinearlyLikePandas(double[] values, double q25, double q50, double q75) {
        Describe d = Describe.of(values);
        assertThat(d.q25()).isCloseTo(q25, within(1e-12));
        assertThat(d.median()).isCloseTo(q50, within(1e-12));
        assertThat(d.q75()).isCloseTo(q75, within(1e-12));
    }

    @Test
    void givesNanStdForASingleValueLikePandas() {
        Describe d = Describe.of(new double[] {0.5});
        assertThat(d.count()).isEqualTo(1);
        assertThat(d.std()).isNaN();
        assertThat(d.format()).contains("std         NaN");
    }

    @Test
    void skipsNanValuesInCountAndStatistics() {
        Describe d = Describe.of(new double[] {1, Double.NaN, 3});
        assertThat(d.count()).isEqualTo(2);
        assertThat(d.mean()).isEqualTo(2.0);
        assertThat(d.std()).isCloseTo(Math.sqrt(2), within(1e-12));
    }
}
