package org.lstmworkbench.training;

import java.util.Objects;
import java.util.Optional;
import org.lstmworkbench.model.NetworkShape;

/**
 * The data of one run: training and validation parts (validation may be absent) and an optional
 * test part, with the network shape they ask for. Framed windows (regression) are cut into
 * minibatches by slicing the training part; sequences of different lengths bring their own
 * {@link Minibatches}, each batch padded and masked, and each part's {@link DataPart#data()} holds
 * its features mask.
 *
 * @param minibatches the training part's own minibatches; null to slice {@code train}'s arrays
 */
public record TrainingData(String name, DataPart train, DataPart validation, DataPart test, NetworkShape shape,
                           Minibatches minibatches) {

    /** Framed data, whose minibatches are slices of the training part. */
    public TrainingData(String name, DataPart train, DataPart validation, DataPart test, NetworkShape shape) {
        this(name, train, validation, test, shape, null);
    }

    public TrainingData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(shape, "shape");
        if (train.samples() < 1) {
            throw new IllegalArgumentException("the training part of " + name + " is empty");
        }
    }

    /** Whether the parts carry features masks (padded sequences), so the network must be given them. */
    public boolean masked() {
        return train.data().getFeaturesMaskArray() != null;
    }

    public Optional<DataPart> validationPart() {
        return Optional.ofNullable(validation).filter(p -> p.samples() > 0);
    }

    public Optional<DataPart> testPart() {
        return Optional.ofNullable(test).filter(p -> p.samples() > 0);
    }
}
