package org.lstmworkbench.metrics;

import java.util.Objects;

/**
 * A rule, checked after each epoch, that says whether training should stop now.
 *
 * <p>Criteria are small predicates over the curve so far and compose with {@link #or} and
 * {@link #and}, so "GL above 5 or no improvement for 20 epochs" is one expression. Factories
 * live in {@link StoppingCriteria}.
 */
@FunctionalInterface
public interface EarlyStoppingCriterion {

    /**
     * @param train       training loss per epoch; only the first {@code epochsSoFar} entries count
     *                    (arrays may be preallocated for the whole run)
     * @param val         validation loss per epoch, same indexing; may be null for criteria
     *                    that only need training loss
     * @param epochsSoFar number of completed epochs, at least 1
     * @return true if training should stop after epoch {@code epochsSoFar}
     */
    boolean shouldStop(double[] train, double[] val, int epochsSoFar);

    /** Stops when this criterion or {@code other} would stop. */
    default EarlyStoppingCriterion or(EarlyStoppingCriterion other) {
        Objects.requireNonNull(other, "other criterion");
        return (train, val, n) -> shouldStop(train, val, n) || other.shouldStop(train, val, n);
    }

    /** Stops only when this criterion and {@code other} would both stop. */
    default EarlyStoppingCriterion and(EarlyStoppingCriterion other) {
        Objects.requireNonNull(other, "other criterion");
        return (train, val, n) -> shouldStop(train, val, n) && other.shouldStop(train, val, n);
    }
}
