package org.lstmworkbench.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The names a user types for a {@link TransformSpec.Scaling} (the CLI's {@code --scale}, a sweep's
 * {@code scale=} values): {@code none}, {@code minmax}, {@code minmax-symmetric}, {@code standard}
 * and their spellings {@code min-max}, {@code zscore}, {@code z-score}; case-insensitive, with
 * {@code _} read as {@code -}.
 */
public final class ScalingNames {

    /** The names as a message lists them. */
    public static final String CHOICES = "none, minmax, minmax-symmetric or standard";

    private ScalingNames() {
    }

    /** The scaling a name stands for, or empty when it names none (the caller words the error). */
    public static Optional<TransformSpec.Scaling> parse(String name) {
        return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "none" -> TransformSpec.Scaling.NONE;
            case "minmax", "min-max" -> TransformSpec.Scaling.MIN_MAX;
            case "minmax-symmetric", "min-max-symmetric" -> TransformSpec.Scaling.MIN_MAX_SYMMETRIC;
            case "standard", "zscore", "z-score" -> TransformSpec.Scaling.Z_SCORE;
            default -> null;
        });
    }
}
