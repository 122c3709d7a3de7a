package org.lstmworkbench.model;

import java.util.Locale;

/**
 * The arithmetic the fast engine trains a run in, a setting of its {@link TrainingLoop}:
 * {@link #DOUBLE} (DL4J's math to ~1e-12, the default) or {@link #FLOAT} (the float engine: faster
 * from about 64 cells, losses equal to float rounding; the README's engine section has the
 * figures). A run the float engine cannot train is trained in double and its engine note says why.
 *
 * <p>The system property {@value #PROPERTY}{@code =float} trains every run of the process in float
 * whatever its configuration says; only {@code bench} sets it, to time both precisions on one workload.
 */
public enum Precision {
    DOUBLE, FLOAT;

    /** {@code -Dlstmworkbench.precision=float} trains every run of the process in float (benchmarks). */
    public static final String PROPERTY = "lstmworkbench.precision";

    /** The process's precision: {@link #DOUBLE} unless {@value #PROPERTY} says {@code float}. */
    public static Precision fromSystem() {
        return parse(System.getProperty(PROPERTY, "double"));
    }

    /** The precision a run of this configuration asks for: its own, or float when the process says so. */
    public static Precision of(ModelConfig config) {
        return fromSystem() == FLOAT ? FLOAT : config.precision();
    }

    /**
     * {@code float} or {@code double}, any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Precision parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "float" -> FLOAT;
            case "double" -> DOUBLE;
            default -> throw new IllegalArgumentException("precision must be float or double, got '" + text + "'");
        };
    }

    /** Lower-case name, as options, summaries and differences spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
