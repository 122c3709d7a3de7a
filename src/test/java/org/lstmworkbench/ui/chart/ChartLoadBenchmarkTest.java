package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The chart's load benchmark (30 runs x 2000 epochs), excluded from {@code mvn verify}; run with
 * {@code mvn -q -o test -Dtest=ChartLoadBenchmarkTest -Dgroups=benchmark -DexcludedGroups=none}.
 * It prints what it measured; the only assertions are that every point arrived.
 */
@Tag("benchmark")
class ChartLoadBenchmarkTest {

    @Test
    void thirtyRunsOfTwoThousandEpochs() throws InterruptedException {
        // two warm-up rounds so the JIT has compiled the drawing code before the measured one
        for (int i = 0; i < 2; i++) {
            System.out.println("warm-up: " + ChartLoadBenchmark.run(30, 2000));
        }
        ChartLoadBenchmark.Result result = ChartLoadBenchmark.run(30, 2000);
        System.out.println("chart benchmark: " + result);
        assertThat(result.points()).isEqualTo(2L * 30 * 2000);
    }
}
