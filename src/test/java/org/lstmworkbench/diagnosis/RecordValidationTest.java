package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;

class RecordValidationTest {

    @Test
    void rejectsValidationOfAnotherLengthNamingBothLengths() {
        assertThatThrownBy(() -> CurveInput.of(new double[3], new double[2]))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("2 epochs").hasMessageContaining("3");
    }

    @Test
    void rejectsANonPositiveBaselineNamingIt() {
        assertThatThrownBy(() -> CurveInput.of(new double[] {1}, null).withNaiveBaseline(-0.5))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("-0.5");
    }

    @Test
    void copiesCurvesSoCallersCannotChangeThem() {
        double[] train = {1, 2};
        CurveInput in = CurveInput.of(train, null);
        train[0] = 99;
        in.train()[1] = 99;
        assertThat(in.train()).containsExactly(1, 2);
    }

    @Test
    void rejectsAnUnderfitKindOnAnotherLabel() {
        assertThatThrownBy(() -> new Diagnosis(FitLabel.OVERFIT, UnderfitKind.CAPACITY, 0.5, 1, Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OVERFIT with CAPACITY");
    }

    @Test
    void rejectsConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new Diagnosis(FitLabel.GOOD_FIT, null, 1.5, 1, Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void rejectsExtraMetricsOfAnotherLengthNamingTheKey() {
        assertThatThrownBy(() -> new LossCurve("f.csv", new double[] {1, 2}, null, Map.of("acc", new double[] {1})))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("f.csv").hasMessageContaining("'acc'");
    }
}
