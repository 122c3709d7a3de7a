package org.lstmworkbench.training;

import java.util.function.UnaryOperator;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequencePadding;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;

/** Turns the data pipeline's {@link PreparedData} or prepared sequences into what the {@link Trainer} needs. */
public final class TrainingDataFactory {

    private TrainingDataFactory() {
    }

    public static TrainingData from(PreparedData prepared) {
        NetworkShape shape = shapeOf(prepared);
        return new TrainingData(prepared.name(), part(prepared, prepared.train()),
                part(prepared, prepared.validation()), part(prepared, prepared.test()), shape);
    }

    /**
     * Prepared sequences as a classifier's data: every part one padded, masked {@link DataSet}
     * (features {@code [n, F, T]}, mask {@code [n, T]}, one-hot labels {@code [n, K]}), a
     * many-to-one shape with K outputs, and training minibatches each padded to its own longest
     * sequence (shuffled per epoch with the trainer's seed, or in the training part's order).
     * Predictions and labels are class probabilities in both "units": nothing to transform back.
     */
    public static TrainingData from(PreparedSequences prepared) {
        int features = prepared.dataset().featureCount();
        NetworkShape shape = new NetworkShape(features, prepared.classes().size(), false);
        Minibatches batches = (batchSize, shuffle, seed) -> {
            if (shuffle) {
                return prepared.trainBatches(batchSize, seed);
            }
            return SequencePadding.minibatches(prepared.part(PreparedSequences.TRAIN), prepared.classes(), batchSize,
                    prepared.length());
        };
        return new TrainingData(prepared.dataset().source(), sequencePart(prepared, PreparedSequences.TRAIN),
                sequencePart(prepared, PreparedSequences.VALIDATION), sequencePart(prepared, PreparedSequences.TEST),
                shape, batches);
    }

    private static DataPart sequencePart(PreparedSequences prepared, int part) {
        if (!prepared.hasPart(part)) {
            return null;
        }
        DataSet data = prepared.dataSet(part);
        return new DataPart(data, data.getLabels().toDoubleMatrix(), UnaryOperator.identity());
    }

    /**
     * The network shape the prepared data asks for. A many-to-many network forecasts one value per
     * input step (labels {@code [samples, 1, lags]}), so its output layer has 1 output per step,
     * not one per lag.
     */
    public static NetworkShape shapeOf(PreparedData prepared) {
        boolean perStep = prepared.shape() == FrameShape.MANY_TO_MANY;
        return new NetworkShape(prepared.features(), perStep ? 1 : prepared.outputs(), perStep, prepared.timesteps());
    }

    private static DataPart part(PreparedData prepared, FramedSet set) {
        if (set == null || set.isEmpty()) {
            return null;
        }
        return new DataPart(set.toDataSet(), set.yOriginal(), predictions -> prepared.toOriginalUnits(set, predictions));
    }
}
