package org.lstmworkbench.training;

import java.util.Objects;
import org.lstmworkbench.model.Precision;

/**
 * Which engine trained a run, and a note for the user: why DL4J's own {@code fit} trained it when
 * the fast engine could not, or what differs (dropout masks drawn by the engine).
 *
 * @param engine {@link #FAST}, {@link #FAST_FLOAT}, {@link #DL4J} or {@link #FUSED}; {@link #UNKNOWN}
 *               for runs read from files written before the engine was recorded
 * @param note   plain words, empty when there is nothing to add
 */
public record EngineUse(String engine, String note) {

    /** The hand-written LSTM engine equal to DL4J's math ({@code training.engine}). */
    public static final String FAST = "fast";
    /** The same engine in single precision ({@code training.engine.FloatLstmEngine}). */
    public static final String FAST_FLOAT = "fast-float";
    /** DL4J's {@code MultiLayerNetwork.fit}. */
    public static final String DL4J = "dl4j";
    /** Several runs trained as one block-diagonal DL4J network. */
    public static final String FUSED = "fused";
    /** Not recorded (older files). */
    public static final String UNKNOWN = "unknown";

    public EngineUse {
        Objects.requireNonNull(engine, "engine");
        note = note == null ? "" : note;
    }

    public static EngineUse fast(String note) {
        return new EngineUse(FAST, note);
    }

    /** The fast engine in the given precision. */
    public static EngineUse fast(Precision precision, String note) {
        return new EngineUse(precision == Precision.FLOAT ? FAST_FLOAT : FAST, note);
    }

    /**
     * The arithmetic the run was trained in: {@code float} for {@link #FAST_FLOAT}, {@code double}
     * for the other engines (DL4J's fit is double), empty when the engine is not recorded.
     */
    public String precision() {
        return switch (engine) {
            case FAST_FLOAT -> Precision.FLOAT.id();
            case UNKNOWN -> "";
            default -> Precision.DOUBLE.id();
        };
    }

    public static EngineUse dl4j(String why) {
        return new EngineUse(DL4J, why);
    }

    public static EngineUse unknown() {
        return new EngineUse(UNKNOWN, "");
    }

    /** For a tooltip or a log line, e.g. {@code DL4J fit (bidirectional layers are not in the fast engine)}. */
    public String describe() {
        String name = switch (engine) {
            case FAST, FAST_FLOAT -> "fast engine";
            case DL4J -> "DL4J fit";
            case FUSED -> "fused DL4J network";
            default -> "engine not recorded";
        };
        return note.isEmpty() ? name : name + " (" + note + ")";
    }
}
