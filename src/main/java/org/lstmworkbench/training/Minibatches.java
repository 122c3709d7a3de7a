package org.lstmworkbench.training;

import java.util.List;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Cuts a training part into one epoch's minibatches itself, for data whose batches are not slices
 * of one array: variable-length sequences, each batch padded to its own longest sequence and
 * masked.
 */
@FunctionalInterface
public interface Minibatches {

    /**
     * One epoch's minibatches.
     *
     * @param batchSize sequences per batch (the last may hold fewer)
     * @param shuffle   whether the order is shuffled with {@code seed}; otherwise the part's order
     * @param seed      the shuffle's seed (a new one per epoch)
     */
    List<DataSet> batches(int batchSize, boolean shuffle, long seed);
}
