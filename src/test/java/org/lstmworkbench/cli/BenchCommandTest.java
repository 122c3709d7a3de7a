package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void reportsBothCasesWithTheirParameterCountsAndTimes() {
        CliRunner r = CliRunner.run("bench", "--toy-epochs", "3", "--realistic-epochs", "1", "--warmup", "1");

        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("cores").contains("Java 17");
        String toy = lines.stream().filter(l -> l.startsWith("seed toy")).findFirst().orElseThrow();
        String seasonal = lines.stream().filter(l -> l.startsWith("seasonal")).findFirst().orElseThrow();
        // columns: params, epochs, fit ms, trainer ms, engine ms, ratio, max relative loss difference
        String[] t = toy.substring(46).trim().split("\\s+");
        assertThat(t[0]).isEqualTo("491");
        assertThat(t[1]).isEqualTo("3");
        assertThat(Double.parseDouble(t[2])).isPositive();
        assertThat(Double.parseDouble(t[3])).isPositive();
        assertThat(Double.parseDouble(t[4])).isPositive();
        // the ratio column is engine over trainer, printed to 3 decimals
        assertThat(Double.parseDouble(t[5].replace("x", "")))
                .isCloseTo(Double.parseDouble(t[4]) / Double.parseDouble(t[3]), org.assertj.core.api.Assertions.offset(0.01));
        assertThat(Double.parseDouble(t[6])).isLessThanOrEqualTo(1e-9);
        assertThat(r.out()).doesNotContain("could not use the fast engine");
        String[] s = seasonal.substring(46).trim().split("\\s+");
        // LSTM(50) on 1 input: 4(50+2500+50) = 10400; LSTM(50) on 50: 4(2500+2500+50) = 20200; Dense: 51
        assertThat(s[0]).isEqualTo("30651");
    }

    @Test
    void rejectsZeroEpochs() {
        CliRunner r = CliRunner.run("bench", "--toy-epochs", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("must be at least 1");
    }

    @Test
    void rejectsAnUnknownWorkloadOrPathNamingTheKnownOnes() {
        CliRunner r = CliRunner.run("bench", "--workload", "grid");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("seed-grid, repeats-30, airline");
        CliRunner p = CliRunner.run("bench", "--workload", "seed-grid", "--path", "quick");
        assertThat(p.status()).isEqualTo(2);
        assertThat(p.err()).contains("--path must be dl4j, engine or all");
    }
}
