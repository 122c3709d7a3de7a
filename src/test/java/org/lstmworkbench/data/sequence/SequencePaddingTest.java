package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class SequencePaddingTest {

    /** Lengths 3, 5, 2; two features: feature 0 is 10 i + t + 1, feature 1 its negative. */
    private static List<Sequence> sequences() {
        int[] lengths = {3, 5, 2};
        String[] labels = {"b", "a", "c"};
        List<Sequence> list = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double[][] steps = new double[lengths[i]][];
            for (int t = 0; t < lengths[i]; t++) {
                double v = 10 * i + t + 1;
                steps[t] = new double[] {v, -v};
            }
            list.add(new Sequence("s" + i, null, labels[i], steps));
        }
        return list;
    }

    private static final ClassLabels CLASSES = ClassLabels.of(List.of("a", "b", "c"));

    @Test
    void padsToTheLongestInNcwLayoutWithAFeatureMask() {
        DataSet ds = SequencePadding.toDataSet(sequences(), CLASSES, SequenceLength.VARIABLE);
        INDArray x = ds.getFeatures();
        assertThat(x.shape()).containsExactly(3, 2, 5);
        assertThat(ds.getFeaturesMaskArray().shape()).containsExactly(3, 5);
        assertThat(ds.getLabels().shape()).containsExactly(3, 3);
        assertThat(ds.getLabelsMaskArray()).isNull();
        assertThat(ds.getFeaturesMaskArray().toDoubleMatrix()).isDeepEqualTo(new double[][] {
            {1, 1, 1, 0, 0}, {1, 1, 1, 1, 1}, {1, 1, 0, 0, 0}});
        assertThat(x.getDouble(0, 0, 2)).isEqualTo(3);
        assertThat(x.getDouble(0, 1, 2)).isEqualTo(-3);
        assertThat(x.getDouble(0, 0, 3)).isZero();
        assertThat(x.getDouble(1, 0, 4)).isEqualTo(15);
        assertThat(x.getDouble(2, 1, 1)).isEqualTo(-22);
        assertThat(x.getDouble(2, 0, 2)).isZero();
        assertThat(ds.getLabels().toDoubleMatrix()).isDeepEqualTo(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}});
    }

    @Test
    void fixedLengthKeepsTheLastStepsOrPads() {
        DataSet ds = SequencePadding.toDataSet(sequences(), CLASSES, SequenceLength.fixed(3));
        assertThat(ds.getFeatures().shape()).containsExactly(3, 2, 3);
        assertThat(ds.getFeaturesMaskArray().toDoubleMatrix()).isDeepEqualTo(new double[][] {
            {1, 1, 1}, {1, 1, 1}, {1, 1, 0}});
        // the 5-step sequence 11..15 keeps 13, 14, 15
        INDArray x = ds.getFeatures();
        assertThat(new double[] {x.getDouble(1, 0, 0), x.getDouble(1, 0, 1), x.getDouble(1, 0, 2)})
                .containsExactly(13, 14, 15);
    }

    @Test
    void minibatchesArePaddedToTheirOwnLongest() {
        List<DataSet> batches = SequencePadding.minibatches(sequences(), CLASSES, 2, SequenceLength.VARIABLE);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).getFeatures().shape()).containsExactly(2, 2, 5);
        assertThat(batches.get(1).getFeatures().shape()).containsExactly(1, 2, 2);
        assertThat(batches.get(1).getFeaturesMaskArray().toDoubleMatrix()).isDeepEqualTo(new double[][] {{1, 1}});
        assertThat(batches.get(1).getLabels().toDoubleMatrix()).isDeepEqualTo(new double[][] {{0, 0, 1}});
    }
}
