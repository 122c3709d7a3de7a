package org.lstmworkbench.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The version-2 JSON form of {@link ModelConfig} (see {@link ModelConfigJson}): the parts as
 * objects, the training loop's fields at the top level, and the task by its id.
 */
@JsonPropertyOrder({"formatVersion", "task", "architecture", "regularization", "learning", "batchSize", "epochs",
        "shuffle", "clipping", "clipThreshold", "earlyStopping", "loss", "seed"})
record NestedConfig(int formatVersion, String task, Architecture architecture, Regularization regularization,
                    Learning learning, int batchSize, int epochs, boolean shuffle, ClippingKind clipping,
                    double clipThreshold, EarlyStopping earlyStopping, LossKind loss, long seed) {

    static NestedConfig of(ModelConfig c) {
        TrainingLoop t = c.training();
        return new NestedConfig(ModelConfigJson.FORMAT_VERSION, c.task().id(), c.architecture(), c.regularization(),
                c.learning(), t.batchSize(), t.epochs(), t.shuffle(), t.clipping(), t.clipThreshold(),
                c.earlyStopping(), c.loss(), c.seed());
    }

    /** The configuration; an unknown task id is an {@link IllegalArgumentException} naming the known ones. */
    ModelConfig toConfig() {
        return new ModelConfig(Task.byId(task), architecture, regularization, learning,
                new TrainingLoop(batchSize, epochs, shuffle, clipping, clipThreshold), earlyStopping, loss, seed);
    }
}
