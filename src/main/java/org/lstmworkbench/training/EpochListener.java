package org.lstmworkbench.training;

/**
 * Receives each epoch's metrics as a run trains.
 *
 * @implNote Called on the training thread, in epoch order; implementations choose their own
 *     threading (the window queues and coalesces) and must return quickly.
 */
@FunctionalInterface
public interface EpochListener {

    void onEpoch(EpochMetrics metrics);
}
