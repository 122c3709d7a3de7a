package org.lstmworkbench.data;

/**
 * Where each part lies in the original series (series indices, end exclusive), so a chart
 * can shade train/validation/test. A part spans the first targets (forecast origins) of
 * its samples; the training part also covers the warm-up from index 0. For a random split
 * the ranges overlap and only bound each part.
 *
 * @param train training range
 * @param validation validation range
 * @param test test range (empty when there is no test part)
 */
public record PartBoundaries(Range train, Range validation, Range test) {

    /**
     * Series indices {@code start <= t < end}.
     *
     * @param start first index
     * @param end one past the last index
     */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("range needs 0 <= start <= end, got " + start + ".." + end);
            }
        }

        public boolean isEmpty() {
            return start == end;
        }

        public boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    static PartBoundaries of(FramedSet train, FramedSet validation, FramedSet test) {
        Range trainRange = range(train, 0);
        Range validationRange = range(validation, trainRange.end());
        Range testRange = range(test, validationRange.end());
        return new PartBoundaries(new Range(0, trainRange.end()), validationRange, testRange);
    }

    private static Range range(FramedSet part, int emptyAt) {
        int[] origins = part.firstTargetIndices();
        if (origins.length == 0) {
            return new Range(emptyAt, emptyAt);
        }
        int min = origins[0];
        int max = origins[0];
        for (int origin : origins) {
            min = Math.min(min, origin);
            max = Math.max(max, origin);
        }
        return new Range(min, max + 1);
    }
}
