package org.lstmworkbench;

import java.util.Objects;

/**
 * One reason a configuration cannot be trained, located by the path of the field it is about,
 * so a form can decorate that field, the command line can name its option and a sweep can name
 * its parameter, without reading the message.
 *
 * <p>Paths name a configuration's parts as its JSON does: for a model configuration
 * {@code epochs}, {@code batchSize}, {@code architecture.units[1]} (the second layer),
 * {@code learning.learningRate}, {@code earlyStopping.patience}; for a data spec {@code lags},
 * {@code source}; an empty path is about the configuration as a whole. It lives beside
 * {@link WorkbenchException} because both the data and the model packages report problems (and
 * the model package depends on data, so data cannot depend on model).
 *
 * @param path    where the problem is
 * @param message a sentence for a person, naming the bad value
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The path without list indices: {@code architecture.units[1]} becomes {@code architecture.units}. */
    public String field() {
        return path.replaceAll("\\[\\d+]", "");
    }

    /** The message, as users read it. */
    @Override
    public String toString() {
        return message;
    }
}
