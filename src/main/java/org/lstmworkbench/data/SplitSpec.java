package org.lstmworkbench.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How framed samples are divided into training, validation and test parts. Samples are
 * ordered by the series index of their first target; chronological and explicit splits
 * keep that order (train first), the random split shuffles with a fixed seed and then
 * sorts each part back into time order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SplitSpec.Chronological.class, name = "chronological"),
    @JsonSubTypes.Type(value = SplitSpec.Random.class, name = "random"),
    @JsonSubTypes.Type(value = SplitSpec.Explicit.class, name = "explicit")})
public sealed interface SplitSpec {

    /** The default for CSV data: 70% training, 15% validation, 15% test, in time order. */
    SplitSpec DEFAULT = new Chronological(0.7, 0.15, 0.15);

    /**
     * Assigns sample positions {@code 0..samples-1} (in time order) to the three parts.
     *
     * @throws DataException when the split cannot give a non-empty training and validation part
     */
    SplitIndices assign(int samples);

    /** Whether parts follow each other in time (train, then validation, then test). */
    default boolean chronological() {
        return true;
    }

    /** Short text for messages, e.g. {@code 0.7/0.15/0.15}. */
    String describe();

    /** Contiguous parts in time order by fractions of the samples; test may be 0. */
    record Chronological(double train, double validation, double test) implements SplitSpec {
        public Chronological {
            checkFractions(train, validation, test);
        }

        @Override
        public SplitIndices assign(int samples) {
            int[] counts = countsFor(samples, train, validation);
            return SplitIndices.contiguous(counts[0], counts[1], counts[2], this, samples);
        }

        @Override
        public String describe() {
            return fmt(train) + "/" + fmt(validation) + "/" + fmt(test);
        }
    }

    /**
     * Parts drawn at random (for independent samples), reproducible through {@code seed};
     * each part is kept in time order.
     */
    record Random(double train, double validation, double test, long seed) implements SplitSpec {
        public Random {
            checkFractions(train, validation, test);
        }

        @Override
        public SplitIndices assign(int samples) {
            int[] counts = countsFor(samples, train, validation);
            SplitIndices.requireNonEmpty(counts[0], counts[1], this, samples);
            int[] order = IntStream.range(0, samples).toArray();
            java.util.Random random = new java.util.Random(seed);
            for (int i = samples - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int[] trainPart = Arrays.copyOfRange(order, 0, counts[0]);
            int[] validationPart = Arrays.copyOfRange(order, counts[0], counts[0] + counts[1]);
            int[] testPart = Arrays.copyOfRange(order, counts[0] + counts[1], samples);
            Arrays.sort(trainPart);
            Arrays.sort(validationPart);
            Arrays.sort(testPart);
            return new SplitIndices(trainPart, validationPart, testPart);
        }

        @Override
        public boolean chronological() {
            return false;
        }

        @Override
        public String describe() {
            return "random " + fmt(train) + "/" + fmt(validation) + "/" + fmt(test) + " (seed " + seed + ")";
        }
    }

    /**
     * Exact sample counts in time order: the first {@code train} samples, the next
     * {@code validation}, the next {@code test}; samples beyond these are left out.
     */
    record Explicit(int train, int validation, int test) implements SplitSpec {
        public Explicit {
            if (train < 1 || validation < 1 || test < 0) {
                throw new DataException("explicit split needs train >= 1, validation >= 1 and test >= 0, got "
                        + train + "/" + validation + "/" + test);
            }
        }

        @Override
        public SplitIndices assign(int samples) {
            if (train + validation + test > samples) {
                throw new DataException("explicit split " + describe() + " needs " + (train + validation + test)
                        + " samples but there are only " + samples);
            }
            return SplitIndices.contiguous(train, validation, test, this, samples);
        }

        @Override
        public String describe() {
            return train + "/" + validation + "/" + test + " samples";
        }
    }

    private static void checkFractions(double train, double validation, double test) {
        for (double f : new double[] {train, validation, test}) {
            if (!(f >= 0 && f <= 1)) {
                throw new DataException("split fractions must lie in [0, 1], got " + train + "/" + validation + "/" + test);
            }
        }
        if (train <= 0 || validation <= 0) {
            throw new DataException("split needs training and validation fractions above 0, got "
                    + train + "/" + validation + "/" + test);
        }
        if (Math.abs(train + validation + test - 1) > 1e-9) {
            throw new DataException("split fractions must sum to 1, got " + train + "/" + validation + "/" + test
                    + " (sum " + (train + validation + test) + ")");
        }
    }

    /** Counts by rounding the cumulative boundaries, so the three always add up to {@code samples}. */
    private static int[] countsFor(int samples, double train, double validation) {
        int trainEnd = (int) Math.round(train * samples);
        int validationEnd = (int) Math.round((train + validation) * samples);
        return new int[] {trainEnd, validationEnd - trainEnd, samples - validationEnd};
    }

    private static String fmt(double fraction) {
        return fraction == Math.rint(fraction) ? String.valueOf((int) fraction) : String.valueOf(fraction);
    }
}
