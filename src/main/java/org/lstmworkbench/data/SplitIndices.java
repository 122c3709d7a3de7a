package org.lstmworkbench.data;

import java.util.stream.IntStream;

/**
 * Sample positions (0-based, in time order) of each part.
 *
 * @param train positions of training samples, ascending
 * @param validation positions of validation samples, ascending
 * @param test positions of test samples, ascending (may be empty)
 */
public record SplitIndices(int[] train, int[] validation, int[] test) {

    public SplitIndices {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    static SplitIndices contiguous(int train, int validation, int test, SplitSpec spec, int samples) {
        requireNonEmpty(train, validation, spec, samples);
        return new SplitIndices(IntStream.range(0, train).toArray(),
                IntStream.range(train, train + validation).toArray(),
                IntStream.range(train + validation, train + validation + test).toArray());
    }

    static void requireNonEmpty(int train, int validation, SplitSpec spec, int samples) {
        if (train < 1 || validation < 1) {
            throw new DataException("split " + spec.describe() + " of " + samples + " samples leaves "
                    + train + " for training and " + validation + " for validation; both need at least 1");
        }
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
}
