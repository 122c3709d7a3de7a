package org.lstmworkbench.training.engine;

import java.util.Locale;

/**
 * The arithmetic the fast engine trains in: {@link #DOUBLE} ({@link LstmEngine}, DL4J's math to
 * ~1e-12, the default) or {@link #FLOAT} ({@link FloatLstmEngine}), chosen for a whole process by
 * the system property {@value #PROPERTY} ({@code train}, {@code sweep} and {@code bench} set it
 * from {@code --precision}); the README's engine section says where float pays.
 */
public enum Precision {
    DOUBLE, FLOAT;

    /** {@code -Dlstmworkbench.precision=float} trains the fast engine in float. */
    public static final String PROPERTY = "lstmworkbench.precision";

    /** The process's precision: {@link #DOUBLE} unless {@value #PROPERTY} says {@code float}. */
    public static Precision fromSystem() {
        return parse(System.getProperty(PROPERTY, "double"));
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

    /** Lower-case name, as options and files spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
