package org.lstmworkbench.training;

import java.util.Locale;

/**
 * Which engine a {@link Trainer} may use. {@link #AUTO} trains on the fast engine whenever it
 * covers the configuration and falls back to DL4J's {@code fit} otherwise; {@link #DL4J} always
 * uses {@code fit} (the reference the engine is measured and tested against).
 *
 * <p>The default is {@link #AUTO}; the system property {@value #PROPERTY} set to {@code dl4j}
 * makes it {@link #DL4J} for the whole process (a way out should the engine ever misbehave on
 * someone's data, without a new release).
 */
public enum EnginePolicy {
    AUTO, DL4J;

    /** {@code -Dlstmworkbench.engine=dl4j} turns the fast engine off. */
    public static final String PROPERTY = "lstmworkbench.engine";

    /** The process default: {@link #AUTO} unless {@value #PROPERTY} says {@code dl4j}. */
    public static EnginePolicy fromSystem() {
        String v = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return v.equals("dl4j") ? DL4J : AUTO;
    }
}
