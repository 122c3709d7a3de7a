package org.lstmworkbench.data.sequence;

import java.util.Locale;
import java.util.Optional;

/** The file layouts a {@link SequenceLoader} reads; see the loader for detection. */
public enum SequenceFormat {
    /** One row per time step: sequence id, optional step, features, label (and optional group). */
    LONG,
    /** One row per sequence, UCR archive style: the label, then one feature's values. */
    WIDE,
    /** A folder of one CSV per sequence plus a labels CSV. */
    FOLDER;

    /** The names a user types: {@code long}, {@code wide}, {@code folder}. */
    public static final String CHOICES = "long, wide or folder";

    /** The format a name stands for (case-insensitive), or empty when it names none. */
    public static Optional<SequenceFormat> parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "long" -> Optional.of(LONG);
            case "wide", "ucr" -> Optional.of(WIDE);
            case "folder", "dir", "directory" -> Optional.of(FOLDER);
            default -> Optional.empty();
        };
    }

    /** The name a user types for this format. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
