package org.lstmworkbench.data;

/**
 * What forward-fill and interpolation do with gaps they cannot fill from both sides: leading gaps
 * (before a column's first value) and, for interpolation, trailing gaps (after its last value).
 */
public enum EdgeGaps {
    /** Refuse the data (the behaviour of the whole-table loaders of {@link CsvLoader}). */
    REFUSE,
    /** Take the nearest value: leading gaps the first value (back-fill), trailing gaps the last. */
    FILL,
    /** Drop the rows before every used column has a value (and, for interpolation, after the last value). */
    TRIM
}
