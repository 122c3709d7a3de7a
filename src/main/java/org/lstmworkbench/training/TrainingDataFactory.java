package org.lstmworkbench.training;

import java.util.List;
import java.util.function.UnaryOperator;
import org.lstmworkbench.Problem;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequencePadding;
import org.lstmworkbench.model.Architecture;
import org.lstmworkbench.model.InvalidConfigException;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.api.ndarray.INDArray;
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

    /**
     * The data as {@code architecture} trains on it: unchanged, unless the architecture's output
     * layer reads a sequence where the data has one vector per sample ({@link Architecture#outputShape}):
     * then each part's labels {@code [samples, H]} become {@code [samples, 1, H]}, one label per
     * output step in NCW, the same values in the same order (targets in original units, their
     * mapping back and the shape stay as they are, since predictions flatten back to {@code [samples, H]}).
     *
     * @throws InvalidConfigException when the architecture cannot train on data of this shape
     */
    public static TrainingData forArchitecture(TrainingData data, Architecture architecture) {
        List<Problem> problems = architecture.problemsFor(data.shape());
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        NetworkShape out = architecture.outputShape(data.shape());
        if (!out.sequenceOutput() || data.shape().sequenceOutput()) {
            return data;
        }
        int perStep = out.outputs();
        return new TrainingData(data.name(), sequenceLabels(data.train(), perStep),
                sequenceLabels(data.validation(), perStep), sequenceLabels(data.test(), perStep), data.shape(),
                data.minibatches());
    }

    private static DataPart sequenceLabels(DataPart part, int perStep) {
        if (part == null) {
            return null;
        }
        DataSet d = part.data();
        INDArray labels = d.getLabels();
        if (labels.rank() == 3) {
            return part;
        }
        long n = labels.size(0);
        long steps = labels.size(1) / perStep;
        DataSet sequence = new DataSet(d.getFeatures(), labels.dup('c').reshape('c', n, perStep, steps),
                d.getFeaturesMaskArray(), null);
        return new DataPart(sequence, part.targetsOriginal(), part.toOriginal());
    }

    private static DataPart part(PreparedData prepared, FramedSet set) {
        if (set == null || set.isEmpty()) {
            return null;
        }
        return new DataPart(set.toDataSet(), set.yOriginal(), predictions -> prepared.toOriginalUnits(set, predictions));
    }
}
