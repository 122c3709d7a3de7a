package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.nd4j.linalg.dataset.DataSet;

class PreparedSequencesTest {

    private static final SequenceDataset DEMO = SequenceDemos.risingFalling(SequenceDemos.DEFAULT_SEED);

    @Test
    void scalesWithTheTrainingPartOnlyAndKeepsTheSplit() {
        SequenceSplit split = SequenceSplitter.stratified(DEMO, new PartFractions(0.6, 0.2, 0.2), 4);
        PreparedSequences prepared = PreparedSequences.prepare(DEMO, split, Scaling.MIN_MAX, SequenceLength.VARIABLE);
        assertThat(prepared.scaler()).isEqualTo(SequenceScaler.fit(Scaling.MIN_MAX, DEMO.select(split.train())));
        double[] trainValues = prepared.part(PreparedSequences.TRAIN).stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.feature(0))).toArray();
        assertThat(java.util.Arrays.stream(trainValues).min().orElseThrow()).isEqualTo(0);
        assertThat(java.util.Arrays.stream(trainValues).max().orElseThrow()).isEqualTo(1);
        assertThat(prepared.classCounts(PreparedSequences.TRAIN)).containsExactly(30, 30);
        assertThat(prepared.classCounts(PreparedSequences.VALIDATION)).containsExactly(10, 10);
        assertThat(prepared.classCounts(PreparedSequences.TEST)).containsExactly(10, 10);
        assertThat(prepared.hasPart(PreparedSequences.TEST)).isTrue();
        DataSet validation = prepared.dataSet(PreparedSequences.VALIDATION);
        assertThat(validation.getFeatures().size(0)).isEqualTo(20);
        assertThat(validation.getLabels().sumNumber().intValue()).isEqualTo(20);
    }

    @Test
    void trainBatchesAreShuffledBySeedAndCoverTheTrainingPart() {
        SequenceSplit split = SequenceSplitter.stratified(DEMO, new PartFractions(0.7, 0.3, 0), 4);
        PreparedSequences prepared = PreparedSequences.prepare(DEMO, split, Scaling.NONE, SequenceLength.fixed(6));
        List<DataSet> a = prepared.trainBatches(32, 1);
        List<DataSet> b = prepared.trainBatches(32, 1);
        List<DataSet> c = prepared.trainBatches(32, 2);
        assertThat(a).extracting(d -> d.getFeatures().size(0)).containsExactly(32L, 32L, 6L);
        assertThat(a).allSatisfy(d -> assertThat(d.getFeatures().size(2)).isEqualTo(6));
        assertThat(a.get(0).getFeatures()).isEqualTo(b.get(0).getFeatures());
        assertThat(a.get(0).getFeatures()).isNotEqualTo(c.get(0).getFeatures());
        assertThat(prepared.hasPart(PreparedSequences.TEST)).isFalse();
    }

    @Test
    void summarisesLengthsAndExamplesPerClass() {
        Map<Integer, Integer> lengths = DEMO.lengthCounts();
        assertThat(lengths.keySet()).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(lengths.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        int rising = DEMO.classes().indexOf("rising");
        assertThat(DEMO.examples(rising, 3)).extracting(Sequence::id).containsExactly("1", "3", "5");
        assertThat(DEMO.classCounts(new int[] {0, 1, 2})).containsExactly(1, 2);
    }
}
