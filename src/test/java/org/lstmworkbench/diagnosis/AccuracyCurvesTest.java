package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;

class AccuracyCurvesTest {

    @Test
    void chanceLevelsComeFromTheClassesAndTheMajorityShare() {
        AccuracyCurves six = AccuracyCurves.classesOnly(6);
        assertThat(six.chanceLoss().getAsDouble()).isCloseTo(Math.log(6), within(1e-15));
        assertThat(six.chanceAccuracy().getAsDouble()).isCloseTo(1 / 6.0, within(1e-15));
        assertThat(AccuracyCurves.classesOnly(2).withMajorityShare(0.7).chanceAccuracy().getAsDouble()).isEqualTo(0.7);
        // a majority share below 1/K cannot be the best constant guess's accuracy
        assertThat(AccuracyCurves.classesOnly(2).withMajorityShare(0.3).chanceAccuracy().getAsDouble()).isEqualTo(0.5);
        assertThat(AccuracyCurves.of(new double[] {0.5}, null).chanceAccuracy()).isEmpty();
        assertThat(AccuracyCurves.of(new double[] {0.5}, null).chanceLoss()).isEmpty();
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] train = {0.5, 0.6};
        AccuracyCurves a = AccuracyCurves.of(train, null, 2);
        train[0] = 0.9;
        a.train()[1] = 0.9;
        assertThat(a.train()).containsExactly(0.5, 0.6);
        assertThat(a.val()).isNull();
        assertThat(a.epochs()).isEqualTo(2);
        assertThat(a.head(1).train()).containsExactly(0.5);
    }

    @Test
    void rejectsWhatIsNoAccuracy() {
        assertThatThrownBy(() -> AccuracyCurves.of(new double[] {0.5, 1.2}, null))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("Training accuracy must be a share in [0, 1] (or NaN), got 1.2 at epoch 2 (a percentage? "
                        + "divide by 100)");
        assertThatThrownBy(() -> AccuracyCurves.of(null, new double[] {-0.1}))
                .hasMessageContaining("Validation accuracy must be a share in [0, 1] (or NaN), got -0.1 at epoch 1");
        assertThatThrownBy(() -> AccuracyCurves.of(new double[] {0.5}, new double[] {0.5, 0.6}))
                .hasMessage("Validation accuracy has 2 epochs but training accuracy has 1");
        assertThatThrownBy(() -> AccuracyCurves.classesOnly(1)).hasMessage("A classifier needs at least 2 classes, got 1");
        assertThatThrownBy(() -> AccuracyCurves.classesOnly(2).withMajorityShare(0))
                .hasMessage("Majority class share must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new AccuracyCurves(null, null, null, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AccuracyCurves.of(new double[] {Double.NaN, 0.5}, null).train()[0]).isNaN();
    }

    @Test
    void curveInputChecksTheAccuracyLengthAndKeepsItThroughItsCopies() {
        double[] loss = Curves.decay(Curves.N, 0.1, 5);
        assertThatThrownBy(() -> CurveInput.of(loss, loss).withAccuracy(AccuracyCurves.of(new double[] {0.5}, null)))
                .isInstanceOf(WorkbenchException.class).hasMessage("Accuracy curves have 1 epochs but the loss curves "
                        + "have 60");
        assertThatThrownBy(() -> new CurveInput(loss, loss, OptionalDouble.empty(), false, OptionalDouble.empty(), null))
                .isInstanceOf(IllegalArgumentException.class);
        CurveInput in = CurveInput.of(loss, loss).withAccuracy(AccuracyCurves.classesOnly(3))
                .withRegularisation(true).withNaiveBaseline(0.2).withExpectedInitialLoss(1.1);
        assertThat(in.accuracy()).map(a -> a.classes().getAsInt()).contains(3);
        assertThat(CurveInput.of(loss, loss).accuracy()).isEmpty();
        assertThat(new CurveInput(loss, null, OptionalDouble.empty(), false, OptionalDouble.empty()).accuracy())
                .isEqualTo(Optional.empty());
    }

    @Test
    void runJsonOptionsCarryTheClassesAndKeepTheReadAccuracy() {
        CurveInput in = ClassifierCurves.plateauAtMajorityShare();
        ObjectNode options = DiagnosisJson.inputToJson(in);
        assertThat(options.get("classes").asInt()).isEqualTo(2);
        assertThat(options.get("majorityShare").asDouble()).isEqualTo(0.7);
        assertThat(DiagnosisJson.inputToJson(Curves.goodFit()).has("classes")).isFalse();

        // what diagnose reads back: the curves from history.csv (classes unknown), the rest from run.json
        CurveInput read = CurveInput.of(in.train(), in.val())
                .withAccuracy(AccuracyCurves.of(in.accuracy().get().train(), in.accuracy().get().val()));
        CurveInput applied = DiagnosisJson.applyInput(read, options);
        AccuracyCurves acc = applied.accuracy().orElseThrow();
        assertThat(acc.classes()).isEqualTo(OptionalInt.of(2));
        assertThat(acc.majorityShare()).isEqualTo(OptionalDouble.of(0.7));
        assertThat(acc.val()).containsExactly(in.accuracy().get().val());
        assertThat(new CurveDiagnoser().diagnose(applied).title()).isEqualTo(new CurveDiagnoser().diagnose(in).title());
        // options without classes leave a regression input without accuracy
        assertThat(DiagnosisJson.applyInput(Curves.goodFit(), DiagnosisJson.inputToJson(Curves.goodFit())).accuracy())
                .isEmpty();
    }
}
