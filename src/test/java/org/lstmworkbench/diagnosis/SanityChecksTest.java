package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.diagnosis.SanityChecks.Severity;

class SanityChecksTest {

    @ParameterizedTest(name = "{0} params / {1} samples -> {2}")
    @CsvSource({
        "1000000, 10000, WARNING, 100.0 per sample",
        "11000, 1000, WARNING, 11.0 per sample",
        "5000, 1000, INFO, watch validation",
        "100, 1000, INFO, fine"})
    void ratesParametersPerTrainingSample(long params, long samples, Severity severity, String text) {
        SanityChecks.Finding f = SanityChecks.parameterCount(params, samples);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.message()).contains(text);
    }

    @Test
    void writesCountsGroupedAsTheModelTabDoes() {
        // the model tab shows "8,646 trainable parameters": the warning must spell the same number alike
        assertThat(SanityChecks.parameterCount(8646, 66).message())
                .startsWith("8,646 parameters for 66 training samples (131.0 per sample)");
        assertThat(SanityChecks.parameterCount(1_000_000, 10_000).message())
                .startsWith("1,000,000 parameters for 10,000 training samples");
    }

    @Test
    void expectsLnTwoForBalancedBinaryAndLnKForKClasses() {
        assertThat(SanityChecks.expectedBinaryCrossEntropy()).isCloseTo(0.693147, within(1e-6));
        assertThat(SanityChecks.expectedCategoricalCrossEntropy(6)).isCloseTo(1.791759, within(1e-6));
    }

    @Test
    void expectsVariancePlusSquaredMeanForMseOnScaledTargets() {
        // targets 0, 1: population variance 0.25, mean^2 0.25
        assertThat(SanityChecks.expectedMse(new double[] {0, 1})).isCloseTo(0.5, within(1e-12));
        assertThat(SanityChecks.expectedMse(new double[] {0.1, 0.2, 0.3, 0.4, 0.5})).isCloseTo(0.11, within(1e-12));
    }

    @ParameterizedTest(name = "first loss {0} -> {1}")
    @CsvSource({"2.0, WARNING", "1.03, INFO", "0.69, INFO", "NaN, ERROR"})
    void comparesTheFirstEpochWithTheUntrainedLoss(double first, Severity severity) {
        assertThat(SanityChecks.initialLoss(Math.log(2), first).severity()).isEqualTo(severity);
    }

    @Test
    void returnsBothFindingsInOrder() {
        var findings = SanityChecks.check(1_000_000, 10_000, Math.log(2), 0.7);
        assertThat(findings).extracting(SanityChecks.Finding::check).containsExactly("parameters", "initial loss");
    }

    @ParameterizedTest(name = "K = {0}, first loss {1} -> {2}")
    @CsvSource({
        "2, 0.70, INFO, 'first epoch''s loss 0.7000 vs ln 2 = 0.6931 of guessing among 2 classes (x1.01): plausible.'",
        "6, 1.70, INFO, 'vs ln 6 = 1.792 of guessing among 6 classes (x0.95): plausible.'",
        "2, 2.0794415416798357, WARNING, '(x3.00): far above chance; check that the labels are one-hot (or integers 0..1'",
        "6, 5.375278407684165, WARNING, 'a softmax over 6 units and that the loss is categorical cross-entropy.'",
        "2, 0.23104906018664842, WARNING, '(x0.33): far below chance after one epoch; check that the loss is the mean'",
        "6, 0.5972531564093516, WARNING, '(x0.33): far below chance after one epoch'"})
    void expectsTheFirstLossOfAClassifierNearLnK(int classes, double firstLoss, Severity severity, String text) {
        SanityChecks.Finding f = SanityChecks.chanceLevel(classes, firstLoss);

        assertThat(f.check()).isEqualTo("chance level");
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.message()).contains(text);
    }

    @Test
    void chanceLevelBandIsHalfToOneAndAHalfTimesLnK() {
        double ln6 = Math.log(6);
        assertThat(SanityChecks.chanceLevel(6, 1.499 * ln6).severity()).isEqualTo(Severity.INFO);
        assertThat(SanityChecks.chanceLevel(6, 1.501 * ln6).severity()).isEqualTo(Severity.WARNING);
        assertThat(SanityChecks.chanceLevel(6, 0.501 * ln6).severity()).isEqualTo(Severity.INFO);
        assertThat(SanityChecks.chanceLevel(6, 0.499 * ln6).severity()).isEqualTo(Severity.WARNING);
        assertThat(SanityChecks.chanceLevel(2, Double.NaN).severity()).isEqualTo(Severity.ERROR);
        assertThat(SanityChecks.checkClassifier(1000, 600, 6, 1.8)).extracting(SanityChecks.Finding::check)
                .containsExactly("parameters", "chance level");
    }

    @Test
    void chanceLevelNeedsTwoClasses() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SanityChecks.chanceLevel(1, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 classes, got 1");
    }
}
