package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataException;

class SequenceSplitterTest {

    /** 100 of "a", 50 of "b", 30 of "c", interleaved; groups g0..g17 of 10 sequences each. */
    private static SequenceDataset dataset() {
        List<Sequence> sequences = new ArrayList<>();
        int[] counts = {100, 50, 30};
        String[] labels = {"a", "b", "c"};
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < counts[k]; j++) {
                int i = sequences.size();
                sequences.add(new Sequence("s" + i, "g" + (i % 18), labels[k], new double[][] {{i}, {i + 1}}));
            }
        }
        return new SequenceDataset("test", List.of("value"), sequences);
    }

    private static int[] perClass(SequenceDataset d, int[] part) {
        int[] counts = new int[d.classes().size()];
        for (int i : part) {
            counts[d.labelIndex(i)]++;
        }
        return counts;
    }

    @Test
    void stratifiedSplitKeepsEachClassProportions() {
        SequenceDataset d = dataset();
        SequenceSplit split = SequenceSplitter.stratified(d, new PartFractions(0.7, 0.15, 0.15), 42);
        assertThat(perClass(d, split.train())).containsExactly(70, 35, 21);
        assertThat(perClass(d, split.validation())).containsExactly(15, 8, 5);
        assertThat(perClass(d, split.test())).containsExactly(15, 7, 4);
        Set<Integer> all = new HashSet<>();
        IntStream.of(split.train()).forEach(all::add);
        IntStream.of(split.validation()).forEach(all::add);
        IntStream.of(split.test()).forEach(all::add);
        assertThat(all).hasSize(180);
        assertThat(split.size()).isEqualTo(180);
    }

    @Test
    void stratifiedSplitIsTheSameForTheSameSeedOnly() {
        SequenceDataset d = dataset();
        PartFractions f = new PartFractions(0.7, 0.15, 0.15);
        assertThat(SequenceSplitter.stratified(d, f, 7)).isEqualTo(SequenceSplitter.stratified(d, f, 7));
        assertThat(SequenceSplitter.stratified(d, f, 7).train()).isNotEqualTo(SequenceSplitter.stratified(d, f, 8).train());
    }

    @Test
    void everyClassKeepsATrainingSequence() {
        assertThat(SequenceSplitter.allocate(1, new PartFractions(0.4, 0.3, 0.3))).containsExactly(1, 0, 0);
        assertThat(SequenceSplitter.allocate(2, new PartFractions(0.2, 0.4, 0.4))).containsExactly(1, 1, 0);
        assertThat(SequenceSplitter.allocate(10, new PartFractions(0.7, 0.3, 0))).containsExactly(7, 3, 0);
    }

    @Test
    void groupSplitNeverLetsAGroupStraddleParts() {
        SequenceDataset d = dataset();
        SequenceSplit split = SequenceSplitter.byGroup(d, new PartFractions(0.6, 0.2, 0.2), 3);
        List<Set<String>> groups = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Set<String> names = new HashSet<>();
            for (int i : split.part(p)) {
                names.add(d.sequence(i).group());
            }
            groups.add(names);
        }
        assertThat(groups.get(0)).doesNotContainAnyElementsOf(groups.get(1)).doesNotContainAnyElementsOf(groups.get(2));
        assertThat(groups.get(1)).doesNotContainAnyElementsOf(groups.get(2));
        assertThat(groups.get(0).size() + groups.get(1).size() + groups.get(2).size()).isEqualTo(18);
        assertThat(split.size()).isEqualTo(180);
        // 18 groups of 10: the shares 108 / 36 / 36 are met to within one group
        assertThat(split.train().length).isBetween(100, 120);
        assertThat(split.validation().length).isBetween(30, 40);
        assertThat(split.test().length).isBetween(30, 40);
        assertThat(SequenceSplitter.byGroup(d, new PartFractions(0.6, 0.2, 0.2), 3)).isEqualTo(split);
    }

    @Test
    void groupSplitNeedsAGroupPerSequenceAndEnoughGroups() {
        SequenceDataset ungrouped = new SequenceDataset("plain", List.of("value"), List.of(
                Sequence.univariate("1", "a", new double[] {1}), Sequence.univariate("2", "b", new double[] {2})));
        assertThatThrownBy(() -> SequenceSplitter.byGroup(ungrouped, new PartFractions(0.5, 0.5, 0), 1))
                .isInstanceOf(DataException.class)
                .hasMessage("plain: sequence \"1\" has no group; a group split needs a group for every sequence");
        SequenceDataset twoGroups = new SequenceDataset("two", List.of("value"), List.of(
                new Sequence("1", "p", "a", new double[][] {{1}}), new Sequence("2", "q", "b", new double[][] {{2}})));
        assertThatThrownBy(() -> SequenceSplitter.byGroup(twoGroups, new PartFractions(0.6, 0.2, 0.2), 1))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("two: 2 group(s) leave the test part empty");
    }

    @Test
    void parsesAndChecksFractions() {
        assertThat(PartFractions.parse("0.7,0.3,0")).isEqualTo(new PartFractions(0.7, 0.3, 0));
        assertThat(PartFractions.parse("0.8, 0.2")).isEqualTo(new PartFractions(0.8, 0.2, 0));
        assertThatThrownBy(() -> PartFractions.parse("0.7,0.4,0")).isInstanceOf(DataException.class)
                .hasMessageStartingWith("split fractions must add up to 1, got 0.7,0.4,0.0");
        assertThatThrownBy(() -> PartFractions.parse("a,b")).isInstanceOf(DataException.class)
                .hasMessage("split \"a,b\": the fractions must be numbers, e.g. 0.7,0.15,0.15");
    }
}
