package org.lstmworkbench.model;

import java.util.Objects;

/**
 * One reason a configuration cannot be trained, located by the path of the field it is about,
 * so a form can decorate that field, the command line can name its option and a sweep can name
 * its parameter, without reading the message.
 *
 * <p>Paths name a configuration's parts as its JSON does: {@code epochs}, {@code batchSize},
 * {@code layers[1].units}, {@code optimizer.learningRate}, {@code earlyStopping.patience};
 * an empty path is about the configuration as a whole.
 *
 * @param path    where the problem is
 * @param message a sentence for a person, naming the bad value
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The path without list indices: {@code layers[1].units} becomes {@code layers.units}. */
    public String field() {
        return path.replaceAll("\\[\\d+]", "");
    }

    /** The message, as users read it. */
    @Override
    public String toString() {
        return message;
    }
}
