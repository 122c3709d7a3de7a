package org.lstmworkbench.model;

import java.util.List;
import java.util.Optional;
import org.lstmworkbench.Problem;

/**
 * The one place that maps architecture type names to variants, for the command line
 * ({@code --architecture}, {@code --filters}...), sweeps ({@code architecture=lstm,cnn-lstm},
 * {@code filters=32,64}), the window's chooser and JSON files that name another type than the
 * default's. A new variant adds its type to {@link #TYPES}, its case to {@link #ofType} and
 * {@link #lstmPart}/{@link #withLstmPart}, and its settings to {@link #SETTINGS} and {@link #with}.
 */
public final class Architectures {

    public static final String LSTM = LstmStack.TYPE;
    public static final String CNN_LSTM = CnnLstm.TYPE;
    public static final String ENCODER_DECODER = EncoderDecoder.TYPE;

    /** Every type the command line and sweeps accept, in the order they are offered. */
    public static final List<String> TYPES = List.of(LSTM, CNN_LSTM, ENCODER_DECODER);

    /** The types this build trains. */
    public static final List<String> AVAILABLE = List.of(LSTM, CNN_LSTM, ENCODER_DECODER);

    /**
     * Settings only some architectures have, by their sweep names: {@code filters} (one value per
     * convolution layer, {@code 64/32} for two), {@code kernelSize} (one for all layers or one per
     * layer), {@code pool}, {@code subsequences} of a CNN-LSTM; {@code decoderUnits} (one value per
     * decoder layer) of an encoder-decoder.
     */
    public static final List<String> SETTINGS = List.of("filters", "kernelSize", "pool", "subsequences",
            "decoderUnits");

    /** The settings of {@link #SETTINGS} a CNN-LSTM has. */
    private static final List<String> CNN_SETTINGS = List.of("filters", "kernelSize", "pool", "subsequences");

    private Architectures() {
    }

    /**
     * The architecture of {@code type} that keeps {@code from}'s LSTM layers: {@code from} itself when
     * of that type already, else the type's defaults around them ({@link CnnLstm#around}).
     *
     * @throws InvalidConfigException naming {@code architecture} for an unknown or unavailable type
     */
    public static Architecture ofType(String type, Architecture from) {
        if (from.typeName().equals(type)) {
            return from;
        }
        return switch (type) {
            case LSTM -> lstmPart(from);
            case CNN_LSTM -> CnnLstm.around(lstmPart(from));
            case ENCODER_DECODER -> EncoderDecoder.around(lstmPart(from));
            default -> throw refused("unknown architecture \"" + type + "\"; architectures: " + String.join(", ", AVAILABLE));
        };
    }

    /** Whether {@code type} names an architecture ({@link #TYPES}), available or not. */
    public static boolean isType(String type) {
        return TYPES.contains(type);
    }

    /**
     * The LSTM layers of an architecture: the whole of an LSTM stack, the recurrent part of a CNN-LSTM,
     * the encoder of an encoder-decoder (whose decoder shares its cell settings).
     */
    public static LstmStack lstmPart(Architecture a) {
        if (a instanceof LstmStack l) {
            return l;
        }
        if (a instanceof CnnLstm c) {
            return c.lstm();
        }
        if (a instanceof EncoderDecoder e) {
            return e.encoder();
        }
        throw new IllegalStateException("no LSTM layers in a " + a.typeName() + " architecture");
    }

    /** {@code a} with its LSTM layers ({@link #lstmPart}) replaced by {@code lstm}. */
    public static Architecture withLstmPart(Architecture a, LstmStack lstm) {
        if (a instanceof LstmStack) {
            return lstm;
        }
        if (a instanceof CnnLstm c) {
            return c.withLstm(lstm);
        }
        if (a instanceof EncoderDecoder e) {
            return EncoderDecoder.of(lstm, e.decoderUnits());
        }
        throw new IllegalStateException("no LSTM layers in a " + a.typeName() + " architecture");
    }

    /** Whether the architecture has the setting ({@link #SETTINGS}). */
    public static boolean has(Architecture a, String setting) {
        return a instanceof CnnLstm ? CNN_SETTINGS.contains(setting)
                : a instanceof EncoderDecoder && setting.equals("decoderUnits");
    }

    /**
     * {@code a} with a setting of {@link #SETTINGS} changed; {@code values} has one entry except for
     * {@code filters} and {@code kernelSize}, which may give one per convolution layer, and
     * {@code decoderUnits}, one per decoder layer.
     *
     * @throws InvalidConfigException naming the setting when {@code a} does not have it
     */
    public static Architecture with(Architecture a, String setting, List<Integer> values) {
        if (!has(a, setting)) {
            String owner = CNN_SETTINGS.contains(setting) ? CNN_LSTM : ENCODER_DECODER;
            throw new InvalidConfigException(List.of(new Problem("architecture." + setting, setting
                    + " is a setting of the " + owner + " architecture, not of " + a.typeName())));
        }
        if (a instanceof EncoderDecoder e) {
            return e.withDecoderUnits(values);
        }
        CnnLstm c = (CnnLstm) a;
        return switch (setting) {
            case "filters" -> c.withFilters(values);
            case "kernelSize" -> c.withKernelSizes(values);
            case "pool" -> c.withPool(single(setting, values));
            case "subsequences" -> c.withSubsequences(single(setting, values));
            default -> throw new IllegalArgumentException("no architecture setting " + setting);
        };
    }

    /** The default architecture of {@code type} for JSON files that name it ({@link #ofType} on the defaults). */
    static Optional<Architecture> defaultOf(String type) {
        return AVAILABLE.contains(type) ? Optional.of(ofType(type, ModelConfig.DEFAULTS.architecture())) : Optional.empty();
    }

    private static int single(String setting, List<Integer> values) {
        if (values.size() != 1) {
            throw new InvalidConfigException(List.of(new Problem("architecture." + setting, setting
                    + " takes one value, not " + values.size())));
        }
        return values.get(0);
    }

    private static InvalidConfigException refused(String message) {
        return new InvalidConfigException(List.of(new Problem("architecture", message)));
    }
}
