package org.lstmworkbench.data.sequence;

import java.util.Arrays;
import org.lstmworkbench.data.DataException;

/**
 * The share of sequences in the training, validation and test parts.
 *
 * @param train in (0, 1]
 * @param validation in [0, 1)
 * @param test in [0, 1)
 */
public record PartFractions(double train, double validation, double test) {

    /** Tolerance on the sum of the three fractions. */
    private static final double SUM_TOLERANCE = 1e-6;

    public PartFractions {
        for (double f : new double[] {train, validation, test}) {
            if (!(f >= 0 && f <= 1)) {
                throw new DataException("split fractions must lie in [0, 1], got " + describe(train, validation, test));
            }
        }
        if (!(train > 0)) {
            throw new DataException("the training fraction must be above 0, got " + describe(train, validation, test));
        }
        if (Math.abs(train + validation + test - 1) > SUM_TOLERANCE) {
            throw new DataException("split fractions must add up to 1, got " + describe(train, validation, test)
                    + " (sum " + (train + validation + test) + ")");
        }
    }

    /**
     * Parses {@code TRAIN,VALIDATION,TEST} (the CLI's {@code --split 0.7,0.3,0}); a missing test
     * fraction is 0.
     *
     * @throws DataException for anything else, quoting the text
     */
    public static PartFractions parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 3) {
            throw new DataException("split \"" + text + "\": give TRAIN,VALIDATION[,TEST] fractions, e.g. 0.7,0.15,0.15");
        }
        try {
            double[] f = Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
            return new PartFractions(f[0], f[1], f.length > 2 ? f[2] : 0);
        } catch (NumberFormatException e) {
            throw new DataException("split \"" + text + "\": the fractions must be numbers, e.g. 0.7,0.15,0.15", e);
        }
    }

    /** The fractions in part order: train, validation, test. */
    public double[] asArray() {
        return new double[] {train, validation, test};
    }

    private static String describe(double train, double validation, double test) {
        return train + "," + validation + "," + test;
    }
}
