package org.lstmworkbench.data;

/**
 * What to do with a missing numeric cell ({@code NA}, empty, {@code NaN}, {@code nan},
 * {@code null}).
 */
public enum MissingPolicy {
    /** Refuse the data: a {@link DataException} names the row and column of the first gap. */
    ERROR,
    /** Drop every row that has a gap in any used numeric column. */
    DROP_ROWS,
    /** Repeat the last value seen; a gap in the first row is an error (nothing to repeat). */
    FORWARD_FILL,
    /**
     * Linear interpolation between the neighbours by row position; a gap in the first row
     * is an error, a gap at the end repeats the last value (nothing to interpolate to).
     */
    INTERPOLATE
}
