package org.lstmworkbench.data;

/**
 * The smallest sample count a split accepts, in closed form with long arithmetic. A search over
 * {@link SplitSpec#assign} builds the parts for every count it tries, which is quadratic and, for a
 * horizon near {@code Integer.MAX_VALUE}, never ends; the part sizes are plain functions of the count,
 * so the answer lies within a few counts of the bound the fractions give.
 */
final class SplitMinimum {

    /** Counts beyond this are refused: no table holds them, and doubles stay exact below it. */
    private static final long LIMIT = 1L << 52;

    private SplitMinimum() {
    }

    /**
     * The smallest count {@code n >= 2} for which the split gives more than {@code gap} training samples and a
     * validation part that still holds a sample after {@code gap} are left out before a test part (when there is one).
     *
     * @throws DataException when no count does
     */
    static long of(SplitSpec split, long gap) {
        long found;
        if (split instanceof SplitSpec.Explicit e) {
            found = explicit(e, gap);
        } else if (split instanceof SplitSpec.Chronological c) {
            found = fractions(c.train(), c.validation(), c.test(), gap);
        } else {
            SplitSpec.Random r = (SplitSpec.Random) split;
            found = fractions(r.train(), r.validation(), r.test(), gap);
        }
        if (found < 0) {
            throw new DataException("split " + split.describe() + " cannot give non-empty training and validation parts"
                    + (gap > 0 ? " after leaving " + gap + " samples between the parts" : ""));
        }
        return found;
    }

    private static long explicit(SplitSpec.Explicit e, long gap) {
        boolean keeps = e.train() > gap && (e.test() == 0 || e.validation() > gap);
        return keeps ? Math.max(2, (long) e.train() + e.validation() + e.test()) : -1;
    }

    /**
     * Counts round the cumulative boundaries ({@link SplitSpec}), so the training count reaches
     * {@code gap + 1} at {@code (gap + 0.5) / train} and the validation count is within 1 of
     * {@code validation * n}: the first fitting count lies in a window of about {@code 2 / validation + 1 / train}
     * counts above that bound. The test part is empty while {@code test * n < 0.5}; then the validation
     * part needs only one sample, so that range is tried first.
     */
    private static long fractions(double train, double validation, double test, long gap) {
        long window = (long) Math.ceil(2 / validation + 1 / train) + 4;
        long lastWithoutTest = test == 0 ? LIMIT : (long) Math.floor(0.5 / test) + 1;
        long trainBound = (long) Math.ceil((gap + 0.5) / train) - 1;
        long relaxed = scan(Math.max(2, trainBound), Math.min(lastWithoutTest, LIMIT), window, train, validation, gap);
        if (relaxed >= 0) {
            return relaxed;
        }
        long strictBound = Math.max(trainBound, (long) Math.ceil(gap / validation) - 1);
        return scan(Math.max(2, strictBound), LIMIT, window, train, validation, gap);
    }

    private static long scan(long from, long to, long window, double train, double validation, long gap) {
        long end = Math.min(to, from + window);
        for (long n = from; n <= end && n <= LIMIT; n++) {
            long trainEnd = Math.round(train * n);
            long validationEnd = Math.round((train + validation) * n);
            long validationCount = validationEnd - trainEnd;
            boolean testEmpty = n - validationEnd == 0;
            if (trainEnd > gap && validationCount >= 1 && (testEmpty || validationCount > gap)) {
                return n;
            }
        }
        return -1;
    }
}
