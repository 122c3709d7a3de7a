package org.lstmworkbench.model;

import java.util.List;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.SeriesTransform;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.metrics.Metric;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * What a run learns to do, and so what it records: the encoding of its targets, the output
 * layer's activation and loss, the metrics computed every epoch, and the naive baselines a model
 * must beat: regression (forecasting) or classification of sequences.
 */
public sealed interface Task permits RegressionTask, ClassificationTask {

    /** The regression task (the only one so far). */
    Task REGRESSION = RegressionTask.INSTANCE;

    /** Stable id for files and the command line ({@code regression}). */
    String id();

    /** The metrics every epoch records, in file-column order; losses first. */
    List<Metric> metrics();

    /** The metric early stopping, best-epoch tracking and diagnosis read by default. */
    default Metric monitored() {
        return Metric.VAL_LOSS;
    }

    /** The output layer's activation for a configured loss. */
    Activation outputActivation(LossKind loss);

    /** The output layer's DL4J loss function for a configured loss. */
    ILossFunction lossFunction(LossKind loss);

    /**
     * The network's targets from the framed targets in model units (regression: as they are;
     * classification: one-hot rows from class indices).
     */
    double[][] encodeTargets(double[][] targets);

    /**
     * The naive forecasts of the validation part a model should beat (NaN for a classification
     * task, whose chance levels are {@link ClassificationTask#chance()}).
     */
    Baselines baselines(FramedSet train, FramedSet validation, SeriesTransform transform);

    /** The classification task over these classes (softmax and multi-class cross-entropy). */
    static ClassificationTask classification(ClassLabels classes) {
        return new ClassificationTask(classes);
    }

    /** Whether this is a classification task. */
    default boolean isClassification() {
        return this instanceof ClassificationTask;
    }

    /** The task with this id, or an error naming the known ones. */
    static Task byId(String id) {
        if (REGRESSION.id().equals(id)) {
            return REGRESSION;
        }
        if (ClassificationTask.ID.equals(id)) {
            throw new IllegalArgumentException("the classification task needs its classes");
        }
        throw new IllegalArgumentException("unknown task '" + id + "'; known: regression, classification");
    }
}
