package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatDiagnosisTest {

    /** Overfitting run whose validation minimum moves with {@code turn}. */
    private static CurveInput overfitRun(int n, int turn) {
        return CurveInput.of(Curves.decay(n, 0.05, 5),
                Curves.curve(n, t -> 0.2 + Math.exp(-t / 5.0) + (t > turn ? 0.002 * (t - turn) * (t - turn) : 0)));
    }

    @Test
    void countsAgreementAndLabelsTheMeanCurveTruncatedToTheShortestRun() {
        List<CurveInput> runs = List.of(overfitRun(60, 20), overfitRun(60, 22), overfitRun(55, 18),
                overfitRun(60, 25), Curves.goodFit());
        RepeatDiagnosis r = RepeatDiagnosis.of(runs);
        assertThat(r.count(FitLabel.OVERFIT)).isEqualTo(4);
        assertThat(r.epochsUsed()).isEqualTo(55);
        assertThat(r.truncated()).isTrue();
        assertThat(r.meanCurve().label()).isEqualTo(FitLabel.OVERFIT);
        assertThat(r.agreement()).isEqualTo("OVERFIT in 4 of 5 runs; mean curve: OVERFIT; "
                + "runs of unequal length truncated to the shortest (55 epochs)");
    }

    @Test
    void averagesEachEpochOverRuns() {
        CurveInput a = CurveInput.of(new double[] {1, 2, 3}, new double[] {2, 2, 2});
        CurveInput b = CurveInput.of(new double[] {3, 4}, new double[] {4, 4});
        CurveInput mean = RepeatDiagnosis.meanOf(List.of(a, b), 2);
        assertThat(mean.train()).containsExactly(new double[] {2, 3}, within(1e-12));
        assertThat(mean.val()).containsExactly(new double[] {3, 3}, within(1e-12));
    }

    @Test
    void saysNothingAboutTruncationWhenRunsAreEqual() {
        RepeatDiagnosis r = RepeatDiagnosis.of(List.of(Curves.goodFit(), Curves.goodFit()));
        assertThat(r.agreement()).isEqualTo("GOOD_FIT in 2 of 2 runs; mean curve: GOOD_FIT");
    }

    @Test
    void labelsTheMeanCurveDivergedWhenOneRunHasNan() {
        double[] bad = Curves.decay(60, 0.1, 5);
        bad[30] = Double.NaN;
        RepeatDiagnosis r = RepeatDiagnosis.of(List.of(Curves.goodFit(),
                CurveInput.of(bad, Curves.decay(60, 0.12, 5))));
        assertThat(r.meanCurve().label()).isEqualTo(FitLabel.DIVERGED);
        assertThat(Arrays.asList(r.runs().get(0).label(), r.runs().get(1).label()))
                .containsExactly(FitLabel.GOOD_FIT, FitLabel.DIVERGED);
    }

    @Test
    void aClassifierGroupsLineGivesTheMeanFinalAccuraciesBesideChance() {
        // validation accuracy rises to 0.87, training to 0.93, of six classes (chance 1/6)
        RepeatDiagnosis r = RepeatDiagnosis.of(List.of(ClassifierCurves.accuracyStillRising(),
                ClassifierCurves.accuracyStillRising()));

        assertThat(r.meanCurve().label()).isEqualTo(FitLabel.UNDERFIT);
        assertThat(r.agreement()).isEqualTo("UNDERFIT (STILL_IMPROVING) in 2 of 2 runs; mean curve: "
                + "UNDERFIT (STILL_IMPROVING); mean final accuracy: validation 0.87, training 0.93 (chance 0.17)");
    }
}
