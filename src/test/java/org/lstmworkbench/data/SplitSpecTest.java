package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitSpecTest {

    @ParameterizedTest
    @CsvSource({"100, 0.7, 0.15, 0.15, 70, 15, 15", "10, 0.5, 0.5, 0, 5, 5, 0", "7, 0.7, 0.15, 0.15, 5, 1, 1",
        "119, 0.7, 0.15, 0.15, 83, 18, 18"})
    void chronologicalSplitKeepsOrderAndCounts(int n, double tr, double va, double te, int nTr, int nVa, int nTe) {
        SplitIndices s = new SplitSpec.Chronological(tr, va, te).assign(n);
        assertThat(s.train()).hasSize(nTr).startsWith(0);
        assertThat(s.validation()).hasSize(nVa);
        assertThat(s.test()).hasSize(nTe);
        assertThat(s.validation()[0]).isEqualTo(nTr);
    }

    @ParameterizedTest
    @CsvSource({"0.8, 0.3, 0, sum to 1", "1.2, -0.1, -0.1, lie in [0, 1]", "0, 0.5, 0.5, above 0", "0.9, 0, 0.1, above 0"})
    void refusesBadFractionsNamingThem(double tr, double va, double te, String why) {
        assertThatThrownBy(() -> new SplitSpec.Chronological(tr, va, te)).isInstanceOf(DataException.class)
                .hasMessageContaining(why).hasMessageContaining(tr + "/" + va + "/" + te);
    }

    @Test
    void randomSplitIsDeterministicAndCoversAllSamplesOnce() {
        SplitSpec spec = new SplitSpec.Random(0.6, 0.2, 0.2, 42);
        SplitIndices a = spec.assign(50);
        SplitIndices b = spec.assign(50);
        assertThat(a.train()).containsExactly(b.train());
        assertThat(a.train()).hasSize(30).isSorted();
        assertThat(a.validation()).hasSize(10);
        int[] all = java.util.stream.IntStream.concat(java.util.stream.IntStream.concat(
                java.util.Arrays.stream(a.train()), java.util.Arrays.stream(a.validation())),
                java.util.Arrays.stream(a.test())).sorted().toArray();
        assertThat(all).containsExactly(java.util.stream.IntStream.range(0, 50).toArray());
        assertThat(a.train()).isNotEqualTo(java.util.stream.IntStream.range(0, 30).toArray());
    }

    @Test
    void explicitSplitTakesCountsInOrderAndRefusesTooFewSamples() {
        SplitIndices s = new SplitSpec.Explicit(5, 5, 0).assign(10);
        assertThat(s.train()).containsExactly(0, 1, 2, 3, 4);
        assertThat(s.validation()).containsExactly(5, 6, 7, 8, 9);
        assertThat(s.test()).isEmpty();
        assertThatThrownBy(() -> new SplitSpec.Explicit(5, 5, 1).assign(10))
                .hasMessage("explicit split 5/5/1 samples needs 11 samples but there are only 10");
    }

    @Test
    void minimumSamplesIsSmallestCountWithTrainAndValidation() {
        assertThat(DataPipeline.minimumSamples(SplitSpec.DEFAULT)).isEqualTo(2);
        assertThat(DataPipeline.minimumSamples(new SplitSpec.Explicit(5, 5, 2))).isEqualTo(12);
    }
}
