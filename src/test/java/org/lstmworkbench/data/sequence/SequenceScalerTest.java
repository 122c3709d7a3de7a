package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.TransformSpec.Scaling;

class SequenceScalerTest {

    private static SequenceDataset dataset(double validationValue) {
        return new SequenceDataset("s", List.of("x", "y"), List.of(
                new Sequence("t1", null, "a", new double[][] {{0, 10}, {2, 30}}),
                new Sequence("t2", null, "b", new double[][] {{4, 20}}),
                new Sequence("v1", null, "a", new double[][] {{validationValue, validationValue}})));
    }

    private static final SequenceSplit SPLIT = new SequenceSplit(new int[] {0, 1}, new int[] {2}, new int[0]);

    @Test
    void minMaxIsFittedPerFeatureOnAllTrainingSteps() {
        SequenceScaler scaler = SequenceScaler.fit(Scaling.MIN_MAX, dataset(100), SPLIT);
        assertThat(scaler.features()).hasSize(2);
        assertThat(scaler.features().get(0).shift()).isEqualTo(0);
        assertThat(scaler.features().get(0).scale()).isEqualTo(4);
        assertThat(scaler.features().get(1).shift()).isEqualTo(10);
        assertThat(scaler.features().get(1).scale()).isEqualTo(20);
        SequenceDataset scaled = scaler.apply(dataset(100));
        assertThat(scaled.sequence(0).feature(0)).containsExactly(0, 0.5);
        assertThat(scaled.sequence(0).feature(1)).containsExactly(0, 1);
        assertThat(scaled.sequence(2).feature(0)).containsExactly(25);
    }

    @Test
    void validationValuesDoNotChangeTheScaler() {
        SequenceScaler a = SequenceScaler.fit(Scaling.Z_SCORE, dataset(100), SPLIT);
        SequenceScaler b = SequenceScaler.fit(Scaling.Z_SCORE, dataset(-1e6), SPLIT);
        assertThat(a).isEqualTo(b);
        // feature x over the training steps 0, 2, 4: mean 2, sample sd 2
        assertThat(a.features().get(0).shift()).isEqualTo(2);
        assertThat(a.features().get(0).scale()).isCloseTo(2, within(1e-12));
        assertThat(a.apply(dataset(100).sequence(2)).value(0, 0)).isCloseTo(49, within(1e-12));
    }

    @Test
    void aTrainingSpreadAboveADoubleNamesTheSequenceAndStep() {
        SequenceDataset huge = new SequenceDataset("s", List.of("x"), List.of(
                new Sequence("t1", null, "a", new double[][] {{1e308}, {0}}),
                new Sequence("t2", null, "b", new double[][] {{1}, {-1.5e308}})));
        SequenceSplit split = new SequenceSplit(new int[] {0, 1}, new int[0], new int[0]);
        for (Scaling scaling : List.of(Scaling.MIN_MAX, Scaling.Z_SCORE)) {
            assertThatThrownBy(() -> SequenceScaler.fit(scaling, huge, split))
                    .isInstanceOf(DataException.class)
                    .hasMessage("sequence \"t2\": step 2, feature 1: the value -1.5E308 makes the training part's"
                            + " spread too large for a double; the scaler cannot be fitted");
        }
    }

    @Test
    void aValueTheTrainingScalerSendsBeyondADoubleNamesTheFileSequenceAndStep() {
        // the training steps span 0..0.01, so min-max scaling divides by 0.01: 1e307 in a validation
        // sequence becomes 1e309, beyond a double
        SequenceDataset data = new SequenceDataset("c.csv", List.of("x"), List.of(
                new Sequence("t1", null, "a", new double[][] {{0}, {0.01}}),
                new Sequence("t2", null, "b", new double[][] {{0.005}, {0}}),
                new Sequence("v1", null, "a", new double[][] {{1}, {1e307}})));
        assertThatThrownBy(() -> PreparedSequences.prepare(data, SPLIT, Scaling.MIN_MAX, SequenceLength.VARIABLE))
                .isInstanceOf(DataException.class)
                .hasMessage("c.csv: sequence \"v1\": step 2, feature 1: the value 1.0E307 overflows a double when scaled"
                        + " by the scaler fitted on the training part");
    }
}
