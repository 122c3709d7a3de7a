package org.lstmworkbench.training;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One part (train, validation or test) of a framed dataset as the trainer needs it.
 *
 * @param data            features {@code [samples, features, timesteps]} and labels, in model units
 * @param targetsOriginal the labels in the target's original units, {@code [samples][outputs]}
 * @param toOriginal      maps predictions of this part, {@code [samples][outputs]} in model units,
 *                        to original units (the inverse of the data's transforms)
 */
public record DataPart(DataSet data, double[][] targetsOriginal, UnaryOperator<double[][]> toOriginal) {

    public DataPart {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(targetsOriginal, "targetsOriginal");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (targetsOriginal.length != data.numExamples()) {
            throw new IllegalArgumentException("targetsOriginal has " + targetsOriginal.length
                    + " rows for " + data.numExamples() + " samples");
        }
    }

    public int samples() {
        return data.numExamples();
    }
}
