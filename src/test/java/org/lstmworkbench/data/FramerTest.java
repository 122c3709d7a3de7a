package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.dataset.DataSet;

class FramerTest {

    private static final double[] A = IntStream.range(0, 10).mapToDouble(i -> i).toArray();
    private static final double[] B = IntStream.range(0, 10).mapToDouble(i -> 100 + 10 * i).toArray();

    @Test
    void placesKnownWindowInNcwCellsOfArraysAndDataSet() {
        FramedSet set = new Framer(FrameShape.MANY_TO_ONE, 3, 1).frame(List.of(A, B), A, A, 0);
        assertThat(set.size()).isEqualTo(7);
        // sample 2 is the window starting at index 2: feature 1 (B) at timestep 0 is B[2]
        assertThat(set.x()[2][1][0]).isEqualTo(120.0);
        assertThat(set.x()[2][0][2]).isEqualTo(4.0);
        assertThat(set.y()[2][0]).isEqualTo(5.0);
        assertThat(set.targetIndices()[2]).containsExactly(5);

        DataSet ds = set.toDataSet();
        assertThat(ds.getFeatures().shape()).containsExactly(7, 2, 3);
        assertThat(ds.getLabels().shape()).containsExactly(7, 1);
        assertThat(ds.getFeatures().getDouble(2, 1, 0)).isEqualTo(120.0);
        assertThat(ds.getFeatures().getDouble(2, 0, 2)).isEqualTo(4.0);
        assertThat(ds.getFeatures().getDouble(6, 1, 2)).isEqualTo(180.0);
        assertThat(ds.getLabels().getDouble(2, 0)).isEqualTo(5.0);
    }

    @ParameterizedTest
    @CsvSource({
        "MANY_TO_ONE, 3, 2, 6, 3, 2, '3;4'",
        "ONE_TO_ONE, 1, 1, 9, 1, 1, '1'",
        "ONE_TO_MANY, 1, 3, 7, 1, 3, '1;2;3'",
        "MANY_TO_MANY, 4, 1, 6, 4, 4, '1;2;3;4'"})
    void framesEachShape(FrameShape shape, int lags, int horizon, int samples, int timesteps, int outputs,
                         String firstTargets) {
        FramedSet set = new Framer(shape, lags, horizon).frame(List.of(A), A, B, 0);
        assertThat(set.size()).isEqualTo(samples);
        assertThat(set.timesteps()).isEqualTo(timesteps);
        assertThat(set.outputs()).isEqualTo(outputs);
        int[] expected = java.util.Arrays.stream(firstTargets.split(";")).mapToInt(Integer::parseInt).toArray();
        assertThat(set.targetIndices()[0]).containsExactly(expected);
        assertThat(set.y()[0]).containsExactly(java.util.Arrays.stream(expected).mapToDouble(i -> i).toArray());
        assertThat(set.yOriginal()[0][0]).isEqualTo(100 + 10 * expected[0]);
        int last = samples - 1;
        assertThat(set.targetIndices()[last][outputs - 1]).isEqualTo(9);
    }

    @Test
    void manyToManyLabelsAreThreeDimensional() {
        DataSet ds = new Framer(FrameShape.MANY_TO_MANY, 4, 1).frame(List.of(A), A, A, 0).toDataSet();
        assertThat(ds.getLabels().shape()).containsExactly(6, 1, 4);
        // sample 1 reads 1,2,3,4 and learns 2,3,4,5
        assertThat(ds.getLabels().getDouble(1, 0, 3)).isEqualTo(5.0);
        assertThat(ds.getFeatures().getDouble(1, 0, 3)).isEqualTo(4.0);
    }

    @Test
    void skipsIndicesLostToDifferencing() {
        FramedSet set = new Framer(FrameShape.MANY_TO_ONE, 2, 1).frame(List.of(A), A, A, 3);
        assertThat(set.size()).isEqualTo(5);
        assertThat(set.x()[0][0]).containsExactly(3, 4);
        assertThat(set.targetIndices()[0]).containsExactly(5);
    }

    @Test
    void refusesDataSetOfEmptyPart() {
        assertThatThrownBy(() -> FramedSet.empty(FrameShape.MANY_TO_ONE, 1, 3, 1).toDataSet())
                .isInstanceOf(DataException.class);
    }
}
