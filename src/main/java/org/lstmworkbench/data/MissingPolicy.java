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
    /** Repeat the last value seen; gaps before a column's first value follow {@link EdgeGaps}. */
    FORWARD_FILL,
    /**
     * Linear interpolation between the neighbours by row position; gaps before a column's first
     * value or after its last (nothing to interpolate from or to) follow {@link EdgeGaps}.
     */
    INTERPOLATE
}
