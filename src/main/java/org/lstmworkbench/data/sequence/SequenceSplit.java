package org.lstmworkbench.data.sequence;

import java.util.Arrays;

/**
 * A split of a dataset by sequence: indices into {@link SequenceDataset#sequences()}, each part
 * ascending, no index in two parts. A sequence's time steps always stay together.
 *
 * @param train indices of the training sequences (never empty)
 * @param validation indices of the validation sequences (empty when its fraction is 0)
 * @param test indices of the test sequences (empty when its fraction is 0)
 */
public record SequenceSplit(int[] train, int[] validation, int[] test) {

    public SequenceSplit {
        train = sorted(train);
        validation = sorted(validation);
        test = sorted(test);
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** The part with index 0 (train), 1 (validation) or 2 (test). */
    public int[] part(int index) {
        return switch (index) {
            case 0 -> train();
            case 1 -> validation();
            case 2 -> test();
            default -> throw new IndexOutOfBoundsException("part " + index + " outside 0..2");
        };
    }

    /** Sequences in all parts. */
    public int size() {
        return train.length + validation.length + test.length;
    }

    private static int[] sorted(int[] indices) {
        int[] copy = indices.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceSplit s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation)
                && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(validation)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "SequenceSplit[" + train.length + " / " + validation.length + " / " + test.length + "]";
    }
}
