package org.lstmworkbench.training;

/**
 * One epoch's numbers, computed on the whole training and validation sets after the epoch
 * (never DL4J's {@code score()}, which is the last minibatch's).
 *
 * @param epoch         1-based epoch
 * @param trainLoss     training loss in the model's loss (e.g. MSE on transformed targets), no penalty terms
 * @param valLoss       validation loss, NaN when there is no validation part
 * @param trainRmse     training RMSE in the target's original units
 * @param valRmse       validation RMSE in original units, NaN when there is no validation part
 * @param learningRate  learning rate used in this epoch
 * @param elapsedMillis milliseconds since the run started, at the end of this epoch
 */
public record EpochMetrics(int epoch, double trainLoss, double valLoss, double trainRmse, double valRmse,
                           double learningRate, long elapsedMillis) {

    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs count from 1, got " + epoch);
        }
    }
}
