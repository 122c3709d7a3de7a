package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lstmworkbench.Problem;

/**
 * How the training loop runs: minibatches, epochs, order and gradient clipping. Written at the top
 * level of the configuration's JSON (run files read {@code config.batchSize}), so its problem
 * paths are {@code batchSize}, {@code epochs}, {@code clipThreshold}.
 *
 * @param batchSize     samples per minibatch
 * @param epochs        passes over the training set
 * @param shuffle       shuffle the training samples each epoch (seeded); off keeps time order like the seed
 * @param clipping      gradient clipping
 * @param clipThreshold clipping threshold (value, or L2 norm)
 * @param precision     the fast engine's arithmetic ({@link Precision}); DL4J's own fit is always double
 */
public record TrainingLoop(int batchSize, int epochs, boolean shuffle, ClippingKind clipping, double clipThreshold,
                           Precision precision) {

    public TrainingLoop {
        Objects.requireNonNull(clipping, "clipping");
        Objects.requireNonNull(precision, "precision");
    }

    /** A loop in {@link Precision#DOUBLE}. */
    public TrainingLoop(int batchSize, int epochs, boolean shuffle, ClippingKind clipping, double clipThreshold) {
        this(batchSize, epochs, shuffle, clipping, clipThreshold, Precision.DOUBLE);
    }

    /** Problems with these settings, each fit to show a user; empty when valid. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (batchSize < 1) {
            p.add(new Problem("batchSize", "batch size must be at least 1, was " + batchSize));
        }
        if (epochs < 1) {
            p.add(new Problem("epochs", "epochs must be at least 1, was " + epochs));
        } else if (epochs > 1_000_000) {
            p.add(new Problem("epochs", "epochs must be at most 1000000, was " + epochs));
        }
        if (clipping != ClippingKind.NONE && (!(clipThreshold > 0) || !Double.isFinite(clipThreshold))) {
            p.add(new Problem("clipThreshold", "gradient clipping threshold must be above 0, was " + clipThreshold));
        }
        return p;
    }

    /** The problem of a batch larger than the training set, if it is. */
    List<Problem> problemsFor(int trainingSamples) {
        if (batchSize > trainingSamples) {
            return List.of(new Problem("batchSize", "batch size " + batchSize + " is larger than the "
                    + trainingSamples + " training samples: use at most " + trainingSamples));
        }
        return List.of();
    }
}
