package org.lstmworkbench.training;

import java.util.Objects;
import java.util.Optional;
import org.lstmworkbench.model.NetworkShape;

/**
 * The framed data of one run: training and validation parts (validation may be absent) and an
 * optional test part, with the network shape they ask for.
 */
public record TrainingData(String name, DataPart train, DataPart validation, DataPart test, NetworkShape shape) {

    public TrainingData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(shape, "shape");
        if (train.samples() < 1) {
            throw new IllegalArgumentException("the training part of " + name + " is empty");
        }
    }

    public Optional<DataPart> validationPart() {
        return Optional.ofNullable(validation).filter(p -> p.samples() > 0);
    }

    public Optional<DataPart> testPart() {
        return Optional.ofNullable(test).filter(p -> p.samples() > 0);
    }
}
