package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.data.DataException;

class ClassLabelsTest {

    @Test
    void sortsTextLabelsAsStringsWithCounts() {
        ClassLabels classes = ClassLabels.of(List.of("walk", "sit", "walk", "run", "walk", "sit"));
        assertThat(classes.names()).containsExactly("run", "sit", "walk");
        assertThat(classes.counts()).containsExactly(1, 2, 3);
        assertThat(classes.total()).isEqualTo(6);
        assertThat(classes.integerLabels()).isFalse();
        assertThat(classes.describe()).isEqualTo("run 1, sit 2, walk 3");
    }

    @Test
    void sortsIntegerLabelsNumerically() {
        ClassLabels classes = ClassLabels.of(List.of("10", "2", "1", "2", "10", "10"));
        assertThat(classes.names()).containsExactly("1", "2", "10");
        assertThat(classes.integerLabels()).isTrue();
        assertThat(classes.indexOf("10")).isEqualTo(2);
        assertThat(classes.count(2)).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1", "1.0000000e+00, 1", "' 3 ', 3", "-0.0, 0", "007, 7", "2.5, 2.5", "walking, walking"})
    void readsLabelsInCanonicalForm(String raw, String canonical) {
        assertThat(ClassLabels.canonical(raw)).isEqualTo(canonical);
    }

    @Test
    void spellingsOfOneNumberAreOneClass() {
        ClassLabels classes = ClassLabels.of(List.of("1", "1.0", "2.000", "1e0"));
        assertThat(classes.names()).containsExactly("1", "2");
        assertThat(classes.counts()).containsExactly(3, 1);
    }

    @Test
    void encodesIndexAndOneHot() {
        ClassLabels classes = ClassLabels.of(List.of("b", "c", "a"));
        assertThat(classes.indexOf("a")).isZero();
        assertThat(classes.indexOf("c")).isEqualTo(2);
        assertThat(classes.oneHot("b")).containsExactly(0, 1, 0);
        assertThat(classes.oneHot(2)).containsExactly(0, 0, 1);
        assertThat(classes.name(1)).isEqualTo("b");
        assertThatThrownBy(() -> classes.indexOf("d")).isInstanceOf(DataException.class)
                .hasMessage("unknown class \"d\"; the classes are a, b, c");
    }

    @Test
    void flagsImbalanceAboveThreeTimes() {
        List<String> threeToOne = List.of("a", "a", "a", "b");
        List<String> fourToOne = List.of("a", "a", "a", "a", "b");
        assertThat(ClassLabels.of(threeToOne).imbalanceRatio()).isEqualTo(3.0);
        assertThat(ClassLabels.of(threeToOne).imbalanced()).isFalse();
        assertThat(ClassLabels.of(fourToOne).imbalanceRatio()).isEqualTo(4.0);
        assertThat(ClassLabels.of(fourToOne).imbalanced()).isTrue();
    }

    @Test
    void datasetRefusesOneClassOnly() {
        List<Sequence> sequences = List.of(Sequence.univariate("1", "x", new double[] {1, 2}),
                Sequence.univariate("2", "x", new double[] {3}));
        assertThatThrownBy(() -> new SequenceDataset("one.csv", List.of("value"), sequences))
                .isInstanceOf(DataException.class)
                .hasMessage("one.csv: all 2 sequences have the label \"x\"; classification needs at least two classes");
    }

    @Test
    void datasetRefusesDifferentFeatureCounts() {
        List<Sequence> sequences = List.of(Sequence.univariate("1", "x", new double[] {1, 2}),
                new Sequence("2", null, "y", new double[][] {{1, 2}}));
        assertThatThrownBy(() -> new SequenceDataset("mixed", List.of("value"), sequences))
                .isInstanceOf(DataException.class)
                .hasMessage("mixed: sequence \"2\" has 2 feature(s) where the dataset has 1 (value)");
    }

    @Test
    void chanceLevelsAreLnKAndMajorityShare() {
        assertThat(ChanceLevel.crossEntropy(2)).isCloseTo(0.6931, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ChanceLevel.crossEntropy(6)).isCloseTo(1.7918, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ChanceLevel.uniformAccuracy(4)).isEqualTo(0.25);
        assertThat(ChanceLevel.majorityAccuracy(new int[] {30, 60, 10})).isEqualTo(0.6);
        assertThat(ChanceLevel.priorCrossEntropy(new int[] {50, 50})).isCloseTo(Math.log(2),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ChanceLevel.priorCrossEntropy(new int[] {90, 10}))
                .isCloseTo(-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ChanceLevel.isNearChance(0.74, 2)).isTrue();
        assertThat(ChanceLevel.isNearChance(0.80, 2)).isFalse();
    }
}
